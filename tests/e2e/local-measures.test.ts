import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, useSite } from './harness';

const site = useSite();
const DEMO = 'E06000033';
const OTHER = 'E10000018'; // Leicestershire: no shipped workspace

// An officer's own measure with a missing month (July) and a note on one month.
const ownCsv = [
	'Indicator id,Title,Unit,Unit label,Which way is better,Period type,Period,Value,Numerator,Denominator,Source note',
	'ehc_drafts_15wk,Draft EHC plans sent within 15 weeks,percent,,higher is better,monthly,2026-05,41,41,100,Case system',
	'ehc_drafts_15wk,Draft EHC plans sent within 15 weeks,percent,,higher is better,monthly,2026-06,44,44,100,Case system',
	'ehc_drafts_15wk,Draft EHC plans sent within 15 weeks,percent,,higher is better,monthly,2026-08,39,39,100,Estimate: system outage',
	'ehc_drafts_15wk,Draft EHC plans sent within 15 weeks,percent,,higher is better,monthly,2026-09,47,47,100,Case system'
].join('\r\n');

describe('the area’s own measures beside the published ones', () => {
	it('shows the demo area’s local measures as tiles on the overview, labelled illustrative', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${DEMO}`);
		const section = page.getByTestId('local-tiles');
		await section.locator('article').first().waitFor();
		await expect(section.locator('article').count()).resolves.toBe(7);
		const banner = section.getByTestId('illustrative-banner');
		await expect(banner.textContent()).resolves.toContain('Illustrative — not real local data');
		await expect(banner.textContent()).resolves.toContain(
			'written as if today were 26 November 2026'
		);
		const tile = section.locator('[data-indicator=local-local_ehc_20wk_monthly]');
		await expect(tile.textContent()).resolves.toMatch(/Illustrative local measure\s*Monthly/);
		await expect(tile.getByTestId('tile-value').textContent()).resolves.toBe('51.3%');
		await expect(tile.textContent()).resolves.toContain('Improving');
		await expect(tile.textContent()).resolves.toContain('since Sep 2026');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('lists them in the library and opens a local measure’s page with its trend and table', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${DEMO}/indicators`);
		const local = page.getByTestId('local-measures');
		const row = local.locator('tr[data-indicator=local_ehc_20wk_monthly]');
		await row.waitFor();
		await expect(local.locator('tbody tr').count()).resolves.toBe(7);
		await expect(row.textContent()).resolves.toContain('Oct 2026');
		await row.getByRole('link').click();
		await page.waitForURL(`**/area/${DEMO}/local/local_ehc_20wk_monthly`);
		await expect(page.getByTestId('indicator-title').textContent()).resolves.toContain(
			'New EHC plans issued within 20 weeks'
		);
		await expect(page.getByTestId('illustrative-banner').textContent()).resolves.toContain(
			'Illustrative'
		);
		const chart = page.getByTestId('trend-chart');
		await chart.locator('svg').first().waitFor();
		await expect(chart.locator('.summary').textContent()).resolves.toMatch(
			/51\.3% in Oct 2026, from .* in May 2025/
		);
		// A measure in weeks says so on its axis, in its tile and in its text alternative.
		const weeks = await site.page();
		await weeks.goto(`${site.url}/area/${DEMO}/local/local_avg_weeks_to_issue`);
		const weeksChart = weeks.getByTestId('trend-chart');
		await weeksChart.locator('[role=img] svg').waitFor();
		await expect(weeks.locator('.unit-label').first().textContent()).resolves.toBe('weeks');
		await expect(weeksChart.locator('.summary').textContent()).resolves.toMatch(
			/22\.0 weeks in Oct 2026/
		);
		await expect(weeksChart.locator('[role=img] svg').textContent()).resolves.toContain('weeks');
		await weeks.close();
		// The figures table behind the chart has one row per month.
		await expect(chart.locator('tbody tr').count()).resolves.toBe(18);
		await expect(page.locator('.about').textContent()).resolves.toContain('monthly');
		expect(await seriousAxeViolations(page)).toEqual([]);
		// Actions and risks link measures by id alone: a local id under /indicators/ finds its page.
		await page.goto(`${site.url}/area/${DEMO}/indicators/local_pcf_satisfaction`);
		await page.waitForURL(`**/area/${DEMO}/local/local_pcf_satisfaction`);
		await expect(page.getByTestId('indicator-title').textContent()).resolves.toContain(
			'Parent carers satisfied'
		);
		await page.close();
	});

	it('says there are none yet for an area without its own data, and 404s an unknown measure', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${OTHER}`);
		await page
			.getByTestId('local-tiles')
			.filter({ hasText: 'No local measures in this browser' })
			.waitFor();
		const response = await page.goto(`${site.url}/area/${DEMO}/local/no_such_measure`);
		expect(response?.status()).toBe(200); // the app shell, which then says not found
		await expect(page.locator('h1').textContent()).resolves.toBe('We could not find that page');
		await expect(page.locator('main').textContent()).resolves.toContain('no_such_measure');
		await page.close();
	});

	it('refuses a local measure that takes a published measure’s id', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${OTHER}/data`);
		const dir = mkdtempSync(join(tmpdir(), 'send-local-'));
		const path = join(dir, 'clash.csv');
		writeFileSync(path, ownCsv.replaceAll('ehc_drafts_15wk', 'tribunal_appeal_rate'));
		await page.locator('[data-table=local_indicators] input[type=file]').setInputFiles(path);
		await expect(page.getByTestId('import-report').textContent()).resolves.toContain(
			'already a published measure’s id'
		);
		await page.close();
	});

	it('charts an officer’s imported measure, with its gap and notes, and no illustrative label', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${OTHER}/data`);
		const dir = mkdtempSync(join(tmpdir(), 'send-local-'));
		const path = join(dir, 'our-measures.csv');
		writeFileSync(path, ownCsv);
		await page.locator('[data-table=local_indicators] input[type=file]').setInputFiles(path);
		await page
			.getByTestId('import-report')
			.getByRole('button', { name: /the 4 rows from this file/ })
			.click();
		await page
			.locator('[data-table=local_indicators] [data-testid=row-count]')
			.filter({ hasText: /^4$/ })
			.waitFor();

		await page.goto(`${site.url}/area/${OTHER}/local/ehc_drafts_15wk`);
		await page.getByTestId('trend-chart').locator('svg').first().waitFor();
		await expect(page.getByTestId('illustrative-banner').count()).resolves.toBe(0);
		await expect(page.locator('article .kind-tag').textContent()).resolves.toBe('Local measure');
		const chart = page.getByTestId('trend-chart');
		await expect(chart.locator('.note').textContent()).resolves.toContain(
			'No figure in the data for Jul 2026'
		);
		await expect(page.locator('.about').textContent()).resolves.toContain(
			'imported from our-measures.csv'
		);
		const counts = page.locator('section[aria-labelledby=counts-heading] tbody tr');
		await expect(counts.first().textContent()).resolves.toContain('Sep 2026');
		await expect(counts.filter({ hasText: 'Aug 2026' }).textContent()).resolves.toContain(
			'Estimate: system outage'
		);
		// The overview says where the area's own figures came from.
		await page.goto(`${site.url}/area/${OTHER}`);
		await expect(page.getByTestId('local-origin').textContent()).resolves.toMatch(
			/Figures imported from our-measures\.csv on \d+ \w+ 20\d\d; kept only in this browser/
		);
		await page.goBack();
		await page.getByTestId('trend-chart').locator('svg').first().waitFor();
		// The tile compares September with August, the month before.
		await expect(page.locator('.change').first().textContent()).resolves.toContain(
			'since Aug 2026'
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});
});
