import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite } from './harness';

const site = useSite();

/** Clicks a download button and returns the file's name and text. */
async function download(
	page: import('playwright-core').Page,
	button: import('playwright-core').Locator
) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('chart downloads', () => {
	it('saves the whole chart, not a line from its key, as SVG and PNG', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/indicators/pct_within_20wk_excl_exceptions');
		const chart = page.getByTestId('trend-chart');
		await chart.locator('[role=img] svg').first().waitFor();
		const svg = await download(page, chart.getByRole('button', { name: 'Chart as SVG' }));
		expect(svg.name).toMatch(/\.svg$/);
		const text = svg.bytes.toString('utf8');
		expect(text).toContain('trend-plot');
		expect(text.length).toBeGreaterThan(5000);
		const png = await download(page, chart.getByRole('button', { name: 'Chart as PNG' }));
		expect(png.name).toMatch(/\.png$/);
		expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect(png.bytes.length).toBeGreaterThan(5000);
		await page.close();
	});
});

describe('the app shell', () => {
	it('starts a measure page’s data files before its code has loaded, and fetches each once', async () => {
		const page = await site.page();
		const files: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/indicator-data/') || path.endsWith('.json')) files.push(path);
		});
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(site.url + '/area/E06000033/indicators/ehc_plans_in_force');
		await expect(
			page
				.locator('link[rel=preload][as=fetch]')
				.evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))
		).resolves.toEqual([
			'/areas.json',
			'/indicator-data/ehc_plans_in_force.json',
			'/geography.json'
		]);
		await page.getByTestId('tile-value').first().waitFor();
		// Chromium warns a few seconds after load when a preload was not used.
		await page.waitForTimeout(3500);
		expect(files.sort()).toEqual([
			'/areas.json',
			'/geography.json',
			'/indicator-data/ehc_plans_in_force.json'
		]);
		expect(warnings.filter((w) => w.includes('preload'))).toEqual([]);
		await page.close();
	});
});

describe('indicator library, indicator pages, compare and SEND profile', () => {
	it('lists every measure for an area and filters by theme and by words, quickly', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/indicators');
		await hydrated(page);
		const rows = page.locator('[data-testid=library] tbody tr');
		const total = await rows.count();
		expect(total).toBeGreaterThanOrEqual(11);
		const tribunal = page.locator('tr[data-indicator=tribunal_appeal_rate]');
		await expect(tribunal.textContent()).resolves.toMatch(/2\.2%.*2024/s);
		await expect(tribunal.textContent()).resolves.toMatch(/worsening/);

		await page.getByLabel('Theme').selectOption('timeliness_and_process');
		const inTheme = await rows.count();
		expect(inTheme).toBeLessThan(total);
		const started = Date.now();
		await page.getByLabel('Search measures').fill('tribunal');
		await expect(rows.count()).resolves.toBeGreaterThanOrEqual(1);
		expect(Date.now() - started).toBeLessThan(1000);
		// The measures named for the tribunal first; a measure that only mentions appeals in its
		// description (tribunal = appeal) after them.
		const texts = (await rows.allTextContents()).map((t) => t.toLowerCase());
		expect(texts.slice(0, 2)).toEqual([
			expect.stringContaining('tribunal'),
			expect.stringContaining('tribunal')
		]);
		await expect(page.getByTestId('library-count').textContent()).resolves.toMatch(
			/matching “tribunal”/
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('opens an indicator page from the library and shows trend, every LA and the source', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/indicators');
		await page.locator('tr[data-indicator=pct_within_20wk_excl_exceptions] a').click();
		await page.waitForURL('**/area/E06000033/indicators/pct_within_20wk_excl_exceptions');
		await expect(page.getByTestId('indicator-title').textContent()).resolves.toContain(
			'Southend-on-Sea'
		);
		await expect(page.locator('[data-testid=tile-value]').textContent()).resolves.toBe('16.1%');
		const distribution = page.getByTestId('distribution-chart');
		await expect(distribution.textContent()).resolves.toMatch(/Southend-on-Sea: 16\.1%, band D/);
		await distribution.getByText('Show every local authority as a table').click();
		await expect(distribution.locator('tr.area').textContent()).resolves.toMatch(
			/Southend-on-Sea \(this area\)\s*16\.1%/
		);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Open Government Licence v3.0'
		);
		// Any line can be switched off.
		const chart = page.getByTestId('trend-chart');
		await chart.getByLabel('England', { exact: true }).uncheck();
		await chart.getByText('Show the figures as a table').click();
		await expect(chart.locator('thead th').allTextContents()).resolves.toEqual([
			'Period',
			'Southend-on-Sea',
			'Statistical neighbours (average)',
			'East of England'
		]);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('loads an indicator page directly for another area and switches area without a full reload', async () => {
		const page = await site.page();
		const response = await page.goto(site.url + '/area/E10000018/indicators/tribunal_appeal_rate');
		expect(response?.status()).toBe(200);
		await expect(page.getByTestId('indicator-title').textContent()).resolves.toBe(
			'SEND Tribunal appeal rate: Leicestershire'
		);
		await expect(page.locator('[data-testid=tile-value]').textContent()).resolves.toBe('2.5%');
		await page.locator('#indicator-area-picker').fill('Southend');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/area/E06000033/indicators/tribunal_appeal_rate');
		await expect(page.locator('[data-testid=tile-value]').textContent()).resolves.toBe('2.2%');
		await page.close();
	});

	it('compares areas named in the address, and adds one', async () => {
		const page = await site.page();
		await page.goto(site.url + '/compare/tribunal_appeal_rate?areas=E06000033,E10000018');
		await expect(page.getByTestId('chosen-areas').textContent()).resolves.toMatch(
			/Southend-on-Sea.*Leicestershire/s
		);
		const row = page.getByTestId('compare-table').locator('tbody tr', { hasText: '2024' });
		await expect(row.textContent()).resolves.toMatch(/2\.2%.*2\.5%.*3\.2%/s);
		await page.locator('#compare-picker').fill('Leeds');
		await page.keyboard.press('Enter');
		await page.waitForURL(
			/areas=E06000033%2CE10000018%2CE08000035|areas=E06000033,E10000018,E08000035/
		);
		await expect(page.getByTestId('chosen-areas').textContent()).resolves.toContain('Leeds');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('writes a SEND profile for two different areas, every sentence with its figures', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/profile');
		const profile = page.getByTestId('profile');
		// Terms carry a "?" tip: "EHC plans ? in force".
		await expect(profile.textContent()).resolves.toMatch(
			/EHC plans\s*\?\s*in force: 1,992 in January 2025/
		);
		await expect(profile.textContent()).resolves.toContain('Inconsistent experiences and outcomes');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.goto(site.url + '/area/E10000018/profile');
		await expect(profile.textContent()).resolves.toMatch(
			/EHC plans\s*\?\s*in force: 7,196 in January 2025/
		);
		await expect(profile.textContent()).resolves.toMatch(/Written Statement of Action/);
		await page.close();
	});

	it('shows NHS waiting times as health context, saying why not for the local area', async () => {
		const page = await site.page();
		await page.goto(site.url + '/health');
		await expect(page.locator('[role=note]').textContent()).resolves.toContain(
			'no published local authority to ICB lookup'
		);
		const audiology = page.getByTestId('health-table').locator('tr', { hasText: 'Audiology' });
		await expect(audiology.textContent()).resolves.toMatch(/October 2023\s*26\.8%/);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});
});
