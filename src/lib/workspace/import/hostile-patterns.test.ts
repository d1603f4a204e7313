import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { handMadeXlsx, sheetXml, tableCsv } from '../../../../tests/workspace-fixtures/make-files';
import { LAYOUTS, TABLE_NAMES } from '../schemas';
import { parseMilestones } from '../schemas/milestones';
import { withoutNote } from './header';
import { importTable } from './import-table';
import { bareFormat, isDateFormat } from './xlsx-styles';
import { readAttributes } from './xml-scan';

/**
 * Files built to make a pattern backtrack: each must be checked in well under a second (on a
 * busy two-core machine) and give a sensible report. The hostile text is made here, not kept
 * as files. Before the patterns were rewritten these took minutes or never finished.
 */
function timed<T>(run: () => T): { result: T; ms: number } {
	const start = performance.now();
	const result = run();
	return { result, ms: performance.now() - start };
}

const MB = 1 << 20;

describe('hostile files finish quickly', () => {
	it('a 1 MB cell of "(" in the header rows', () => {
		const bytes = strToU8(
			`Date,Board,${'('.repeat(MB)}\r\n03/12/2026,Health and Wellbeing Board\r\n`
		);
		const { result, ms } = timed(() => importTable('meetings', bytes, { file: 'm.csv' }));
		expect(ms).toBeLessThan(1000);
		expect(result.goodRows).toBe(1);
		expect(result.notices).toHaveLength(1);
		expect(result.notices[0].message).toMatch(/^The column '\(+…' is not part of/);
		expect(result.notices[0].message.length).toBeLessThan(500);
	});

	it('a 1 MB heading that ends in a note in brackets', () => {
		const bytes = strToU8(`Date (${'('.repeat(MB)}),Board\r\n03/12/2026,HWB\r\n`);
		const { result, ms } = timed(() => importTable('meetings', bytes, { file: 'm.csv' }));
		expect(ms).toBeLessThan(1000);
		// Too long to be a column's name, so the required Date column is missing.
		expect(result.refused).toBe(true);
		expect(result.problems[0].message).toMatch(/^The file has no 'Date' column/);
		expect(JSON.stringify(result).length).toBeLessThan(2000);
	});

	it('1,000 Milestones cells of 10,000 characters, mostly spaces', () => {
		const rows = Array.from({ length: 1000 }, (_, i) => ({
			'Measure id': `T${i}`,
			Milestones: `1${' '.repeat(9998)}x`
		}));
		const bytes = tableCsv('framework', rows);
		const known = { indicators: ['pct_within_20wk_excl_exceptions'] };
		const { result, ms } = timed(() => importTable('framework', bytes, { file: 'f.csv', known }));
		// A 10 MB file, so more time than the others; the old pattern took 200 s.
		expect(ms).toBeLessThan(2000);
		expect([result.goodRows, result.badRows]).toEqual([0, 1000]);
		expect(result.problems[0].message).toBe(
			"Row 2, column 'Milestones': '1 x' is not a milestone: write it as 55 by 31/03/2026"
		);
	});

	it('a 1 KB .xlsx whose sheet holds a 1 MB attribute name', () => {
		const inline = (ref: string, text: string) =>
			`<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
		const bytes = handMadeXlsx({
			sheets: [
				sheetXml([
					inline('A1', 'Date') + inline('B1', 'Board'),
					`<c r="A2" ${'a'.repeat(MB)} t="inlineStr"><is><t>03/12/2026</t></is></c>${inline('B2', 'HWB')}`
				])
			]
		});
		expect(bytes.length).toBeLessThan(5000);
		const { result, ms } = timed(() => importTable('meetings', bytes, { file: 'm.xlsx' }));
		expect(ms).toBeLessThan(1000);
		expect(result.rows).toEqual([expect.objectContaining({ date: '2026-12-03', board: 'HWB' })]);
	});

	it('a 1 MB number format full of "["', () => {
		const { result, ms } = timed(() => isDateFormat('['.repeat(MB)));
		expect(ms).toBeLessThan(1000);
		expect(result).toBe(false);
	});
});

describe('the rewritten patterns read what the old ones read', () => {
	const OLD_ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	const old = (tag: string) =>
		Object.fromEntries([...tag.matchAll(OLD_ATTR)].map((m) => [m[1], m[2] ?? m[3]]));

	it('attributes', () => {
		for (const tag of [
			' r="A1" t=\'s\'',
			' a = "1"  b=\'2\'/',
			' junk b="x > y" c=d e="f"',
			' a="x"b="y"',
			' a="unclosed b="2"',
			' r:id="rId1" x:y=\'z\'',
			'',
			' ==="1" a="" b=\'\''
		])
			expect({ ...readAttributes(tag) }, tag).toEqual(old(tag));
	});

	it('notes in brackets after a heading', () => {
		const OLD_NOTE = /\s*\([^)]*\)$/;
		for (const name of ['due date (dd/mm/yyyy)', 'a (b) c (d)', 'a (b (c)', '()', 'x))', ')', 'a'])
			expect(withoutNote(name), name).toBe(name.replace(OLD_NOTE, ''));
	});

	it('milestones', () => {
		const value = (text: string) => {
			const r = parseMilestones(text);
			return r.ok ? r.value : r.message;
		};
		expect(value('55 by 31/03/2026;  65  BY  30/09/2026')).toEqual([
			{ value: 55, date: '2026-03-31' },
			{ value: 65, date: '2026-09-30' }
		]);
		expect(value('55 by')).toBe("'55 by' is not a milestone: write it as 55 by 31/03/2026");
		expect(value('by 2026')).toBe("'by 2026' is not a milestone: write it as 55 by 31/03/2026");
	});

	it('number formats, without quotes, escapes and brackets', () => {
		expect(bareFormat('[$-809]dd "Week" \\h mmmm')).toBe('dd   mmmm');
		expect(bareFormat('[Red]0.0"%"')).toBe('0.0');
	});
});

/** Text that makes backtracking patterns slow, 50,000 characters of each (cells hold 10,000). */
function hostileTexts(n = 50_000): string[] {
	const fill = (unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
	return [
		`1${' '.repeat(n)}x`,
		fill('('),
		fill('['),
		`${fill('1')}x`,
		`${fill('1,')}x`,
		`${fill('1,234')}.x`,
		`1.${fill('1')}e`,
		fill('a by '),
		fill('-'),
		fill('&'),
		fill("'"),
		fill('q1 '),
		`2025-01-01 10:00:00.${fill('1')}x`,
		`01/01/2025${fill(' ')}x`,
		`apr${fill(' -')}x`,
		fill('a '),
		fill('1;'),
		fill('_x00'),
		`${fill('a')}=`
	];
}

describe('every column reads a hostile cell in time linear in its length', () => {
	it('all ten tables, every column', () => {
		const texts = hostileTexts();
		let slowest = { ms: 0, where: '' };
		const { ms } = timed(() => {
			for (const table of TABLE_NAMES)
				for (const column of LAYOUTS[table].columns)
					for (const [i, text] of texts.entries()) {
						const one = timed(() => column.parse(text));
						if (one.ms > slowest.ms)
							slowest = { ms: one.ms, where: `${table}.${column.key} #${i}` };
					}
		});
		// A quadratic pattern takes seconds on one of these; a linear one a few milliseconds (the
		// margin is for a busy machine).
		expect(slowest.ms, slowest.where).toBeLessThan(1000);
		expect(ms).toBeLessThan(20_000);
	});
});
