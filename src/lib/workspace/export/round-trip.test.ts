import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/workspace-fixtures/make-files';
import { importTable } from '../import/import-table';
import { LAYOUTS, TABLE_NAMES, type RowOf, type TableName } from '../schemas';
import { exportCsv } from './csv-write';
import { exportXlsx } from './xlsx-table';

/** Every table's good fixture, read as an officer's file. */
function goodRows<T extends TableName>(table: T): RowOf<T>[] {
	const report = importTable(table, fixture(`good/${table}.csv`), { file: `${table}.csv` });
	expect(report.problems).toEqual([]);
	return report.rows;
}

const reimport = <T extends TableName>(table: T, bytes: Uint8Array, file: string) => {
	const report = importTable(table, bytes, { file });
	expect(report.problems).toEqual([]);
	return report.rows;
};

const TRICKY = [
	'=SUM(A1:A9)',
	"'=already quoted",
	'+44 1702 215000',
	'@mention',
	'-5',
	'-x',
	"<script>alert('x')</script>",
	'<b>bold</b> &amp; more',
	'Line one\nLine two\n\nLine four',
	'Commas, "quotes" and ; semicolons',
	'£250 “curly” – dash € 😀',
	'_x0041_ looks like an Excel escape',
	'x'.repeat(10_000)
];

describe.each(TABLE_NAMES)('the %s table', (table) => {
	it('round-trips through CSV to exactly the same rows', () => {
		const rows = goodRows(table);
		expect(rows.length).toBeGreaterThan(0);
		expect(reimport(table, strToU8(exportCsv(table, rows)), `${table}.csv`)).toEqual(rows);
	});
	it('round-trips through .xlsx to exactly the same rows', () => {
		const rows = goodRows(table);
		expect(reimport(table, exportXlsx(table, rows), `${table}.xlsx`)).toEqual(rows);
	});
});

describe('awkward values', () => {
	const meetings: RowOf<'meetings'>[] = TRICKY.map((notes, i) => ({
		date: `2026-01-${String(i + 1).padStart(2, '0')}`,
		board: 'Health and Wellbeing Board',
		title: null,
		papers_due: null,
		location: i === 0 ? '-3' : null,
		notes
	}));
	const indicators: RowOf<'local_indicators'>[] = [
		-2.5,
		1e-7,
		1234567.891,
		0.1 + 0.2,
		0,
		-1e21
	].map((value, i) => ({
		...LAYOUTS.local_indicators.schema.parse({
			id: 'local_x',
			title: 'X',
			unit: 'score',
			unit_label: null,
			polarity: 'none',
			period_type: 'monthly',
			period: `2026-${String(i + 1).padStart(2, '0')}`,
			value,
			numerator: null,
			denominator: null,
			source_note: null
		})
	}));
	it('survive CSV and .xlsx unchanged: formulas, HTML, line breaks, symbols, long text', () => {
		expect(reimport('meetings', strToU8(exportCsv('meetings', meetings)), 'm.csv')).toEqual(
			meetings
		);
		expect(reimport('meetings', exportXlsx('meetings', meetings), 'm.xlsx')).toEqual(meetings);
	});
	it('keep numbers exact, negative ones as numbers', () => {
		expect(
			reimport('local_indicators', strToU8(exportCsv('local_indicators', indicators)), 'l.csv')
		).toEqual(indicators);
		expect(
			reimport('local_indicators', exportXlsx('local_indicators', indicators), 'l.xlsx')
		).toEqual(indicators);
		expect(exportCsv('local_indicators', indicators)).toContain(',-2.5,');
	});
});

describe('formula neutralisation on export', () => {
	const rows: RowOf<'meetings'>[] = [
		{
			date: '2026-12-03',
			board: '=cmd|"/c calc"!A1',
			title: '+1',
			papers_due: null,
			location: '@SUM(1)',
			notes: '-2.5'
		}
	];
	it('puts an apostrophe before CSV cells a spreadsheet could run, not before negative numbers', () => {
		const text = exportCsv('meetings', rows);
		expect(text.startsWith('\uFEFFDate,Board,Title,Papers due,Location,Notes\r\n')).toBe(true);
		expect(text).toContain(`2026-12-03,"'=cmd|""/c calc""!A1",'+1,,'@SUM(1),-2.5\r\n`);
	});
	it('writes .xlsx text as text with Excel’s quote prefix, never as a formula', () => {
		const sheet = new TextDecoder().decode(
			unzipSync(exportXlsx('meetings', rows))['xl/worksheets/sheet1.xml']
		);
		expect(sheet).not.toContain('<f>');
		expect(sheet).toContain(
			'<c r="B2" t="inlineStr" s="2"><is><t xml:space="preserve">=cmd|&quot;/c calc&quot;!A1</t></is></c>'
		);
		expect(sheet).toContain(
			'<c r="F2" t="inlineStr"><is><t xml:space="preserve">-2.5</t></is></c>'
		);
		const styles = new TextDecoder().decode(
			unzipSync(exportXlsx('meetings', rows))['xl/styles.xml']
		);
		expect(styles).toMatch(
			/<cellXfs count="6"><xf[^>]*\/><xf[^>]*\/><xf numFmtId="0" [^>]*quotePrefix="1"\/>/
		);
	});
	it('writes dates as real Excel dates shown DD/MM/YYYY', () => {
		const sheet = new TextDecoder().decode(
			unzipSync(exportXlsx('meetings', rows))['xl/worksheets/sheet1.xml']
		);
		expect(sheet).toContain('<c r="A2" s="1"><v>46359</v></c>');
	});
});
