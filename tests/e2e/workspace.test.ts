import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportXlsx, importTable, LAYOUTS, TABLE_NAMES, templateCsv } from '$lib/workspace';
import { seriousAxeViolations, useSite } from './harness';
import {
	card,
	chooseZip,
	exportEverything,
	fiveActions,
	rowCount,
	rowCounts,
	rowsBecome,
	tablesRead
} from './your-data';

const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'send-workspace-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
/** Where keyboard focus is: the focused element's tag, and the table of the card it is in. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return {
			tag: el?.tagName.toLowerCase(),
			type: el?.getAttribute('type') ?? null,
			table: el?.closest('[data-table]')?.getAttribute('data-table') ?? null
		};
	});
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
			'Its dates are written as if today were 26 November 2026.'
		);
		await rowsBecome(page, 'actions', 32);
		await rowsBecome(page, 'risks', 13);
		await expect(page.getByTestId('illustrative-held').textContent()).resolves.toBe(
			'every table still holds the demo’s made-up rows.'
		);
		await expect(page.locator('[data-table=actions]').textContent()).resolves.toContain(
			'Illustrative demo data'
		);
		// Each card says where its table is shown.
		await expect(
			page.locator('[data-table=local_indicators] [data-testid=used-by]').textContent()
		).resolves.toContain('Shown on At a glance and All measures');
		await expect(
			page.locator('[data-table=risks] [data-testid=used-by]').textContent()
		).resolves.toMatch(/^Kept and exported now; the risk register view .* is coming\.$/);
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
		await tablesRead(page);
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
		await expect(report.locator('h2').textContent()).resolves.toBe(
			'Results of checking meetings-good.csv (Board meetings table)'
		);
		await report
			.getByRole('button', {
				name: `Replace all ${shipped} current rows with the 2 rows from this file`,
				exact: true
			})
			.click();
		await rowsBecome(page, 'meetings', 2);
		const meetings = page.locator('[data-table=meetings]');
		await expect(meetings.textContent()).resolves.toContain('Imported from meetings-good.csv');
		// Said politely in the card, with focus back on the card.
		await expect(meetings.getByTestId('import-status').textContent()).resolves.toBe(
			'Board meetings: replaced with 2 rows from meetings-good.csv.'
		);
		await expect(focused(page)).resolves.toEqual({ tag: 'h3', type: null, table: 'meetings' });
		// The banner no longer counts the meetings among the made-up tables.
		const held = await page.getByTestId('illustrative-held').textContent();
		expect(held).toMatch(/^Local indicators, .* still hold the demo’s made-up rows\.$/);
		expect(held).not.toContain('Board meetings');

		await page.reload();
		await tablesRead(page);
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
		// Undoing the import asks first; keeping the rows changes nothing.
		const undo = meetings.getByRole('button', {
			name: 'Go back to the demo data for Board meetings only',
			exact: true
		});
		await undo.click();
		const confirm = meetings.getByTestId('confirm-remove');
		await expect(confirm.locator('p').first().textContent()).resolves.toBe(
			'This removes the 2 rows you imported into Board meetings from this browser, and puts back the demo data. Export them first if you may need them.'
		);
		// The import changed this table alone, so going back for it leaves nothing else behind.
		await expect(confirm.getByTestId('confirm-note').count()).resolves.toBe(0);
		await expect(
			page.evaluate(() => document.activeElement?.closest('[data-testid=confirm-remove]') !== null)
		).resolves.toBe(true);
		expect(await seriousAxeViolations(page)).toEqual([]);
		const [first] = await Promise.all([
			page.waitForEvent('download'),
			confirm.getByRole('button', { name: 'Export CSV first for Board meetings' }).click()
		]);
		expect(first.suggestedFilename()).toBe('meetings.csv');
		await confirm.getByRole('button', { name: 'Keep them in Board meetings' }).click();
		await expect(meetings.getByTestId('confirm-remove').count()).resolves.toBe(0);
		await expect(rowCount(page, 'meetings').textContent()).resolves.toBe('2');
		await expect(focused(page)).resolves.toMatchObject({ tag: 'button', table: 'meetings' });
		await page.reload();
		await rowsBecome(page, 'meetings', 2);

		await undo.click();
		await confirm.getByRole('button', { name: 'Remove them from Board meetings' }).click();
		await rowsBecome(page, 'meetings', shipped);
		await expect(meetings.getByTestId('import-status').textContent()).resolves.toBe(
			`Board meetings: your import was removed; it holds the demo data again (${shipped} rows).`
		);
		await expect(focused(page)).resolves.toEqual({ tag: 'h3', type: null, table: 'meetings' });
		await expect(page.getByTestId('illustrative-held').textContent()).resolves.toBe(
			'every table still holds the demo’s made-up rows.'
		);
		await page.close();
	});

	it('gives every card and control a name of its own, and a blank template with no made-up row', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		const tree = await page.locator('.tables').ariaSnapshot();
		const names = [...tree.matchAll(/- '?(button|article|group) "([^"]+)"/g)].map(
			(m) => `${m[1]} ${m[2]}`
		);
		expect(names.length).toBeGreaterThan(TABLE_NAMES.length * 4);
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
		for (const table of TABLE_NAMES) {
			const title = LAYOUTS[table].title;
			await expect(page.getByRole('article', { name: title, exact: true }).count()).resolves.toBe(
				1
			);
			// The file picker (a button to assistive technology), named by its label.
			const picker = page.getByRole('button', {
				name: `Import a CSV or Excel file into ${title}`,
				exact: true
			});
			await expect(picker.getAttribute('type')).resolves.toBe('file');
		}
		const card = page.locator('[data-table=actions]');
		const [blank] = await Promise.all([
			page.waitForEvent('download'),
			card.getByRole('button', { name: 'Blank template for Actions', exact: true }).click()
		]);
		expect(blank.suggestedFilename()).toBe('actions-template.csv');
		const text = Buffer.concat(await (await blank.createReadStream()).toArray()).toString();
		expect(text).toBe(templateCsv('actions'));
		expect(text.trim().split(/\r?\n/)).toHaveLength(1);
		const [example] = await Promise.all([
			page.waitForEvent('download'),
			card.getByRole('button', { name: 'Example row for Actions', exact: true }).click()
		]);
		expect(example.suggestedFilename()).toBe('actions-example.csv');
		expect(Buffer.concat(await (await example.createReadStream()).toArray()).toString()).toBe(
			templateCsv('actions', { example: true })
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('shows every problem of a bad file by row and column, and changes nothing', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await tablesRead(page);
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
		// Each problem is a table row: the row, the column as the file heads it, and what is wrong.
		const dateProblem = report.locator('tbody tr', { hasText: '31/13/2025' }).first();
		await dateProblem.waitFor();
		await expect(dateProblem.locator('td').allTextContents()).resolves.toEqual([
			'2',
			'Date',
			expect.stringMatching(/^'31\/13\/2025' is not a date/)
		]);
		await expect(report.textContent()).resolves.toContain('<script>'); // shown as text, never run
		await expect(report.getByTestId('report-summary').textContent()).resolves.toBe(
			'Nothing in this file can be imported: every row has a problem.'
		);
		await expect(report.getByRole('button', { name: /Replace|Import the/ }).count()).resolves.toBe(
			0
		);
		await report.getByRole('button', { name: /Cancel/ }).click();
		await expect(rowCount(page, 'meetings').textContent()).resolves.toBe(before);
		// Back to the card's file picker, to choose a corrected file, and said in its status.
		await expect(focused(page)).resolves.toEqual({ tag: 'input', type: 'file', table: 'meetings' });
		await expect(
			page.locator('[data-table=meetings] [data-testid=import-status]').textContent()
		).resolves.toBe('Nothing was changed: meetings-bad.csv was not imported.');

		await page
			.locator('[data-table=risks] input[type=file]')
			.setInputFiles(file('not-a-table.png', '\x89PNG\r\n\x1a\nrubbish'));
		await expect(page.getByTestId('import-report').textContent()).resolves.toMatch(
			/not a CSV|not.*spreadsheet|CSV or Excel/i
		);
		await page.close();
	});
});

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
			/^meetings-good\.csv could not be checked: the checker stopped \(.*the checker broke\)\. Nothing was changed\./
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
	it('warns when a zip was exported for another area', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await page
			.locator('[data-table=actions] [data-testid=row-count]')
			.filter({ hasText: /^32$/ })
			.waitFor();
		const zip = await exportEverything(page);
		await page.goto(site.url + '/area/E10000018/data');
		await chooseZip(page, zip);
		await expect(page.getByTestId('zip-other-area').textContent()).resolves.toContain(
			'This zip was exported for Southend-on-Sea, not Leicestershire'
		);
		await page.getByRole('button', { name: /Cancel: change nothing/ }).click();
		await page.close();
	});

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

		await chooseZip(page, zip);
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
		await chooseZip(page, Buffer.from(zip), 'mixed.zip');
		const report = page.getByTestId('zip-report');
		await report.waitFor();
		const meetings = report.locator('[data-zip-table=meetings]');
		await expect(meetings.getByTestId('good-rows').textContent()).resolves.toBe('1');
		await expect(meetings.getByTestId('bad-rows').textContent()).resolves.toBe('1');
		await expect(
			report
				.locator('[data-table-report=meetings] tbody tr', { hasText: '31/13/2025' })
				.locator('td')
				.allTextContents()
		).resolves.toEqual(['3', 'Date', expect.stringMatching(/^'31\/13\/2025' is not a date/)]);
		await expect(report.locator('[data-table-report=risks]').textContent()).resolves.toMatch(
			/risks\.csv.*no .*column/s
		);
		await expect(report.getByTestId('zip-notices').textContent()).resolves.toContain('notes.docx');
		// The unreadable risk register stops the whole zip; nothing can be half-imported.
		await expect(report.getByTestId('zip-blocked').textContent()).resolves.toContain('risks.csv');
		await expect(report.getByRole('button', { name: /Replace/ }).count()).resolves.toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await report.getByRole('button', { name: /Cancel/ }).click();
		await expect(page.getByTestId('zip-report').count()).resolves.toBe(0);
		await expect(page.getByTestId('zip-status').textContent()).resolves.toBe(
			'Nothing was changed: mixed.zip was not imported.'
		);
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
		).resolves.toBe('zip-input');
		expect(await rowCounts(page)).toEqual(before);
		await page.close();
	});

	it('drops the illustrative banner once the officer’s own files replace every table', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		const before = await rowCounts(page);
		// The same rows, as the officer's own files: no workspace.json saying they are made up.
		const files = unzipSync(new Uint8Array(await exportEverything(page)));
		delete files['workspace.json'];
		await chooseZip(page, Buffer.from(zipSync(files)), 'ours.zip');
		await page
			.getByTestId('zip-report')
			.getByRole('button', { name: /^Replace/ })
			.click();
		await page.getByTestId('zip-status').filter({ hasText: 'Replaced' }).waitFor();
		expect(await rowCounts(page)).toEqual(before);
		await expect(page.getByTestId('illustrative-banner').count()).resolves.toBe(0);
		await page.close();
	});

	it('keeps the demo labelled illustrative after an export and import of the zip', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		const zip = await exportEverything(page);
		await chooseZip(page, zip, 'demo.zip');
		const report = page.getByTestId('zip-report');
		await report.getByRole('button', { name: /^Replace/ }).click();
		await page.getByTestId('zip-status').filter({ hasText: 'Replaced' }).waitFor();
		await expect(page.getByTestId('illustrative-held').textContent()).resolves.toBe(
			'every table still holds the demo’s made-up rows.'
		);
		await expect(page.locator('[data-table=actions]').textContent()).resolves.toContain(
			'(illustrative demo data)'
		);
		// And on the pages that show the local measures.
		await page.goto(site.url + '/area/E06000033');
		const tiles = page.getByTestId('local-tiles');
		await tiles.locator('article').first().waitFor();
		await expect(tiles.getByTestId('illustrative-banner').count()).resolves.toBe(1);
		await page.close();
	});

	it('after export, undo and import of the zip, labels only the tables the export said were made up', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await rowCounts(page);
		await card(page, 'actions').locator('input[type=file]').setInputFiles(fiveActions('five.csv'));
		await page
			.getByTestId('import-report')
			.getByRole('button', { name: /^Replace all 32 current rows/ })
			.click();
		await rowsBecome(page, 'actions', 5);
		const held = await page.getByTestId('illustrative-held').textContent();
		expect(held).not.toContain('Actions');
		const zip = await exportEverything(page);
		expect(strFromU8(unzipSync(new Uint8Array(zip))['README.txt'])).not.toMatch(
			/made-up rows from a demo:\r\n.*actions\.csv/
		);
		await page.getByTestId('undo-last').click();
		await rowsBecome(page, 'actions', 32);

		await chooseZip(page, zip);
		await page
			.getByTestId('zip-report')
			.getByRole('button', { name: /^Replace/ })
			.click();
		await page.getByTestId('zip-status').filter({ hasText: 'Replaced' }).waitFor();
		await rowsBecome(page, 'actions', 5);
		for (const reload of [false, true]) {
			if (reload) {
				await page.reload();
				await rowsBecome(page, 'actions', 5);
			}
			await expect(page.getByTestId('illustrative-held').textContent()).resolves.toBe(held);
			const actions = await card(page, 'actions').textContent();
			expect(actions).toContain('Imported from actions.csv in E06000033-workspace.zip');
			expect(actions).not.toContain('illustrative');
			await expect(card(page, 'risks').textContent()).resolves.toMatch(
				/Imported from risks\.csv in E06000033-workspace\.zip on .* \(illustrative demo data\)/
			);
		}
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
