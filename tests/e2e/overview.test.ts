import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite } from './harness';

const site = useSite();

const tile = (page: import('playwright-core').Page, id: string) =>
	page.locator(`[data-indicator="${id}"]`);

describe('area overview (Southend-on-Sea, the demo area)', () => {
	it('opens on the demo area from the start page’s demo link', async () => {
		const page = await site.page();
		await page.goto(site.url + '/');
		await page.getByRole('link', { name: 'Open the demo: Southend-on-Sea' }).click();
		await page.waitForURL('**/area/E06000033');
		await expect(page.locator('h1').textContent()).resolves.toContain('Southend-on-Sea');
		await page.close();
	});

	it('shows the headline figures a board member reads, with period, change, benchmarks and rank', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		const plans = tile(page, 'ehc_plans_in_force');
		await expect(plans.getByTestId('tile-value').textContent()).resolves.toBe('1,992');
		await expect(plans.textContent()).resolves.toContain('January 2025');
		await expect(plans.textContent()).resolves.toContain('+255 (+14.7%)');
		await expect(plans.textContent()).resolves.toContain('638,745');

		const timeliness = tile(page, 'pct_within_20wk_incl_exceptions');
		await expect(timeliness.getByTestId('tile-value').textContent()).resolves.toBe('16.1%');
		const text = (await timeliness.textContent())!;
		expect(text).toContain('45.9%'); // England 2024
		// Improving, but 135th of 153: the tile leads with the position.
		expect(text).toMatch(/Improving, but still in the worst quarter: \+12\.3 percentage points/);
		expect(text).toContain('Worse than England');
		expect(text).toMatch(/Ranked \d+(st|nd|rd|th) of \d+ local authorities/);
		expect(text).toMatch(/\(10 of 10\)/);

		// Counts are compared by growth, not by size against England.
		await expect(plans.textContent()).resolves.toContain(
			'Grew faster than England over the year (+14.7% against +10.8%).'
		);
		await expect(plans.textContent()).resolves.toContain('Not ranked: neither higher nor lower');

		const tribunal = tile(page, 'tribunal_appeal_rate');
		await expect(tribunal.getByTestId('tile-value').textContent()).resolves.toBe('2.2%');
		await expect(tribunal.textContent()).resolves.toContain('not published'); // no regional rate from MoJ
		await expect(tribunal.textContent()).resolves.toContain('lower is better');

		const inspection = tile(page, 'inspection');
		await expect(inspection.textContent()).resolves.toContain(
			'Inconsistent experiences and outcomes'
		);
		await expect(inspection.textContent()).resolves.toContain('9 June 2023');
		await page.close();
	});

	it('never shows better/worse by colour alone', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		const tags = page.locator('.tag');
		expect(await tags.count()).toBeGreaterThan(3);
		for (const text of await tags.allTextContents())
			expect(text).toMatch(/(▲|▼|●) (Better|Worse|Same) (than|as) /);
		await page.close();
	});

	it('draws the trend charts with a table and a CSV of exactly what is plotted', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		const chart = page.getByTestId('trend-chart').first();
		await expect(chart.locator('svg.trend-plot').count()).resolves.toBe(1);
		await expect(chart.locator('.chart-legend').textContent()).resolves.toMatch(
			/Southend-on-Sea.*Statistical neighbours.*East of England.*England/s
		);
		await chart.getByText('Show the figures as a table').click();
		const row2024 = chart.locator('tbody tr', { hasText: '2024' });
		await expect(row2024.textContent()).resolves.toMatch(/16\.1%.*45\.9%/s);
		const row2014 = chart.locator('tbody tr', { hasText: '2014' });
		await expect(row2014.locator('td').first().textContent()).resolves.toBe('not applicable'); // published "z"

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			chart.getByRole('button', { name: /Download these figures/ }).click()
		]);
		const csv = await (
			await download.createReadStream()
		)
			.toArray()
			.then((chunks) => Buffer.concat(chunks).toString('utf8'));
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('period,year,line,value,missing_value_code,neighbours_with_a_value');
		expect(lines).toContain('2024,2024,Southend-on-Sea,16.1,,');
		expect(lines).toContain('2024,2024,England,45.9,,');
		expect(lines).toContain('2014,2014,Southend-on-Sea,,z,');
		expect(download.suggestedFilename()).toBe('E06000033-pct_within_20wk_incl_exceptions.csv');
		await page.close();
	});

	it('fits a phone screen without sideways scrolling', async () => {
		const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url + '/area/E09000012');
		await expect(page.locator('h1').textContent()).resolves.toContain('Hackney');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.close();
	});

	it('has no serious or critical accessibility violations (axe-core, WCAG 2.2 AA)', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await page.getByTestId('trend-chart').first().getByText('Show the figures as a table').click();
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('tiles that say what they count and where the area stands', () => {
	it('says which timeliness tile includes exceptions, and why the two read the same', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		const incl = tile(page, 'pct_within_20wk_incl_exceptions');
		const excl = tile(page, 'pct_within_20wk_excl_exceptions');
		await expect(incl.locator('h3').textContent()).resolves.toContain(
			'Plans within 20 weeks (including exceptions)'
		);
		await expect(excl.locator('h3').textContent()).resolves.toContain(
			'Plans within 20 weeks (excluding exceptions)'
		);
		// Both 16.1% (48 of 299): the counts say no plan had an exception.
		await expect(excl.getByTestId('tile-note').textContent()).resolves.toBe(
			'Same as including exceptions: none of the 299 new plans issued in 2024 had an exception to the 20-week limit, so both figures count the same plans.'
		);
		await expect(incl.getByTestId('tile-note').textContent()).resolves.toMatch(
			/^Same as excluding exceptions: none of the 299/
		);
		// Kirklees, 2024: also the same, and its note says why from its own counts.
		await page.goto(site.url + '/area/E08000034');
		await expect(
			tile(page, 'pct_within_20wk_excl_exceptions').getByTestId('tile-note').textContent()
		).resolves.toMatch(/^Same as including exceptions: .* new plans issued in 2024 /);
		// Where the two differ (Cornwall: 7.4% and 7.0% in 2024), no such note.
		await page.goto(site.url + '/area/E06000052');
		await expect(
			tile(page, 'pct_within_20wk_excl_exceptions').getByTestId('tile-note').count()
		).resolves.toBe(0);
		await page.close();
	});

	it('leads with the position when a figure improves in the worst quarter, not in the colour of good news', async () => {
		// Cornwall, 2024: 7.4% of plans within 20 weeks, up on 2023, but 146th of 153.
		const page = await site.page();
		await page.goto(site.url + '/area/E06000052');
		const timeliness = tile(page, 'pct_within_20wk_incl_exceptions');
		const judgement = timeliness.getByTestId('tile-judgement');
		await expect(judgement.textContent()).resolves.toBe(
			'Improving, but still in the worst quarter:'
		);
		await expect(timeliness.textContent()).resolves.toMatch(/Ranked 1[2-5]\dth of 15\d/);
		const colours = await judgement.evaluate((el) => ({
			own: getComputedStyle(el).color,
			text: getComputedStyle(el.closest('article')!).color,
			good: getComputedStyle(document.documentElement).getPropertyValue('--good')
		}));
		expect(colours.own).toBe(colours.text);
		// The measure's own page says the same words.
		await page.goto(site.url + '/area/E06000052/indicators/pct_within_20wk_incl_exceptions');
		await expect(
			page.getByTestId('tile-judgement').first().textContent({ timeout: 15_000 })
		).resolves.toBe('Improving, but still in the worst quarter:');
		await page.close();
	});

	it('keeps each tile’s comparison table inside its tile', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E10000018');
		const overflowing = await page
			.locator('table.benchmarks')
			.evaluateAll((tables) =>
				tables
					.filter(
						(t) =>
							t.getBoundingClientRect().right >
							t.closest('article')!.getBoundingClientRect().right - 1
					)
					.map((t) => t.closest('article')!.getAttribute('data-indicator'))
			);
		expect(overflowing).toEqual([]);
		await page.close();
	});

	it('has no serious accessibility violations on a phone, and no sideways scroll at 320 px', async () => {
		const phone = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(site.url + '/area/E06000033');
		expect(await seriousAxeViolations(phone)).toEqual([]);
		await phone.setViewportSize({ width: 320, height: 700 });
		await phone.goto(site.url + '/area/E06000033');
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await phone.close();
	});
});

describe('the inspection tile judges dates against the reader’s day', () => {
	it('says a past due date has passed once the page is live, though its HTML was written earlier', async () => {
		// Nottinghamshire: its next full inspection was expected by 30 July 2024.
		const page = await site.page();
		await page.route('**/area/E10000024', async (route) => {
			const html = (await (await route.fetch()).text()).replace(/<script>[\s\S]*?<\/script>/, '');
			await route.fulfill({ body: html, contentType: 'text/html' });
		});
		await page.goto(site.url + '/area/E10000024');
		const due = page.getByTestId('next-inspection');
		// The prerendered HTML cannot know the reader's date, so it makes no judgement...
		await expect(due.textContent()).resolves.toMatch(
			/^\s*Next full inspection expected by 30 July 2024\.\s*$/
		);
		await page.unroute('**/area/E10000024');
		// ...and the live page, on any day after that, does.
		await page.goto(site.url + '/area/E10000024');
		await hydrated(page);
		await expect.poll(() => due.textContent()).toContain('this date has passed');
		await page.close();
	});
});
