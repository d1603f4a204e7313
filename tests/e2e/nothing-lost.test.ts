import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '$lib/workspace';
import { seriousAxeViolations, useSite } from './harness';
import { card, chooseZip, exportEverything, fiveActions, rowCounts, rowsBecome } from './your-data';

/**
 * Replacing the demo's 32 actions with 5: the report names the updates and risks that refer to
 * the other 27, the person chooses to keep them (flagged) or remove them too, the cards and a
 * reload show exactly that, and "Undo the last change" puts everything back and says so.
 */
const site = useSite();

const DEMO = {
	meetings: '23',
	local_indicators: '126',
	framework: '22',
	plans: '1',
	priorities: '5',
	actions: '32',
	action_updates: '147',
	risks: '13',
	risk_reviews: '64',
	survey_responses: '260'
};
const SUMMARY =
	'122 action updates and 11 risks refer to actions that actions.csv removes (1.6, 1.7, 2.1, 2.2, 2.3 and 22 more).';
const REPLACE = 'Replace all 32 current rows with the 5 good rows from this file';
const KEEP = `${REPLACE}; keep the 122 action updates and 11 risks that refer to the others, flagged`;
const REMOVE = `${REPLACE}; remove the 122 action updates that refer to the others and the links to them from 11 risks`;

const flags = (page: Page, table: string) =>
	card(page, table).getByTestId('missing-refs').allTextContents();

async function openWithFiveActions(page: Page) {
	await page.goto(site.url + '/area/E06000033/data');
	expect(await rowCounts(page)).toEqual(DEMO);
	await card(page, 'actions').locator('input[type=file]').setInputFiles(fiveActions());
	const report = page.getByTestId('import-report');
	await report.getByTestId('dependents').waitFor();
	return report;
}

describe('nothing lost: replacing the demo’s actions with five', () => {
	it('names the rows that refer to the removed actions, keeps them by default (flagged), and undoes it', async () => {
		const page = await site.page();
		const report = await openWithFiveActions(page);
		await expect(report.getByTestId('dependents-summary').textContent()).resolves.toBe(SUMMARY);
		// A radio group with a legend; keeping is chosen until the person says otherwise.
		const group = report.getByRole('group', { name: 'What should happen to them?' });
		const keep = group.getByRole('radio', { name: /^Keep them as they are/ });
		await expect(keep.isChecked()).resolves.toBe(true);
		await expect(group.getByRole('radio', { name: 'Remove them too' }).isChecked()).resolves.toBe(
			false
		);
		await expect(report.getByTestId('remove-hint').textContent()).resolves.toBe(
			'This removes 122 action updates. The links to the removed actions are taken out of 11 risks, which stay.'
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		// Nothing has changed yet.
		expect(await rowCounts(page)).toEqual(DEMO);

		await report.getByRole('button', { name: KEEP, exact: true }).click();
		await rowsBecome(page, 'actions', '5');
		const kept = { ...DEMO, actions: '5' };
		expect(await rowCounts(page)).toEqual(kept);
		await expect(flags(page, 'action_updates')).resolves.toEqual([
			'122 action updates refer to actions that are not in the Actions table: 1.6, 1.7, 2.1, 2.2, 2.3 and 22 more.'
		]);
		await expect(flags(page, 'risks')).resolves.toEqual([
			expect.stringMatching(/^11 risks refer to actions that are not in the Actions table: /)
		]);
		await expect(
			card(page, 'action_updates').getByTestId('import-status').textContent()
		).resolves.toBe(
			'Action updates: 122 action updates now refer to actions that are not there; kept, and flagged.'
		);

		// A reload reads the shipped updates and risks again, and drops none of them.
		await page.reload();
		expect(await rowCounts(page)).toEqual(kept);
		await expect(flags(page, 'action_updates')).resolves.toHaveLength(1);
		await expect(flags(page, 'risk_reviews')).resolves.toEqual([]);

		const undo = page.getByTestId('undo-last');
		await expect(undo.textContent()).resolves.toMatch(
			/^Undo the last change: importing actions\.csv at \d\d:\d\d$/
		);
		await undo.click();
		await page.getByTestId('undo-status').filter({ hasText: 'Restored' }).waitFor();
		await expect(page.getByTestId('undo-status').textContent()).resolves.toBe(
			'Restored the 32 actions as they were before actions.csv was imported.'
		);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tables');
		expect(await rowCounts(page)).toEqual(DEMO);
		await expect(flags(page, 'action_updates')).resolves.toEqual([]);
		await expect(page.getByTestId('undo-last').count()).resolves.toBe(0);
		await page.close();
	});

	it('removes them too when chosen (by keyboard), a reload shows exactly that, and Undo puts every table back', async () => {
		const page = await site.page();
		const report = await openWithFiveActions(page);
		const keep = report.getByRole('radio', { name: /^Keep them as they are/ });
		await keep.focus();
		await page.keyboard.press('ArrowDown');
		await expect(report.getByRole('radio', { name: 'Remove them too' }).isChecked()).resolves.toBe(
			true
		);
		const accept = report.getByRole('button', { name: REMOVE, exact: true });
		await expect(accept.count()).resolves.toBe(1);
		expect(await seriousAxeViolations(page)).toEqual([]);

		await accept.click();
		await rowsBecome(page, 'actions', '5');
		const removed = { ...DEMO, actions: '5', action_updates: '25' };
		expect(await rowCounts(page)).toEqual(removed);
		await expect(card(page, 'risks').getByTestId('import-status').textContent()).resolves.toBe(
			'Risk register: took the links to removed actions out of 11 risks.'
		);
		for (const table of TABLE_NAMES) await expect(flags(page, table), table).resolves.toEqual([]);

		await page.reload();
		expect(await rowCounts(page)).toEqual(removed);
		for (const table of TABLE_NAMES) await expect(flags(page, table), table).resolves.toEqual([]);

		await page.getByTestId('undo-last').click();
		await page.getByTestId('undo-status').filter({ hasText: 'Restored' }).waitFor();
		await expect(page.getByTestId('undo-status').textContent()).resolves.toBe(
			'Restored the 32 actions, 147 action updates and 13 risks as they were before actions.csv was imported.'
		);
		expect(await rowCounts(page)).toEqual(DEMO);
		await expect(card(page, 'risks').textContent()).resolves.toContain('Illustrative demo data');
		await page.reload();
		expect(await rowCounts(page)).toEqual(DEMO);
		await expect(page.getByTestId('undo-last').count()).resolves.toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.close();
	});

	it('exports a workspace with flagged rows and imports it back to exactly the same rows', async () => {
		const page = await site.page();
		const report = await openWithFiveActions(page);
		await report.getByRole('button', { name: KEEP, exact: true }).click();
		await rowsBecome(page, 'actions', '5');
		const before = await rowCounts(page);
		await chooseZip(page, await exportEverything(page));
		const zipReport = page.getByTestId('zip-report');
		await zipReport.waitFor();
		for (const table of TABLE_NAMES)
			await expect(
				zipReport.locator(`[data-zip-table=${table}]`).getByTestId('bad-rows').textContent(),
				table
			).resolves.toBe('0');
		await expect(zipReport.getByTestId('zip-notices').textContent()).resolves.toContain(
			'122 action updates refer to actions not in this zip; kept as they were exported, and flagged.'
		);
		// The zip holds every table, so it leaves no other rows behind to ask about.
		await expect(zipReport.getByTestId('dependents').count()).resolves.toBe(0);
		await zipReport.getByRole('button', { name: /^Replace 10 tables/ }).click();
		await page.getByTestId('zip-status').filter({ hasText: 'Replaced' }).waitFor();
		expect(await rowCounts(page)).toEqual(before);
		await expect(flags(page, 'action_updates')).resolves.toHaveLength(1);
		await expect(page.getByTestId('undo-last').textContent()).resolves.toMatch(
			/^Undo the last change: importing E06000033-workspace\.zip at /
		);
		await page.close();
	});
});
