import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite, sidewaysScroll } from './harness';

const site = useSite();

const KIRKLEES = 'E08000034'; // no local data shipped
const CORNWALL = 'E06000052';

describe('the start page', () => {
	it('says what this is, offers the picker, every area by region, and the demo labelled as a demo', async () => {
		const page = await site.page();
		await page.goto(site.url + '/');
		expect(page.url()).toBe(site.url + '/'); // no longer sent to Southend-on-Sea
		await expect(page.locator('h1').textContent()).resolves.toContain(
			'SEND figures for your Health and Wellbeing Board'
		);
		const main = (await page.locator('main').textContent())!;
		expect(main).toContain('What this is');
		expect(main).toContain('board members reading before a meeting');
		expect(main).toContain('Your data stays in this browser.');
		// The demo says it is one, and that its local data is made up.
		const demo = page.getByTestId('demo');
		await expect(demo.textContent()).resolves.toMatch(/Demo.*Southend-on-Sea.*illustrative/s);
		await expect(demo.textContent()).resolves.toContain('made up, not real');
		await expect(demo.getByRole('link').getAttribute('href')).resolves.toBe('/area/E06000033');
		// Every one of the 153 areas, as links, under nine regions.
		const all = page.getByTestId('all-areas');
		await expect(all.getByRole('link').count()).resolves.toBe(153);
		await expect(all.locator('h3').count()).resolves.toBe(9);
		await expect(
			all.locator('section', { hasText: 'Yorkshire and The Humber' }).textContent()
		).resolves.toContain('Kirklees');
		// Nothing is remembered in a new browser: no "Continue".
		await hydrated(page);
		await expect(page.getByTestId('continue').count()).resolves.toBe(0);
		// One box to find an area: the header's picker is not repeated on the start page.
		await expect(page.getByRole('combobox').count()).resolves.toBe(1);
		await page.close();
	});

	it('chooses an area with the picker, by keyboard, and opens its overview', async () => {
		const page = await site.page();
		await page.goto(site.url + '/');
		await hydrated(page);
		await page.getByLabel('Find your local authority').fill('kirkl');
		await page.locator(`#start-picker-option-${KIRKLEES}`).waitFor();
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/area/${KIRKLEES}`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Kirklees');
		await page.close();
	});

	it('opens an area from the list by region', async () => {
		const page = await site.page();
		await page.goto(site.url + '/');
		await page.getByTestId('all-areas').getByRole('link', { name: 'Cornwall' }).click();
		await page.waitForURL(`**/area/${CORNWALL}`);
		await page.close();
	});

	it('remembers the last area chosen, in this browser only, after a reload', async () => {
		const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/area/${CORNWALL}/indicators`);
		await hydrated(page);
		await page.goto(site.url + '/');
		const go = page.getByTestId('continue');
		await expect(go.textContent()).resolves.toBe('Continue with Cornwall');
		await expect(go.getAttribute('href')).resolves.toBe(`/area/${CORNWALL}`);
		await page.reload();
		await expect(page.getByTestId('continue').textContent()).resolves.toBe(
			'Continue with Cornwall'
		);
		// Kept in localStorage, not sent as a cookie.
		await expect(context.cookies()).resolves.toEqual([]);
		// Choosing another area in the header picker updates it.
		await page.getByTestId('continue').click();
		await page.waitForURL(`**/area/${CORNWALL}`);
		await hydrated(page);
		await page.locator('#header-area-picker').fill('Leicestershire');
		await page.locator('#header-area-picker-option-E10000018').waitFor();
		await page.keyboard.press('Enter');
		await page.waitForURL('**/area/E10000018');
		await page.goto(site.url + '/');
		await expect(page.getByTestId('continue').textContent()).resolves.toBe(
			'Continue with Leicestershire'
		);
		// The first thing offered, before the picker.
		await expect(
			page.evaluate(
				() =>
					document
						.querySelector('[data-testid=continue]')!
						.compareDocumentPosition(document.getElementById('start-picker')!) &
					Node.DOCUMENT_POSITION_FOLLOWING
			)
		).resolves.toBeTruthy();
		await context.close();
	});

	it('is accessible at 1280 and 390 px and does not scroll sideways at 320 px', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${KIRKLEES}`);
		await hydrated(page);
		await page.goto(site.url + '/');
		await page.getByTestId('continue').waitFor();
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 800 });
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await sidewaysScroll(page)).toBe(0);
		await page.close();
	});
});

describe('searching and filtering All measures', () => {
	const rows = (page: Page) => page.locator('[data-testid=library] tbody tr');

	it('finds the measure a person meant first, for the words people use', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${KIRKLEES}/indicators`);
		await hydrated(page);
		const search = page.getByLabel('Search measures');
		const meant: [string, string][] = [
			['KS2 EHC', 'lait_new_ks2_rwm_sen_withsta'],
			['reading writing maths', 'lait_new_ks2_rwm_sen_withsta'],
			['EHCP', 'ehc_plans_in_force'],
			['autism', 'ehcp_need_autism_pct'],
			['tribunal', 'tribunal_appeal_rate'],
			['NEET', 'ehcp_neet_count']
		];
		for (const [query, id] of meant) {
			await search.fill(query);
			await expect(
				rows(page).first().getAttribute('data-indicator'),
				`the first result for "${query}"`
			).resolves.toBe(id);
			await expect(page.getByTestId('library-count').textContent()).resolves.toContain(
				`matching “${query}”`
			);
		}
		await page.close();
	});

	it('says when no measure matches, with suggestions to click', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${KIRKLEES}/indicators`);
		await hydrated(page);
		await page.getByLabel('Search measures').fill('tribunel');
		const nothing = page.getByTestId('no-match');
		await expect(nothing.textContent()).resolves.toContain('No measure matches “tribunel”.');
		await expect(rows(page).count()).resolves.toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await nothing.getByRole('button', { name: 'tribunal', exact: true }).click();
		await expect(page.getByLabel('Search measures').inputValue()).resolves.toBe('tribunal');
		await expect(rows(page).first().getAttribute('data-indicator')).resolves.toBe(
			'tribunal_appeal_rate'
		);
		await page.close();
	});

	it('keeps a filter in the address: "worst quarter and worsening" in one click, after a reload', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${KIRKLEES}/indicators`);
		await hydrated(page);
		const total = await rows(page).count();
		expect(total).toBeGreaterThan(150);
		await page.getByRole('button', { name: 'Worst quarter and worsening' }).click();
		await page.waitForURL((url) => url.search === '?band=D&dir=worsening&sort=band');
		const shown = await rows(page).count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		const count = page.getByTestId('library-count');
		await expect(count.textContent()).resolves.toContain(`${shown} of ${total} measures`);
		for (const row of await rows(page).all()) {
			const text = (await row.textContent())!;
			expect(text).toContain('D: worst quarter');
			expect(text).toContain('worsening');
		}
		await page.reload();
		await hydrated(page);
		await expect(rows(page).count()).resolves.toBe(shown);
		await expect(page.getByLabel('D (worst quarter)').isChecked()).resolves.toBe(true);
		await expect(page.getByRole('checkbox', { name: /^Worsening/ }).isChecked()).resolves.toBe(
			true
		);
		await expect(
			page.getByRole('button', { name: 'Worst quarter and worsening' }).getAttribute('aria-pressed')
		).resolves.toBe('true');
		// A filter ticked from the keyboard joins the address too.
		await page.getByLabel('No band').focus();
		await page.keyboard.press('Space');
		await page.waitForURL((url) => url.searchParams.get('band') === 'D,none');
		await page.close();
	});

	it('is accessible with filters shown at 1280 and 390 px and does not scroll sideways at 320 px', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${KIRKLEES}/indicators?band=D&dir=worsening&q=plans`);
		await hydrated(page);
		await expect(page.getByLabel('Search measures').inputValue()).resolves.toBe('plans');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 800 });
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await sidewaysScroll(page)).toBe(0);
		await page.close();
	});
});
