import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, useSite, watchWasm } from './harness';

const site = useSite();
const OVERVIEW = '/area/E06000033';
const engineStatus = (page: Page) => page.getByTestId('engine-status').getAttribute('data-status');

/** Pages that have no use for SQL, with something each must show. */
const WITHOUT_ENGINE = [
	{ path: '/health', shows: '[data-testid=health-table] tbody tr' },
	{
		path: `${OVERVIEW}/indicators/pct_within_20wk_excl_exceptions`,
		shows: '[data-testid=tile-value]'
	},
	{ path: `${OVERVIEW}/indicators`, shows: '[data-testid=library] tbody tr' },
	{ path: `${OVERVIEW}/profile`, shows: 'h1' }
];

describe('the in-browser database', () => {
	it('is not downloaded until the comparison panel is reached, then powers it', async () => {
		const page = await site.page();
		const wasm = watchWasm(page);
		await page.goto(site.url + OVERVIEW);
		await hydrated(page);
		await page.waitForTimeout(500);
		expect(wasm).toEqual([]);
		await expect(engineStatus(page)).resolves.toBe('idle');

		const explorer = page.getByTestId('explorer');
		await explorer.scrollIntoViewIfNeeded();
		// The first result is drawn for the measure the panel opens on, without a click.
		await explorer
			.locator('h3', { hasText: '20 weeks' })
			.waitFor({ timeout: 30_000 })
			.catch(async () => {
				throw new Error(`no first chart: ${await explorer.textContent()}`);
			});
		expect(wasm.length).toBeGreaterThan(0);
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
		await expect(seriousAxeViolations(page)).resolves.toEqual([]);
		await page.close();
	});

	it('starts when a keyboard user tabs into the panel', async () => {
		const page = await site.page();
		await page.goto(site.url + OVERVIEW);
		await hydrated(page);
		await expect(engineStatus(page)).resolves.toBe('idle');
		await page.getByTestId('explorer').getByLabel('Measure').focus();
		await page
			.locator('[data-testid=engine-status][data-status=ready]')
			.waitFor({ timeout: 30_000 });
		await page.close();
	});

	it.each(WITHOUT_ENGINE)(
		'is never requested by $path, which works with wasm blocked',
		async ({ path, shows }) => {
			const page = await site.page();
			const wasm = watchWasm(page);
			await page.route('**/*.wasm', (route) => route.abort());
			await page.goto(site.url + path);
			await hydrated(page);
			await page.locator(shows).first().waitFor();
			// Scrolled to the end, as a reader would: still nothing asks for the engine.
			await page.keyboard.press('End');
			await page.waitForTimeout(500);
			expect(wasm).toEqual([]);
			await expect(engineStatus(page)).resolves.toBe('idle');
			await page.close();
		}
	);

	it('keeps the prerendered figures when the database cannot be downloaded', async () => {
		const page = await site.page();
		await page.route('**/*.wasm', (route) => route.abort());
		await page.goto(site.url + OVERVIEW);
		await expect(
			page.locator('[data-indicator="ehc_plans_in_force"] [data-testid=tile-value]').textContent()
		).resolves.toBe('1,992');
		await expect(
			page.getByTestId('trend-chart').first().locator('svg.trend-plot').count()
		).resolves.toBe(1);
		await hydrated(page);
		await page.getByTestId('explorer').scrollIntoViewIfNeeded();
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
		await page.goto(site.url + OVERVIEW);
		await page.locator('a', { hasText: 'Leeds' }).click();
		await page.waitForURL('**/area/E08000035');
		await expect(page.locator('h1').textContent()).resolves.toContain('Leeds');
		await page.close();
	});
});
