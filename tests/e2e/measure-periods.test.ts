import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite, sidewaysScroll } from './harness';

const site = useSite();
const KIRKLEES_PLANS = '/area/E08000034/indicators/ehc_plans_in_force';
const KIRKLEES_TIMELINESS = '/area/E08000034/indicators/pct_within_20wk_incl_exceptions';

describe('a measure page read for any period, with the change since an earlier one', () => {
	it('shows the picked period and the change since a picked earlier period, kept in the address', async () => {
		const page = await site.page();
		await page.goto(site.url + KIRKLEES_PLANS);
		await hydrated(page);
		await expect(page.getByTestId('tile-value').first().textContent()).resolves.toBe('4,475');

		await page.getByLabel('Show the figures for').selectOption({ label: 'January 2024' });
		await page.waitForURL(/period=2024/);
		await expect(page.getByTestId('tile-value').first().textContent()).resolves.toBe('4,125');
		await page.getByLabel('Show the change since').selectOption({ label: 'January 2020' });
		await page.waitForURL(/since=2020/);
		const since = page.getByTestId('change-since');
		await expect(since.textContent()).resolves.toMatch(/\+796 \(\+23\.9%\) since January 2020/);
		// The benchmarks and every local authority follow the period.
		await expect(
			page.getByTestId('distribution-chart').locator('h3').textContent()
		).resolves.toContain('January 2024');
		expect(new URL(page.url()).search).toBe('?period=2024&since=2020');

		await page.reload();
		await hydrated(page);
		await expect(page.getByTestId('tile-value').first().textContent()).resolves.toBe('4,125');
		await expect(page.getByTestId('change-since').textContent()).resolves.toMatch(
			/\+796 \(\+23\.9%\) since January 2020/
		);
		await expect(page.getByLabel('Show the figures for').inputValue()).resolves.toBe('2024');
		await expect(page.getByLabel('Show the change since').inputValue()).resolves.toBe('2020');
		await page.close();
	});

	it('never shows a % change from a handful (Kirklees had 7 EHC plans in January 2015)', async () => {
		const page = await site.page();
		await page.goto(site.url + KIRKLEES_PLANS + '?since=2015');
		await hydrated(page);
		const words = (await page.getByTestId('change-since').textContent()) ?? '';
		expect(words).toMatch(/since January 2015/);
		// Either a fair % (the series may count statements too) or none, never thousands of per cent.
		const pct = words.match(/\(([+−][\d,.]+)%\)/)?.[1];
		if (pct) expect(Number(pct.replace(/[+−,]/g, ''))).toBeLessThanOrEqual(500);
		expect(await page.getByTestId('trend-chart').textContent()).not.toMatch(/\d{4,}\.\d%/);
		await page.close();
	});

	it('ignores a period that is not published, and falls back to the latest', async () => {
		const page = await site.page();
		await page.goto(site.url + KIRKLEES_PLANS + '?period=1999&since=banana');
		await hydrated(page);
		await expect(page.getByTestId('tile-value').first().textContent()).resolves.toBe('4,475');
		await expect(page.getByTestId('change-since').count()).resolves.toBe(0);
		// The period before is the tile's own one-year change: said once, not twice.
		await page.goto(site.url + KIRKLEES_PLANS + '?period=2024&since=2023');
		await hydrated(page);
		await expect(page.getByTestId('tile-value').first().textContent()).resolves.toBe('4,125');
		await expect(page.getByTestId('change-since').count()).resolves.toBe(0);
		await expect(page.getByLabel('Show the change since').inputValue()).resolves.toBe('');
		await page.close();
	});
});

describe('the neighbours’ table', () => {
	it('lists the 10 statistical neighbours with values and ranks, the area highlighted, beside their average', async () => {
		const page = await site.page();
		await page.goto(site.url + KIRKLEES_TIMELINESS + '?period=2023');
		await hydrated(page);
		const table = page.getByTestId('neighbour-table');
		await expect(table.locator('h3').textContent()).resolves.toBe(
			'Kirklees and its statistical neighbours, 2023'
		);
		const rows = table.locator('tbody tr');
		await expect(rows.count()).resolves.toBe(11);
		await expect(rows.first().locator('th').textContent()).resolves.toBe('Kirklees (this area)');
		const neighbours = table.locator('tbody tr.neighbour');
		await expect(neighbours.count()).resolves.toBe(10);
		const names = await neighbours.locator('th').allTextContents();
		expect(names).toContain('Sheffield');
		expect(names).toContain('Cornwall');
		for (const row of await neighbours.all()) {
			const [mark, value, rank] = await row.locator('td').allTextContents();
			expect(mark).toMatch(/^(10|[1-9])$/);
			expect(value.trim()).toMatch(/^\d+\.\d%$|suppressed|not available|not published|no data/);
			expect(rank.trim()).toMatch(/^\d+(st|nd|rd|th) of \d+$|^— /);
		}
		await expect(table.locator('tfoot').textContent()).resolves.toMatch(
			/Neighbours’ average\s*[\d.]+%\s*\(\d+ of 10\)/
		);
		// Each neighbour's mark on the every-LA chart carries its number from the table.
		const chart = page.getByTestId('distribution-chart');
		await chart.locator('[role=img] svg').first().waitFor();
		const labels = await chart.locator('[role=img] svg text').allTextContents();
		const withValue = await neighbours.evaluateAll(
			(rs) => rs.filter((r) => /%/.test(r.querySelectorAll('td')[1]?.textContent ?? '')).length
		);
		expect(labels.filter((t) => /^(10|[1-9])$/.test(t))).toHaveLength(withValue);
		await page.close();
	});
});

describe('the overview’s tiles: the change since a chosen period', () => {
	it('says each tile’s change since the chosen period, kept in the address, and lists every year', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034');
		await hydrated(page);
		await expect(page.getByTestId('change-since').count()).resolves.toBe(0);
		await page.getByLabel('Show each figure’s change since').selectOption('2020');
		await page.waitForURL(/since=2020/);
		const plans = page.locator('[data-indicator=ehc_plans_in_force]');
		await expect(plans.getByTestId('change-since').textContent()).resolves.toMatch(
			/\+1,146 \(\+34\.4%\) since January 2020/
		);
		await page.reload();
		await hydrated(page);
		await expect(plans.getByTestId('change-since').textContent()).resolves.toMatch(
			/since January 2020/
		);
		await plans.getByText('Every year').click();
		await expect(plans.getByRole('link', { name: 'January 2016' }).count()).resolves.toBe(1);
		await expect(
			plans.locator('tr', { hasText: 'January 2020' }).locator('td').textContent()
		).resolves.toBe('3,329');
		await page.close();
	});
});

describe('accessible and fits a phone', () => {
	for (const width of [1280, 390]) {
		it(`has no serious or critical axe violations at ${width} px`, async () => {
			const page = await site.browser().newPage({ viewport: { width, height: 900 } });
			await page.goto(site.url + KIRKLEES_TIMELINESS + '?period=2023&since=2019');
			await hydrated(page);
			await page.getByTestId('neighbour-table').waitFor();
			await page.getByTestId('distribution-chart').locator('[role=img] svg').first().waitFor();
			expect(await seriousAxeViolations(page)).toEqual([]);
			await page.close();
		});
	}

	it('has no serious axe violations on the overview with a period chosen and a year list open', async () => {
		const page = await site.browser().newPage({ viewport: { width: 390, height: 900 } });
		await page.goto(site.url + '/area/E08000034?since=2019');
		await hydrated(page);
		await page.locator('[data-indicator=new_ehc_plans]').getByText('Every year').click();
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('does not scroll sideways at 320 px', async () => {
		const page = await site.browser().newPage({ viewport: { width: 320, height: 800 } });
		await page.goto(site.url + KIRKLEES_PLANS + '?period=2024&since=2020');
		await hydrated(page);
		await page.getByTestId('neighbour-table').waitFor();
		await page.getByTestId('distribution-chart').locator('[role=img] svg').first().waitFor();
		expect(await sidewaysScroll(page)).toBe(0);
		await page.close();
	});
});
