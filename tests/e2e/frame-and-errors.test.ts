import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite, sidewaysScroll } from './harness';

const site = useSite();
const MEASURE = '/area/E08000034/indicators/pct_within_20wk_excl_exceptions'; // Kirklees
const COMPARE = '/compare/ehc_plans_in_force?areas=E06000033,E08000034';
const FIGURE = '[data-testid=tile-value]';

/** Holds back every measure file until `release` is called. */
async function holdMeasureFiles(page: Page) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/indicator-data/*.json', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

describe('while a measure page’s figures load', () => {
	it('shows the site’s header, the area’s tabs, the title and "Loading figures…" at once', async () => {
		const page = await site.page();
		const release = await holdMeasureFiles(page);
		await page.goto(site.url + MEASURE, { waitUntil: 'domcontentloaded' });
		await page.getByText('Loading figures…').waitFor();
		expect(await page.getByRole('banner').first().textContent()).toContain('SEND Oversight');
		expect(await page.getByRole('link', { name: 'SEND profile' }).getAttribute('href')).toBe(
			'/area/E08000034/profile'
		);
		expect(await page.locator('h1').textContent()).toBe(
			'New EHC plans issued within 20 weeks (excluding exceptions): Kirklees'
		);
		expect(await page.locator(FIGURE).count()).toBe(0);
		release();
		await page.locator(FIGURE).first().waitFor();
		expect(await page.getByText('Loading figures…').count()).toBe(0);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('header').count()).toBe(1);
		await page.close();
	});

	it('shows a comparison’s frame too', async () => {
		const page = await site.page();
		const release = await holdMeasureFiles(page);
		await page.goto(site.url + COMPARE, { waitUntil: 'domcontentloaded' });
		await page.getByText('Loading figures…').waitFor();
		expect(await page.locator('h1').textContent()).toContain('Compare areas');
		release();
		await page.getByTestId('compare-chart').waitFor();
		await page.close();
	});
});

describe('when the figures cannot be loaded', () => {
	it('says so, not "no such measure", and Try again loads them once they can be had', async () => {
		const page = await site.page();
		await page.route('**/indicator-data/*.json', (route) => route.abort());
		await page.goto(site.url + MEASURE);
		await page.getByRole('heading', { name: 'Could not load the figures' }).waitFor();
		const text = await page.locator('main').textContent();
		expect(text).toContain('check your connection and try again');
		expect(text).not.toContain('There is no measure');
		expect(await page.title()).toContain('Could not load the figures');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.unroute('**/indicator-data/*.json');
		await page.getByRole('button', { name: 'Try again' }).click();
		await page.locator(FIGURE).first().waitFor();
		expect(await page.locator('h1').textContent()).toContain('Kirklees');
		await page.close();
	});
});

describe('a measure that does not exist', () => {
	it('answers 404 from the server where it can know, and 200 for pages that exist', async () => {
		const status = async (path: string) => (await fetch(site.url + path)).status;
		expect(await status('/area/E06000033/indicators/no_such_measure')).toBe(404);
		expect(await status('/area/E99999999/indicators/ehc_plans_in_force')).toBe(404);
		expect(await status('/compare/no_such_measure')).toBe(404);
		expect(await status('/area/E06000033/indicators/ehc_plans_in_force')).toBe(200);
		expect(await status('/compare/ehc_plans_in_force')).toBe(200);
		// The area's own measures live in the reader's browser: the server cannot know them.
		expect(await status('/area/E06000033/local/anything')).toBe(200);
	});

	it('says there is no measure with that id on a comparison, with the measures to choose from', async () => {
		const page = await site.page();
		const response = await page.goto(site.url + '/compare/no_such_measure?areas=E06000033');
		expect(response?.status()).toBe(404);
		await page.getByRole('heading', { name: 'We could not find that measure' }).waitFor();
		const text = await page.locator('main').textContent();
		expect(text).toContain('There is no measure with the id “no_such_measure”');
		expect(text).not.toContain('local authority with the code');
		await page.getByText('Every measure you can compare').click();
		const link = page.getByTestId('measure-list').getByRole('link', { name: 'EHC plans in force' });
		expect(await link.getAttribute('href')).toBe('/compare/ehc_plans_in_force?areas=E06000033');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('suggests the measure meant on an area’s measure page', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034/indicators/pct_within_20wk_exceptions');
		await page.getByRole('heading', { name: 'We could not find that measure' }).waitFor();
		await page.getByRole('link', { name: 'every measure for Kirklees' }).waitFor();
		const suggested = page.getByRole('link', { name: 'Plans within 20 weeks' }).first();
		expect(await suggested.getAttribute('href')).toMatch(/^\/area\/E08000034\/indicators\/pct_/);
		await page.close();
	});
});

describe('a comparison’s address', () => {
	it('names an area code it does not know, and leaves it out', async () => {
		const page = await site.page();
		await page.goto(site.url + '/compare/ehc_plans_in_force?areas=E06000033,XYZ');
		const note = page.getByTestId('left-out');
		await note.waitFor();
		expect((await note.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			'XYZ is not a local authority code; it was left out.'
		);
		expect(await page.getByTestId('chosen-areas').textContent()).toContain('Southend-on-Sea');
		await page.close();
	});
});

describe('after moving to another page', () => {
	it('announces the new page’s title, not its address', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await hydrated(page);
		const announcer = page.locator('[aria-live]#svelte-announcer');
		await page.getByRole('link', { name: 'SEND profile', exact: true }).click();
		await page.waitForURL('**/profile');
		await expect.poll(() => announcer.textContent()).toContain('SEND profile');
		expect((await announcer.textContent())?.trim()).toBe(await page.title());
		expect(await announcer.textContent()).not.toContain('/area/');
		// A page drawn in the browser, once its figures have arrived.
		await page.getByRole('link', { name: 'All measures', exact: true }).click();
		await page.waitForURL('**/indicators');
		await page
			.getByRole('link', { name: /EHC plans in force/ })
			.first()
			.click();
		await page.locator(FIGURE).first().waitFor();
		await expect.poll(() => announcer.textContent()).toContain('Southend-on-Sea');
		expect((await announcer.textContent())?.trim()).toBe(await page.title());
		await page.close();
	});
});

describe('health context', () => {
	it('is a tab of every area’s pages, says it is not the area’s, and dates every figure', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034');
		const tab = page.getByRole('navigation', { name: 'Views of this area' }).getByRole('link', {
			name: /Health context/
		});
		expect(await tab.textContent()).toContain('not by area');
		await hydrated(page);
		await tab.click();
		await page.waitForURL('**/health');
		const dates = await page.getByTestId('health-dates').textContent();
		expect(dates).toMatch(/figures for (June|October) 2023/);
		expect(dates).toContain('older than the rest of this dashboard');
		for (const dated of await page.getByTestId('chart-dated').all())
			expect(await dated.textContent()).toMatch(/Figures for \w+ \d{4}.*older than the rest/s);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download these figures (CSV)' }).first().click()
		]);
		const csv = readFileSync(await file.path(), 'utf8');
		expect(csv.split(/\r?\n/)[0]).toBe(
			'month,geography,breakdown,measure,value,missing_value_code'
		);
		expect(csv).toContain('England');
		expect(await page.getByRole('button', { name: 'Chart as PNG' }).count()).toBe(2);
		await page.close();
	});
});

describe('the pages changed here, at a phone’s width and a laptop’s', () => {
	const pages = ['/about/data', '/health', MEASURE, COMPARE, '/compare/no_such_measure'];
	for (const width of [1280, 390])
		it(`have no serious accessibility problem at ${width} px`, async () => {
			const page = await site.page();
			await page.setViewportSize({ width, height: 900 });
			for (const path of pages) {
				await page.goto(site.url + path);
				await hydrated(page);
				await page.locator('h1').first().waitFor();
				if (path === MEASURE) await page.locator(FIGURE).first().waitFor();
				expect(await seriousAxeViolations(page), `${path} at ${width} px`).toEqual([]);
			}
			await page.close();
		});

	it('do not scroll sideways at 320 px', async () => {
		const page = await site.page();
		await page.setViewportSize({ width: 320, height: 800 });
		for (const path of pages.slice(0, 4)) {
			await page.goto(site.url + path);
			await hydrated(page);
			if (path === MEASURE) await page.locator(FIGURE).first().waitFor();
			if (path === COMPARE) await page.getByTestId('compare-chart').waitFor();
			expect(await sidewaysScroll(page), path).toBe(0);
		}
		await page.close();
	});

	it('keep the measure page’s headings in order (h1, then h2, then h3)', async () => {
		const page = await site.page();
		await page.goto(site.url + MEASURE);
		await page.locator(FIGURE).first().waitFor();
		const levels = await page.evaluate(() =>
			[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) =>
				Number(h.tagName[1])
			)
		);
		expect(levels[0]).toBe(1);
		levels.forEach(
			(level, i) => i && expect(level - levels[i - 1], String(levels)).toBeLessThan(2)
		);
		await page.close();
	});
});
