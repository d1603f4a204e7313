import { describe, expect, it } from 'vitest';
import { useSite } from './harness';

const site = useSite();

describe('the in-browser database', () => {
	it('starts in the background and powers the comparison controls', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033');
		await page
			.locator('[data-testid=engine-status][data-status=ready]')
			.waitFor({ timeout: 30_000 });
		const explorer = page.getByTestId('explorer');
		await explorer.getByLabel('Measure').selectOption('tribunal_appeal_rate');
		// The chart's title follows the data it shows, so it changes once the query has run.
		await explorer.locator('h3', { hasText: 'Tribunal appeal rate: Southend-on-Sea' }).waitFor();
		await explorer.getByLabel('Compare with').selectOption({ label: 'Leicestershire' });
		await explorer.locator('h3', { hasText: 'and Leicestershire' }).waitFor();
		await explorer.getByText('Show the figures as a table').click();
		// 2024 tribunal rates: Southend 2.2, Leicestershire 2.5, England 3.2 (MoJ table)
		await expect(explorer.locator('tbody tr', { hasText: '2024' }).textContent()).resolves.toMatch(
			/2\.2%.*2\.5%.*3\.2%/s
		);
		await page.close();
	});

	it('keeps the prerendered figures when the database cannot be downloaded', async () => {
		const page = await site.page();
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(site.url + '/area/E06000033');
		await expect(
			page.locator('[data-indicator="ehc_plans_in_force"] [data-testid=tile-value]').textContent()
		).resolves.toBe('1,992');
		await expect(
			page.getByTestId('trend-chart').first().locator('svg.trend-plot').count()
		).resolves.toBe(1);
		await page
			.locator('[data-testid=engine-status][data-status=failed]')
			.waitFor({ timeout: 30_000 });
		await expect(page.getByTestId('explorer-status').textContent()).resolves.toMatch(
			/could not start.*complete without it/s
		);
		await expect(page.getByTestId('explorer').getByLabel('Measure').isDisabled()).resolves.toBe(
			true
		);
		await page.close();
	});

	it('switches area through the prerendered data without waiting for the database', async () => {
		const page = await site.page();
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(site.url + '/area/E06000033');
		await page.locator('a', { hasText: 'Leeds' }).click();
		await page.waitForURL('**/area/E08000035');
		await expect(page.locator('h1').textContent()).resolves.toContain('Leeds');
		await page.close();
	});
});
