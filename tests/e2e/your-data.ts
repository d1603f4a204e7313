import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TABLE_NAMES } from '$lib/workspace';

/** Helpers for the Your data page (/area/<code>/data), shared by its browser tests. */

/** The demo's actions file cut to its first five actions (1.1 to 1.5), as a file to choose. */
export const fiveActions = (name = 'actions.csv') => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(
		readFileSync(join('data', 'local', 'demo', 'actions.csv'), 'utf8')
			.split('\r\n')
			.slice(0, 6)
			.join('\r\n')
	)
});

/** A table's card. */
export const card = (page: Page, table: string) => page.locator(`[data-table=${table}]`);

/** Waits until the page has read the area's tables (the row counts stop saying "…"). */
export const tablesRead = (page: Page) =>
	rowCount(page, 'meetings').filter({ hasNotText: '…' }).waitFor();

/** A table card's row count. */
export const rowCount = (page: Page, table: string) =>
	page.locator(`[data-table=${table}] [data-testid=row-count]`);

/** Waits until the table's row count reads `n` (imports and resets finish asynchronously). */
export const rowsBecome = (page: Page, table: string, n: number | string) =>
	rowCount(page, table)
		.filter({ hasText: new RegExp(`^${n}$`) })
		.waitFor({ timeout: 10_000 });

/** Waits until every table's row count has loaded, and gives them by table. */
export async function rowCounts(page: Page): Promise<Record<string, string>> {
	await page
		.locator('[data-testid=row-count]:not(:text-is("…"))')
		.nth(TABLE_NAMES.length - 1)
		.waitFor();
	const counts: Record<string, string> = {};
	for (const table of TABLE_NAMES) counts[table] = (await rowCount(page, table).textContent())!;
	return counts;
}

/** The page's Export everything zip, as bytes. */
export async function exportEverything(page: Page): Promise<Buffer> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /Export everything/ }).click()
	]);
	return Buffer.concat(await (await download.createReadStream()).toArray());
}

/** Chooses a workspace .zip in the page's zip input, as an officer would. */
export const chooseZip = (page: Page, zip: Uint8Array, name = 'E06000033-workspace.zip') =>
	page
		.getByTestId('zip-input')
		.setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(zip) });
