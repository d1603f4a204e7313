import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite } from './harness';

const site = useSite();

describe('area picker and not-found page', () => {
	it('picks another area with the keyboard alone and redraws the overview', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await hydrated(page);
		// Tab from the skip link to the picker, as a keyboard user would.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'header-area-picker'
		);
		await page.keyboard.type('leices');
		await page.locator('#header-area-picker-option-E10000018').waitFor();
		const options = page.locator('#header-area-picker-list [role=option]');
		await expect(options.allTextContents()).resolves.toEqual([
			expect.stringContaining('Leicester'),
			expect.stringContaining('Leicestershire')
		]);
		await page.keyboard.press('ArrowDown');
		await expect(
			page.locator('#header-area-picker').getAttribute('aria-activedescendant')
		).resolves.toBe('header-area-picker-option-E10000018');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/area/E10000018');
		await expect(page.locator('h1').textContent()).resolves.toContain('Leicestershire');
		await expect(
			page.locator('[data-indicator="ehc_plans_in_force"] [data-testid=tile-value]').textContent()
		).resolves.toBe('7,196');
		await expect(
			page
				.locator('[data-indicator="pct_within_20wk_incl_exceptions"] [data-testid=tile-value]')
				.textContent()
		).resolves.toBe('4.3%');
		await expect(page.locator('[data-indicator="inspection"]').textContent()).resolves.toContain(
			'Written Statement of Action'
		);
		await page.close();
	});

	it('finds an area by its DfE code', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await hydrated(page);
		await page.locator('#header-area-picker').fill('855');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/area/E10000018');
		await page.close();
	});

	it('finds new councils by the name of the council they replaced', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await hydrated(page);
		await page.locator('#header-area-picker').fill('cumbria');
		await page.locator('#header-area-picker-option-E06000064').waitFor();
		const options = page.locator('#header-area-picker-list [role=option]');
		await expect(options.allTextContents()).resolves.toEqual([
			expect.stringMatching(/Cumberland.*formerly part of Cumbria/),
			expect.stringMatching(/Westmorland and Furness.*formerly part of Cumbria/)
		]);
		await page.close();
	});

	it('shows a helpful page with the picker for an unknown code', async () => {
		const page = await site.page();
		const response = await page.goto(site.url + '/area/E99999999');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe(
			'We could not find that local area'
		);
		await expect(page.locator('main').textContent()).resolves.toContain('E99999999');
		await page.locator('#not-found-picker').fill('Southend');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/area/E06000033');
		await page.close();
	});

	it('marks a reorganised area’s series break', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000063'); // Cumberland, created April 2023
		await expect(page.locator('.reorg').textContent()).resolves.toContain('Cumbria');
		await expect(
			page.locator('[data-indicator="ehc_plans_in_force"]').textContent()
		).resolves.toContain('January 2025');
		await page.close();
	});

	it('the data sources page lists the publishers and licence, accessibly', async () => {
		const page = await site.page();
		await page.goto(site.url + '/about/data');
		const text = (await page.locator('main').textContent())!;
		expect(text).toContain('Open Government Licence v3.0');
		expect(text).toContain('Ofsted');
		expect(text).toContain('sen2_ehcp_key_metrics_long_2010_2025.csv');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});
});
