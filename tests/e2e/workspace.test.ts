import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportXlsx, importTable, TABLE_NAMES, templateCsv } from '$lib/workspace';
import { seriousAxeViolations, useSite } from './harness';

const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'send-workspace-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
const rowCount = (page: import('playwright-core').Page, table: string) =>
	page.locator(`[data-table=${table}] [data-testid=row-count]`);
/** Waits until the table's row count reads `n` (imports and resets finish asynchronously). */
const rowsBecome = (page: import('playwright-core').Page, table: string, n: number | string) =>
	rowCount(page, table)
		.filter({ hasText: new RegExp(`^${n}$`) })
		.waitFor({ timeout: 10_000 });

// A good meetings file, from the layout's own template with its example row, plus a second row.
const template = templateCsv('meetings', { example: true }).trim().split(/\r?\n/);
const goodCsv =
	[
		...template,
		template[1].replace(/\d{2}\/\d{2}\/2026|2026-\d{2}-\d{2}/g, (d) => d.replace('2026', '2027'))
	].join('\r\n') + '\r\n';

describe('your data: import, keep, export, reset', () => {
	it('opens the demo area with its illustrative workspace, labelled as such', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await expect(page.getByTestId('illustrative-banner').textContent()).resolves.toContain(
			'Illustrative — not real local data'
		);
		// The demo is written as at a fixed day, so its "overdue" never drifts with real time.
		await expect(page.getByTestId('as-of').textContent()).resolves.toBe(
			'Made-up figures and dates, written as if today were 26 November 2026.'
		);
		await rowsBecome(page, 'actions', 32);
		await rowsBecome(page, 'risks', 13);
		await expect(page.locator('[data-table=actions]').textContent()).resolves.toContain(
			'Illustrative demo data'
		);
		// Another area has no shipped workspace and no banner.
		await page.goto(site.url + '/area/E10000018/data');
		await rowsBecome(page, 'actions', 0);
		await expect(page.getByTestId('illustrative-banner').count()).resolves.toBe(0);
		await page.close();
	});

	it('imports a good file after showing the check, keeps it across reloads, exports the same rows and resets', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await expect(page.locator('h1').textContent()).resolves.toContain('your data');
		await page
			.locator('[data-table=meetings] [data-testid=row-count]')
			.filter({ hasNotText: '…' })
			.waitFor();
		const shipped = Number(await rowCount(page, 'meetings').textContent());

		await page
			.locator('[data-table=meetings] input[type=file]')
			.setInputFiles(file('meetings-good.csv', goodCsv));
		const report = page.getByTestId('import-report');
		await expect(report.getByTestId('report-summary').textContent()).resolves.toMatch(
			/2 rows can be imported/
		);
		// Nothing has changed yet.
		await expect(rowCount(page, 'meetings').textContent()).resolves.toBe(String(shipped));
		await report.getByRole('button', { name: /Replace the table with the 2 good rows/ }).click();
		await rowsBecome(page, 'meetings', 2);
		await expect(page.locator('[data-table=meetings]').textContent()).resolves.toContain(
			'Imported from meetings-good.csv'
		);

		await page.reload();
		await page
			.locator('[data-table=meetings] [data-testid=row-count]')
			.filter({ hasNotText: '…' })
			.waitFor();
		await expect(rowCount(page, 'meetings').textContent()).resolves.toBe('2');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-table=meetings]').getByRole('button', { name: 'Export CSV' }).click()
		]);
		const exported = Buffer.concat(await (await download.createReadStream()).toArray());
		const again = importTable('meetings', new Uint8Array(exported), { file: 'export.csv' });
		const original = importTable('meetings', new Uint8Array(Buffer.from(goodCsv)), {
			file: 'good.csv'
		});
		expect(again.problems).toEqual([]);
		expect(again.rows).toEqual(original.rows);

		expect(await seriousAxeViolations(page)).toEqual([]);
		await page
			.locator('[data-table=meetings]')
			.getByRole('button', { name: /Reset to the shipped data|Remove imported data/ })
			.click();
		await rowsBecome(page, 'meetings', shipped);
		await page.close();
	});

	it('shows every problem of a bad file by row and column, and changes nothing', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await page
			.locator('[data-table=meetings] [data-testid=row-count]')
			.filter({ hasNotText: '…' })
			.waitFor();
		const before = await rowCount(page, 'meetings').textContent();
		const bad = [
			template[0],
			template[1].replace(/(\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2})/, '31/13/2025'),
			'<script>alert(1)</script>'
		].join('\r\n');
		await page
			.locator('[data-table=meetings] input[type=file]')
			.setInputFiles(file('meetings-bad.csv', bad));
		const report = page.getByTestId('import-report');
		await expect(report.textContent()).resolves.toMatch(
			/Row 2, column '[^']+': '31\/13\/2025' is not a date/
		);
		await expect(report.textContent()).resolves.toContain('<script>'); // shown as text, never run
		await report.getByRole('button', { name: /Cancel/ }).click();
		await expect(rowCount(page, 'meetings').textContent()).resolves.toBe(before);

		await page
			.locator('[data-table=risks] input[type=file]')
			.setInputFiles(file('not-a-table.png', '\x89PNG\r\n\x1a\nrubbish'));
		await expect(page.getByTestId('import-report').textContent()).resolves.toMatch(
			/not a CSV|not.*spreadsheet|CSV or Excel/i
		);
		await page.close();
	});
});

/** Waits until every table's row count has loaded, and gives them by table. */
async function rowCounts(page: import('playwright-core').Page): Promise<Record<string, string>> {
	await page
		.locator('[data-testid=row-count]:not(:text-is("…"))')
		.nth(TABLE_NAMES.length - 1)
		.waitFor();
	const counts: Record<string, string> = {};
	for (const table of TABLE_NAMES) counts[table] = (await rowCount(page, table).textContent())!;
	return counts;
}

describe('your data: checking files in a worker', () => {
	it('checks a large .xlsx in the import worker while the page stays responsive', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		// 100,000 meetings: a couple of seconds of parsing, which must not block the page.
		const rows = Array.from({ length: 100_000 }, (_, i) => ({
			date: `${2000 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
			board: `Board ${i}`,
			title: null,
			papers_due: null,
			location: null,
			notes: null
		}));
		const big = Buffer.from(exportXlsx('meetings', rows as never));
		const errors = site.errors.length;
		await page.locator('[data-table=meetings] input[type=file]').setInputFiles({
			name: 'big-meetings.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: big
		});
		const status = page.locator('[data-table=meetings] [data-testid=import-status]');
		await status.filter({ hasText: 'Checking big-meetings.xlsx…' }).waitFor({ timeout: 5_000 });
		await expect(status.getAttribute('role')).resolves.toBe('status');
		// Only the table being checked is locked; the page still answers at once.
		await expect(page.locator('[data-table=meetings] input[type=file]').isDisabled()).resolves.toBe(
			true
		);
		await expect(page.locator('[data-table=risks] input[type=file]').isEnabled()).resolves.toBe(
			true
		);
		// Parsing on the page itself would hold this up for a second or more.
		const started = Date.now();
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
		expect(Date.now() - started).toBeLessThan(300);
		await expect(status.textContent()).resolves.toBe('Checking big-meetings.xlsx…');

		const report = page.getByTestId('import-report');
		await expect(
			report.getByTestId('report-summary').textContent({ timeout: 30_000 })
		).resolves.toBe('100000 rows can be imported; no problems found.');
		expect(page.workers().some((w) => /import\.worker/.test(w.url()))).toBe(true);
		await expect(status.textContent()).resolves.toBe('');
		expect(site.errors.slice(errors)).toEqual([]);
		await page.close();
	});

	it('shows a refusal, never an error, when the worker fails part way', async () => {
		const page = await site.page();
		// A worker that loads, then throws on the first file it is sent.
		await page.route(/import\.worker-.*\.js$/, (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: "postMessage({ type: 'ready' }); addEventListener('message', () => { throw new Error('the checker broke'); });"
			})
		);
		await page.goto(site.url + '/area/E06000033/data');
		const before = await rowCounts(page);
		const errors = site.errors.length;
		await page
			.locator('[data-table=meetings] input[type=file]')
			.setInputFiles(file('meetings-good.csv', goodCsv));
		await expect(page.getByTestId('import-refused').textContent()).resolves.toMatch(
			/^meetings-good\.csv could not be checked \(.*the checker broke\)\. Nothing was changed; try again\.$/
		);
		await expect(page.getByTestId('import-report').count()).resolves.toBe(0);
		expect(await rowCounts(page)).toEqual(before);
		expect(site.errors.slice(errors)).toEqual([]);
		await page.close();
	});

	it('checks on the page itself when the worker cannot load', async () => {
		const page = await site.page();
		let asked = 0;
		await page.route(/import\.worker-.*\.js$/, (route) => {
			asked++;
			return route.fulfill({ status: 404 });
		});
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		await page
			.locator('[data-table=meetings] input[type=file]')
			.setInputFiles(file('meetings-good.csv', goodCsv));
		await expect(
			page.getByTestId('import-report').getByTestId('report-summary').textContent()
		).resolves.toMatch(/2 rows can be imported/);
		expect(asked).toBe(1);
		await page.close();
	});
});

describe('your data: the whole workspace as a .zip', () => {
	it('exports everything, imports that zip back, and every table has the same rows', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		const before = await rowCounts(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Export everything/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('E06000033-workspace.zip');
		const zip = Buffer.concat(await (await download.createReadStream()).toArray());

		await page.getByTestId('zip-input').setInputFiles({
			name: 'E06000033-workspace.zip',
			mimeType: 'application/zip',
			buffer: zip
		});
		const report = page.getByTestId('zip-report');
		await report.waitFor();
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zip-report-title');
		for (const table of TABLE_NAMES) {
			const row = report.locator(`[data-zip-table=${table}]`);
			await expect(row.getByTestId('good-rows').textContent(), table).resolves.toBe(before[table]);
			await expect(row.getByTestId('bad-rows').textContent(), table).resolves.toBe('0');
			await expect(row.textContent()).resolves.toContain(`${table}.csv`);
		}
		await expect(report.getByTestId('zip-table-report').count()).resolves.toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);

		const all = TABLE_NAMES.length;
		await report.getByRole('button', { name: `Replace ${all} tables with the zip’s data` }).click();
		await page
			.getByTestId('zip-status')
			.filter({ hasText: `Replaced ${all} tables with the data in E06000033-workspace.zip.` })
			.waitFor();
		await expect(page.getByTestId('zip-report').count()).resolves.toBe(0);
		await expect(page.locator('[data-table=risks]').textContent()).resolves.toContain(
			'Imported from risks.csv in E06000033-workspace.zip'
		);
		expect(await rowCounts(page)).toEqual(before);
		// Kept in this browser.
		await page.reload();
		expect(await rowCounts(page)).toEqual(before);
		await expect(page.locator('[data-table=actions]').textContent()).resolves.toContain(
			'Imported from actions.csv in E06000033-workspace.zip'
		);
		await page.close();
	});

	it('shows each table’s problems and the files it ignored; Cancel changes nothing', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		const before = await rowCounts(page);
		const badDate = template[1].replace(/(\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2})/, '31/13/2025');
		const zip = zipSync({
			'meetings.csv': strToU8([template[0], template[1], badDate].join('\r\n')),
			'risks.csv': strToU8('Something else entirely\r\nx\r\n'),
			'notes.docx': strToU8('not a table')
		});
		await page.getByTestId('zip-input').setInputFiles({
			name: 'mixed.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zip)
		});
		const report = page.getByTestId('zip-report');
		await report.waitFor();
		const meetings = report.locator('[data-zip-table=meetings]');
		await expect(meetings.getByTestId('good-rows').textContent()).resolves.toBe('1');
		await expect(meetings.getByTestId('bad-rows').textContent()).resolves.toBe('1');
		await expect(report.locator('[data-table-report=meetings]').textContent()).resolves.toMatch(
			/Row 3, column '[^']+': '31\/13\/2025' is not a date/
		);
		await expect(report.locator('[data-table-report=risks]').textContent()).resolves.toMatch(
			/risks\.csv.*no .*column/s
		);
		await expect(report.getByTestId('zip-ignored').textContent()).resolves.toContain('notes.docx');
		// The unreadable risk register stops the whole zip; nothing can be half-imported.
		await expect(report.getByTestId('zip-blocked').textContent()).resolves.toContain('risks.csv');
		await expect(report.getByRole('button', { name: /Replace/ }).count()).resolves.toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await report.getByRole('button', { name: /Cancel/ }).click();
		await expect(page.getByTestId('zip-report').count()).resolves.toBe(0);
		expect(await rowCounts(page)).toEqual(before);
		await page.close();
	});

	it('refuses a file that is not a zip, with the reason', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		await page.getByTestId('zip-input').setInputFiles(file('meetings.csv', goodCsv));
		await expect(page.getByTestId('zip-problems').textContent()).resolves.toContain(
			'This is not a .zip file'
		);
		await page.close();
	});
});
