import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { templateCsv } from '$lib/workspace';
import { CHECK_TIME_LIMIT_KEY } from '$lib/workspace/store/import-client';
import { seriousAxeViolations, useSite } from './harness';
import { tablesRead } from './your-data';

/**
 * A check that runs past its time limit is stopped, says so, and leaves the page able to check
 * the next file. No file within the import limits is slow enough on its own, so the test sets
 * a tiny limit through the page's test hook (a localStorage key, read at each check) and
 * imports a large but ordinary file.
 */
const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'send-import-limits-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

const [header, example] = templateCsv('meetings', { example: true }).trim().split(/\r?\n/);
/** 150,000 meetings (about 10 MB): a few seconds to check, far past a 100 ms limit. */
const bigCsv = [
	header,
	...Array.from({ length: 150_000 }, (_, i) => `01/0${1 + (i % 9)}/20${10 + (i % 80)},Board ${i}`)
].join('\r\n');
const goodCsv = `${header}\r\n${example}\r\n`;

const meetingsInput = (page: Page) => page.locator('[data-table=meetings] input[type=file]');
const setLimit = (page: Page, ms: number | null) =>
	page.evaluate(
		([key, value]) =>
			value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value),
		[CHECK_TIME_LIMIT_KEY, ms === null ? null : String(ms)] as const
	);

describe('your data: a check that takes too long', () => {
	it('is stopped with words naming the file, and the next file is checked as usual', async () => {
		const page = await site.page();
		await page.goto(site.url + '/area/E06000033/data');
		await tablesRead(page);
		const errors = site.errors.length;

		await setLimit(page, 100);
		await meetingsInput(page).setInputFiles(file('big-meetings.csv', bigCsv));
		const refused = page.getByTestId('import-refused');
		await expect(refused.textContent({ timeout: 20_000 })).resolves.toMatch(
			/^Checking big-meetings\.csv took longer than 100 milliseconds, so it was stopped\. .* Nothing was changed\.$/
		);
		await expect(refused.getAttribute('role')).resolves.toBe('alert');
		await expect(page.getByTestId('import-report').count()).resolves.toBe(0);
		// The card is free again, and the page passes axe with the refusal showing.
		await expect(meetingsInput(page).isEnabled()).resolves.toBe(true);
		expect(await seriousAxeViolations(page)).toEqual([]);

		// Back to the normal limit: a good file is checked by a new worker, with no reload.
		await setLimit(page, null);
		await meetingsInput(page).setInputFiles(file('meetings-good.csv', goodCsv));
		const report = page.getByTestId('import-report');
		await expect(report.getByTestId('report-summary').textContent()).resolves.toBe(
			'1 row can be imported; no problems found.'
		);
		await expect(refused.count()).resolves.toBe(0);
		// The stopped worker is gone (Playwright hears of its end a moment later): one is left.
		await expect
			.poll(() => page.workers().filter((w) => /import\.worker/.test(w.url())).length)
			.toBe(1);
		expect(site.errors.slice(errors)).toEqual([]);
		await page.close();
	});
});
