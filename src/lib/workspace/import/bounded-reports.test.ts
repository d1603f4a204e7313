import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../../tests/workspace-fixtures/make-files';
import { importTable } from './import-table';
import { listAtMost } from './problems';

/**
 * However many rows, ids or columns a file has, every message names a few and counts the rest,
 * and the report stays small: the list of problems stops at limits.maxProblems and no problem
 * grows with the file.
 */
const known = { indicators: ['local_ehc_20wk_monthly'] };

describe('listAtMost', () => {
	it('lists a few and counts the rest', () => {
		expect(listAtMost(['a'])).toBe('a');
		expect(listAtMost(['a', 'b', 'c'])).toBe('a, b and c');
		expect(listAtMost(['2', '3', '4', '5', '6', '7', '8'])).toBe('2, 3, 4, 5, 6 and 2 more');
		expect(listAtMost(['2', '3'], 5, 100_000)).toBe('2, 3 and 99,998 more');
	});
});

describe('reports stay small', () => {
	it('100,000 rows repeating one id: each row names five others, in a few seconds', () => {
		const header = 'Measure id,Domain,Outcome,Measure,Indicator id,Comparator\r\n';
		const row = 'M1,D,O,M,local_ehc_20wk_monthly,England\r\n';
		const bytes = strToU8(header + row.repeat(100_000));
		const start = performance.now();
		const report = importTable('framework', bytes, { file: 'framework.csv', known });
		const ms = performance.now() - start;
		expect([report.goodRows, report.badRows, report.problemCount]).toEqual([0, 100_000, 100_000]);
		expect(report.problems).toHaveLength(500);
		expect(report.problems[0].message).toBe(
			"Row 2, column 'Measure id': 'M1' is also on rows 3, 4, 5, 6, 7 and 99,994 more; each measure id must be used once"
		);
		expect(report.problems[1].detail).toBe(
			"'M1' is also on rows 2, 4, 5, 6, 7 and 99,994 more; each measure id must be used once"
		);
		expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
		// About 1.5 s on an idle two-core machine; the margin is for a shared one. Listing every
		// other row on each row took minutes and gigabytes.
		expect(ms).toBeLessThan(10_000);
	});

	it('a combination repeated, with long values, is cut short', () => {
		const board = 'B'.repeat(10_000);
		const rows = Array.from({ length: 3 }, () => ({ Board: board }));
		const report = importTable('meetings', tableCsv('meetings', rows), { file: 'm.csv' });
		expect(report.problems[0].message).toBe(
			`Row 2: the same Date 2026-12-03, Board ${'B'.repeat(57)}… is also on rows 3 and 4; each combination must be used once`
		);
	});

	it('rows of a group that disagree quote their values cut short', () => {
		const rows: Record<string, string>[] = [
			{ Title: 'A'.repeat(10_000) },
			{ Title: 'B'.repeat(10_000), Period: '2026-08' }
		];
		const report = importTable('local_indicators', tableCsv('local_indicators', rows), {
			file: 'l.csv'
		});
		expect(report.problems.map((p) => p.detail)).toEqual([
			`'${'B'.repeat(57)}…' differs from '${'A'.repeat(57)}…' on row 2 for the same Indicator id local_ehc_20wk_monthly`
		]);
	});

	it('a cell naming thousands of missing ids names three', () => {
		const ids = Array.from({ length: 1000 }, (_, i) => `ind_${i}`).join('; ');
		const report = importTable('actions', tableCsv('actions', [{ 'Linked indicators': ids }]), {
			file: 'a.csv',
			known
		});
		expect(report.problems.map((p) => p.detail)).toEqual([
			"there is no indicator 'ind_0' among the published or local indicators; there is no indicator 'ind_1' among the published or local indicators; there is no indicator 'ind_2' among the published or local indicators; and 997 more that do not exist"
		]);
	});

	it('a sheet of 150 unknown columns names ten, and repeated headings are listed once each', () => {
		const extra = Array.from({ length: 150 }, (_, i) => `Extra ${i}`);
		const csv = `Date,Board,${extra.join(',')}\r\n03/12/2026,HWB\r\n`;
		const report = importTable('meetings', strToU8(csv), { file: 'm.csv' });
		expect(report.notices[0].message).toMatch(
			/^The columns 'Extra 0', 'Extra 1', .*'Extra 9' and 140 more are not part of the board meetings table/
		);
		const three = importTable('meetings', strToU8('Date,Board,Meeting date,DATE\r\n'), {
			file: 'm.csv'
		});
		expect(three.problems[0].message).toBe(
			"The columns 'Date', 'Meeting date' and 'DATE' all hold 'Date'; keep one."
		);
	});

	it('stray values under no heading are counted once per row', () => {
		const rows = Array.from({ length: 100 }, () => '03/12/2026,HWB,,x,y').join('\r\n');
		const report = importTable('meetings', strToU8(`Date,Board\r\n${rows}`), { file: 'm.csv' });
		expect(report.notices.at(-1)!.message).toBe(
			'Rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 90 more have values in a column with no heading; the values were ignored.'
		);
	});

	it('a file of more rows than the limit is refused in plain words', () => {
		const csv = `Date,Board\r\n${'03/12/2026,HWB\r\n'.repeat(20)}`;
		const report = importTable('meetings', strToU8(csv), {
			file: 'm.csv',
			limits: { maxRows: 10 }
		});
		expect(report.refused).toBe(true);
		expect(report.problems[0].message).toBe(
			'The file has more than 10 rows, more than any table here needs. Remove the rows it does not need, then import it again.'
		);
	});
});
