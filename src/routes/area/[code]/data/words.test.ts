import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type ImportReport } from '$lib/workspace';
import {
	acceptedWords,
	acceptWords,
	cancelledWords,
	confirmWords,
	listWords,
	reportSummary,
	undoneWords,
	undoWords,
	USED_BY
} from './words';

const report = (goodRows: number, badRows: number, refused = false): ImportReport => ({
	file: 'actions.csv',
	table: 'actions',
	format: 'csv',
	sheet: null,
	refused,
	rows: [],
	rowNumbers: [],
	goodRows,
	badRows,
	problems: [],
	problemCount: badRows,
	notices: []
});

describe('the Your data page’s words', () => {
	it('say on the accept button how many current rows go and how many come in', () => {
		expect(acceptWords(report(5, 0), 32)).toBe(
			'Replace all 32 current rows with the 5 rows from this file'
		);
		expect(acceptWords(report(1, 6), 32)).toBe(
			'Replace all 32 current rows with the 1 row that passed the checks (6 rows with problems will be left out)'
		);
		expect(acceptWords(report(1200, 1), 1)).toBe(
			'Replace the 1 current row with the 1,200 rows that passed the checks (1 row with problems will be left out)'
		);
		expect(acceptWords(report(2, 0), 0)).toBe(
			'Import the 2 rows from this file into the empty table'
		);
	});

	it('say plainly when nothing in a file can be imported', () => {
		expect(reportSummary(report(0, 4))).toBe(
			'Nothing in this file can be imported: every row has a problem.'
		);
		expect(reportSummary(report(3, 1))).toBe(
			'3 rows can be imported; 1 row has problems and will be left out.'
		);
		expect(reportSummary(report(0, 0, true))).toBe('Nothing can be imported from this file.');
	});

	it('say what an accepted import, a cancelled one and an undone one did', () => {
		expect(cancelledWords('five.csv')).toBe('Nothing was changed: five.csv was not imported.');
		expect(acceptedWords(report(12, 0))).toBe('Actions: replaced with 12 rows from actions.csv.');
		expect(acceptedWords(report(12, 2))).toBe(
			'Actions: replaced with 12 rows from actions.csv (2 rows with problems left out).'
		);
		expect(undoneWords('actions', 32, 'demo')).toBe(
			'Actions: your import was removed; it holds the demo data again (32 rows).'
		);
		expect(undoneWords('risks', 0, null)).toBe(
			'Risk register: your import was removed; the table is empty.'
		);
	});

	it('name what undoing an import goes back to, and warn what it removes', () => {
		expect(undoWords('actions', 'demo')).toBe('Go back to the demo data for Actions only');
		expect(undoWords('risks', 'dashboard')).toBe(
			'Go back to the data this dashboard came with for Risk register only'
		);
		expect(undoWords('actions', null)).toBe('Remove my import from Actions only');
		expect(confirmWords('actions', 12, null)).toBe(
			'This removes the 12 rows you imported into Actions from this browser. Export them first if you may need them.'
		);
		expect(confirmWords('actions', 1, 'demo')).toBe(
			'This removes the 1 row you imported into Actions from this browser, and puts back the demo data. Export it first if you may need it.'
		);
	});

	it('say where every table is shown, and list words', () => {
		for (const table of TABLE_NAMES) expect(USED_BY[table], table).toMatch(/^(Shown on|Kept)/);
		expect(USED_BY.local_indicators).toContain('At a glance and All measures');
		expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
		expect(listWords(['A'])).toBe('A');
	});
});
