import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, useSite } from './harness';

const site = useSite();

describe('figures a board member can trust', () => {
	it('ranks Cornwall among every council with a 2021/22 figure, Cumbria named as a former council', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000052/indicators/ks4_dest_overall_ehcp');
		const chart = page.getByTestId('distribution-chart');
		await expect(chart.locator('.summary').textContent()).resolves.toMatch(
			/^151 local authorities have a figure for 2021\/22/
		);
		await chart.getByText('Show every local authority as a table').click();
		const cumbria = chart.getByRole('row', {
			name: /Cumbria \(former county council, split April 2023\)/
		});
		await expect(cumbria.getByRole('cell').last().textContent()).resolves.toBe('92.7%');
		const cornwall = chart.getByRole('row', { name: /Cornwall \(this area\)/ });
		await expect(cornwall.getByRole('cell').first().textContent()).resolves.toBe('64');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('shows plans in force from January 2015 as statements or EHC plans, and says why', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034/indicators/ehc_plans_in_force');
		const chart = page.getByTestId('trend-chart');
		await expect(chart.locator('.note').textContent()).resolves.toMatch(
			/^Figures start in January 2015/
		);
		await chart.getByText('Show the figures as a table').click();
		const first = chart.locator('tbody tr').first();
		await expect(first.locator('th').textContent()).resolves.toBe(
			'January 2015 (statements or EHC plans)'
		);
		// Counts are drawn as growth since the first year: 1,907 is the base, not 7.
		await expect(first.locator('td').first().textContent()).resolves.toMatch(/^1,907\b/);
		await expect(page.getByText('63828').count()).resolves.toBe(0);
		await page.close();
	});

	it('marks a figure that breaks its series in the table, keeping the published figure', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034/indicators/requests_refused_pct');
		const chart = page.getByTestId('trend-chart');
		await chart.getByText('Show the figures as a table').click();
		const row = chart.getByRole('row', { name: /^2022/ });
		await expect(row.locator('td').first().textContent()).resolves.toBe(
			'0.5% (breaks its series: read with care)'
		);
		// The caveat in words beside the chart, opened from the keyboard.
		const caveat = chart.getByTestId('figure-caveat');
		await caveat.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(caveat.textContent()).resolves.toMatch(
			/0\.5% in 2022, against 27\.5% in 2021 and 30\.8% in 2023/
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('explains beside the timeliness figure why its count of plans differs from new EHC plans', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E08000034/indicators/pct_within_20wk_incl_exceptions');
		const note = page.getByTestId('figure-caveat').filter({ hasText: 'new EHC plans' });
		await note.getByText('Why the number of plans here differs from “new EHC plans”').click();
		await expect(note.textContent()).resolves.toMatch(/start during the calendar year/);
		await page.goto(site.url + '/area/E08000034/indicators/new_ehc_plans');
		const other = page.getByTestId('figure-caveat').filter({ hasText: '20-week timeliness' });
		await other.waitFor(); // the page is drawn in the browser: wait for it before counting
		await expect(other.count()).resolves.toBe(1);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});
});
