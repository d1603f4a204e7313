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
const REPLACE = 'Replace all 32 current rows with the 5 rows from this file';
const REMOVE_CHOICE =
	'Remove the 122 action updates, and take the links to the removed actions out of 11 risks';
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
		await expect(group.getByRole('radio', { name: REMOVE_CHOICE }).isChecked()).resolves.toBe(
			false
		);
		await expect(report.getByTestId('remove-hint').textContent()).resolves.toBe(
			'The 11 risks stay, with their other links. “Undo the last change” puts all of it back.'
		);
		// Every row that would be left referring to a removed action, by its key, by keyboard.
		const list = report.getByTestId('flagged-rows');
		const summary = list.locator('summary');
		await expect(summary.textContent()).resolves.toBe(
			'List them (122 action updates and 11 risks), with what each refers to'
		);
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(list.getAttribute('open')).resolves.toBe('');
		await expect(
			list.locator('[data-flagged-table=action_updates] tbody tr').count()
		).resolves.toBe(122);
		const risks = list.locator('[data-flagged-table=risks]');
		await expect(risks.locator('thead th').allTextContents()).resolves.toEqual([
			'Risk id',
			'Linked actions not found'
		]);
		await expect(risks.locator('tbody tr').count()).resolves.toBe(11);
		await expect(
			risks.locator('tbody tr').first().locator('td').first().textContent()
		).resolves.toBe('SR1');
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
			expect.stringMatching(
				/^11 risks \(SR1, SR\d+, SR\d+ and 8 more\) refer to actions that are not in the Actions table: /
			)
		]);
		// The card lists every flagged risk, with the actions it names that are not there.
		const onCard = card(page, 'risks').getByTestId('flagged-rows');
		await onCard.locator('summary').click();
		await expect(onCard.locator('summary').textContent()).resolves.toBe(
			'List the 11 risks and what each refers to'
		);
		await expect(onCard.locator('tbody tr').count()).resolves.toBe(11);
		await expect(
			onCard.locator('tbody tr').first().locator('td').allTextContents()
		).resolves.toEqual(['SR1', expect.stringMatching(/^\d+\.\d+(, \d+\.\d+)*$/)]);
		await expect(card(page, 'action_updates').locator('tbody tr').count()).resolves.toBe(122);
		expect(await seriousAxeViolations(page)).toEqual([]);
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
		await expect(report.getByRole('radio', { name: REMOVE_CHOICE }).isChecked()).resolves.toBe(
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

	it('says so when the check is cancelled, and puts focus back on the file picker', async () => {
		const page = await site.page();
		const report = await openWithFiveActions(page);
		await report.getByRole('button', { name: 'Cancel: change nothing' }).click();
		const status = card(page, 'actions').getByTestId('import-status');
		await expect(status.textContent()).resolves.toBe(
			'Nothing was changed: actions.csv was not imported.'
		);
		await expect(status.getAttribute('role')).resolves.toBe('status');
		await expect(
			page.evaluate(() =>
				document.activeElement?.closest('[data-table]')?.getAttribute('data-table')
			)
		).resolves.toBe('actions');
		expect(await rowCounts(page)).toEqual(DEMO);
		await page.close();
	});

	/** Replaces the actions with five, removing what refers to the others. */
	async function removeWithFive(page: Page) {
		const report = await openWithFiveActions(page);
		await report.getByRole('radio', { name: REMOVE_CHOICE }).check();
		await report.getByRole('button', { name: REMOVE, exact: true }).click();
		await rowsBecome(page, 'actions', '5');
	}
	const REMOVED = { ...DEMO, actions: '5', action_updates: '25' };
	const NOT_BACK =
		'Importing actions.csv also removed 122 action updates and took the links to removed actions out of 11 risks; going back to the demo data for Actions only does not undo that. To put every table back as it was before actions.csv was imported, undo the whole import instead (or press “Undo the last change” twice after this).';

	it('going back to the demo data for Actions only says what it leaves, and Undo twice puts everything back', async () => {
		const page = await site.page();
		await removeWithFive(page);
		const actions = card(page, 'actions');
		await actions
			.getByRole('button', { name: 'Go back to the demo data for Actions only' })
			.click();
		const confirm = actions.getByTestId('confirm-remove');
		await expect(confirm.locator('p').first().textContent()).resolves.toBe(
			'This removes the 5 rows you imported into Actions from this browser, and puts back the demo data. Export them first if you may need them.'
		);
		await expect(confirm.getByTestId('confirm-note').textContent()).resolves.toBe(NOT_BACK);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await confirm
			.getByRole('button', { name: 'Remove them from Actions only', exact: true })
			.click();
		await rowsBecome(page, 'actions', '32');
		expect(await rowCounts(page)).toEqual({ ...REMOVED, actions: '32' });

		// Two changes can be undone now, newest first; each says what it puts back.
		const undo = page.getByTestId('undo-last');
		await expect(undo.textContent()).resolves.toMatch(
			/^Undo the last change: going back to the demo data for Actions at \d\d:\d\d$/
		);
		await expect(page.getByTestId('undo-scope').textContent()).resolves.toBe(
			'It puts back Actions as it was before.'
		);
		await expect(page.getByTestId('undo-earlier').textContent()).resolves.toMatch(
			/^After it, 1 earlier change can be undone: importing actions\.csv at \d\d:\d\d\.$/
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.reload();
		await rowsBecome(page, 'actions', '32');
		await undo.click();
		const status = page.getByTestId('undo-status');
		await status.filter({ hasText: 'Restored' }).waitFor();
		await expect(status.textContent()).resolves.toBe(
			'Restored the 5 actions as they were before the demo data for Actions was put back.'
		);
		expect(await rowCounts(page)).toEqual(REMOVED);
		await expect(undo.textContent()).resolves.toMatch(
			/^Undo the last change: importing actions\.csv at \d\d:\d\d$/
		);
		await expect(page.getByTestId('undo-scope').textContent()).resolves.toBe(
			'It puts back every table it changed, as it was before: Actions, Action updates and Risk register.'
		);
		await expect(page.getByTestId('undo-earlier').count()).resolves.toBe(0);
		await undo.click();
		await status.filter({ hasText: 'actions.csv was imported' }).waitFor();
		await expect(status.textContent()).resolves.toBe(
			'Restored the 32 actions, 147 action updates and 13 risks as they were before actions.csv was imported.'
		);
		expect(await rowCounts(page)).toEqual(DEMO);
		await expect(undo.count()).resolves.toBe(0);
		await page.reload();
		expect(await rowCounts(page)).toEqual(DEMO);
		await page.close();
	});

	it('offers, when going back for one table, to undo the whole import instead', async () => {
		const page = await site.page();
		await removeWithFive(page);
		const actions = card(page, 'actions');
		await actions
			.getByRole('button', { name: 'Go back to the demo data for Actions only' })
			.click();
		await actions
			.getByTestId('confirm-remove')
			.getByRole('button', {
				name: 'Undo the whole import of actions.csv (all 3 tables it changed)',
				exact: true
			})
			.click();
		await page.getByTestId('undo-status').filter({ hasText: 'Restored' }).waitFor();
		await expect(page.getByTestId('undo-status').textContent()).resolves.toBe(
			'Restored the 32 actions, 147 action updates and 13 risks as they were before actions.csv was imported.'
		);
		expect(await rowCounts(page)).toEqual(DEMO);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tables');
		await expect(page.getByTestId('undo-last').count()).resolves.toBe(0);
		await page.close();
	});
});
