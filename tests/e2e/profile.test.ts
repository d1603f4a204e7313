import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, useSite, sidewaysScroll } from './harness';

const site = useSite();

describe('SEND profile: plain words and what is most off track first', () => {
	it('explains KS2, Attainment 8, Progress 8, SEN2, LAIT and sustained destinations where they are used', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/profile');
		for (const term of [
			'KS2 (key stage 2)',
			'Attainment 8',
			'Progress 8',
			'SEN2',
			'LAIT',
			'a sustained destination'
		]) {
			await expect(
				page.getByRole('button', { name: `What is ${term}?` }).count()
			).resolves.toBeGreaterThan(0);
		}
		await page.close();
	});

	it('opens a term’s explanation from the keyboard', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/profile');
		const ks2 = page.getByRole('button', { name: 'What is KS2 (key stage 2)?' }).first();
		// Tab through the page until the KS2 tip's button has the focus.
		let reached = false;
		for (let i = 0; i < 120 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await ks2.evaluate((el) => el === document.activeElement);
		}
		expect(reached).toBe(true);
		await page.keyboard.press('Enter');
		const tip = page.locator(`#${await ks2.getAttribute('aria-controls')}`);
		await expect(tip.isVisible()).resolves.toBe(true);
		await expect(tip.textContent()).resolves.toMatch(
			/Key stage 2 is the last four years of primary school/
		);
		await page.keyboard.press('Escape');
		await expect(tip.isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('leads each ranked section with its figure furthest off track, for any area', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/profile');
		const outcomes = page.locator('section', { has: page.locator('#profile-outcomes') });
		// Southend's Progress 8 SEN gap is last of the local authorities with a figure.
		await expect(outcomes.getByTestId('section-lead').textContent()).resolves.toMatch(
			/^\s*Most off track: Progress 8\s*\?\s*SEN gap\s*\?\s*, ranked (\d+)\w\w of \1 local authorities in 2022\/23, in the worst quarter\./
		);
		await expect(outcomes.locator('p').nth(1).textContent()).resolves.toMatch(/^Progress 8/);
		// An area with no local data (Kirklees) gets its own leads, computed from its figures.
		await page.goto(site.url + '/area/E08000034/profile');
		const timeliness = page.locator('section', { has: page.locator('#profile-timeliness') });
		await expect(timeliness.getByTestId('section-lead').textContent()).resolves.toMatch(
			/Most off track: Plans within 20 weeks \((in|ex)cluding exceptions\s*\?\s*\), ranked 1\d\dth of 15\d local authorities in 2024, in the worst quarter\./
		);
		await page.close();
	});

	it('has no serious accessibility violations at 1280 and 390 px, and no sideways scroll at 320 px', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/profile');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 320, height: 700 });
		expect(await sidewaysScroll(page)).toBe(0);
		await page.close();
	});
});
