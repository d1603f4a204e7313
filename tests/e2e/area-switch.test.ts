import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, useSite } from './harness';

const site = useSite();
const DEMO = { code: 'E06000033', name: 'Southend-on-Sea' }; // ships an illustrative workspace
const OTHER = { code: 'E10000018', name: 'Leicestershire' }; // ships none

/** Picks an area in the header's picker with the keyboard, as a board member would. */
async function pickArea(page: Page, area: { code: string; name: string }) {
	await page.locator('#header-area-picker').fill(area.name);
	await page.locator(`#header-area-picker-option-${area.code}`).waitFor();
	await page.keyboard.press('Enter');
}

/** Each view, with what shows that it holds the demo's own data, and that it holds none. */
const VIEWS = [
	{
		name: 'the overview',
		path: '',
		demo: async (page: Page) => {
			const tiles = page.getByTestId('local-tiles');
			await tiles.locator('article').first().waitFor();
			await expect(tiles.getByTestId('illustrative-banner').count()).resolves.toBe(1);
		},
		none: async (page: Page) => {
			const tiles = page.getByTestId('local-tiles');
			await tiles.getByText('No local measures in this browser').waitFor();
			await expect(tiles.locator('article').count()).resolves.toBe(0);
		}
	},
	{
		name: 'all measures',
		path: '/indicators',
		demo: async (page: Page) => {
			const local = page.getByTestId('local-measures');
			await local.locator('tr[data-indicator=local_ehc_20wk_monthly]').waitFor();
		},
		none: async (page: Page) => {
			const local = page.getByTestId('local-measures');
			await local.getByText('No local measures in this browser').waitFor();
			await expect(local.locator('tbody tr').count()).resolves.toBe(0);
		}
	},
	{
		name: 'a measure page',
		path: '/indicators/ehc_plans_in_force',
		demo: async (page: Page) => {
			await page.getByTestId('tile-value').first().waitFor();
		},
		none: async (page: Page) => {
			await page.getByTestId('tile-value').first().waitFor();
		}
	},
	{
		name: 'Your data',
		path: '/data',
		demo: async (page: Page) => {
			const actions = page.locator('[data-table=actions] [data-testid=row-count]');
			await expect.poll(() => actions.textContent()).toBe('32');
			await expect(page.getByTestId('illustrative-banner').count()).resolves.toBe(1);
		},
		none: async (page: Page) => {
			const counts = page.locator('[data-testid=row-count]');
			await expect.poll(() => counts.allTextContents()).toEqual(Array(10).fill('0'));
			await expect(page.getByTestId('illustrative-banner').count()).resolves.toBe(0);
		}
	}
];

/** The same view, of the new area: its address and its heading. */
async function showsArea(page: Page, area: { code: string; name: string }, path: string) {
	await page.waitForURL(`**/area/${area.code}${path}`);
	await expect.poll(() => page.locator('h1').textContent()).toContain(area.name);
	const other = area === DEMO ? OTHER : DEMO;
	await expect(page.locator('h1').textContent()).resolves.not.toContain(other.name);
}

describe('switching area keeps the view and shows only the new area’s data', () => {
	it.each(VIEWS)('$name: from an area with its own data to one without, and back', async (view) => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${DEMO.code}${view.path}`);
		await hydrated(page);
		await view.demo(page);

		await pickArea(page, OTHER);
		await showsArea(page, OTHER, view.path);
		await view.none(page);

		await pickArea(page, DEMO);
		await showsArea(page, DEMO, view.path);
		await view.demo(page);
		await page.close();
	});

	it('a measure page shows the new area’s figure after the switch', async () => {
		const page = await site.page();
		await page.goto(`${site.url}/area/${DEMO.code}/indicators/ehc_plans_in_force`);
		await hydrated(page);
		await expect.poll(() => page.getByTestId('tile-value').first().textContent()).toBe('1,992');
		await pickArea(page, OTHER);
		await page.waitForURL(`**/area/${OTHER.code}/indicators/ehc_plans_in_force`);
		await expect.poll(() => page.getByTestId('tile-value').first().textContent()).toBe('7,196');
		await page.close();
	});
});
