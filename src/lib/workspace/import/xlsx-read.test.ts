import { describe, expect, it } from 'vitest';
import { fixture, handMadeXlsx, sheetXml } from '../../../../tests/workspace-fixtures/make-files';
import { withLimits } from './limits';
import { FileRefused } from './problems';
import { importTable } from './import-table';
import { readXlsx } from './xlsx-read';
import { isDateFormat, serialToIso } from './xlsx-styles';

const limits = withLimits();
const cells = (bytes: Uint8Array, prefer: string[] = []) =>
	readXlsx(bytes, limits, prefer).rows.map((r) => [r.row, ...r.cells]);

const STYLES = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Week &quot;0"/></numFmts>
<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="0" quotePrefix="1"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

describe('readXlsx', () => {
	it('reads a workbook another library wrote: shared strings, dates, percentages, formulas', () => {
		const sheet = readXlsx(fixture('good/actions-from-exceljs.xlsx'), limits, ['actions']);
		expect(sheet.sheet).toBe('Actions');
		expect(sheet.sheets).toEqual(['Notes', 'Actions']);
		const row5 = sheet.rows.find((r) => r.row === 5)!.cells;
		expect(row5.slice(0, 11)).toEqual([
			'1.2',
			'1',
			'Agree data sharing',
			'Head of Performance',
			'ICB',
			'2026-04-01',
			'2026-10-31',
			'2027-01-31',
			'IG sign-off moved',
			'At Risk',
			'60%'
		]);
		expect(row5[13]).toBe('Bold and plain');
		// A formula cell gives the value Excel calculated; the formula is never run here.
		expect(sheet.rows.find((r) => r.row === 6)!.cells[10]).toBe('40%');
	});

	it('turns styled numbers into what the officer sees', () => {
		const bytes = handMadeXlsx({
			styles: STYLES,
			sheets: [
				sheetXml([
					'<c r="A1" s="1"><v>46295</v></c><c r="B1" s="4"><v>46295.5</v></c><c r="C1" s="2"><v>0.462</v></c><c r="D1" s="5"><v>3</v></c>',
					'<c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="str"><f>A1</f><v>text</v></c><c r="D2" t="d"><v>2026-09-30</v></c>'
				])
			]
		});
		expect(cells(bytes)).toEqual([
			[1, '2026-09-30', '2026-09-30 12:00:00', '46.2%', '3'],
			[2, 'TRUE', '#N/A', 'text', '2026-09-30']
		]);
	});

	it('counts dates from 1904 when the workbook says so', () => {
		const bytes = handMadeXlsx({
			styles: STYLES,
			date1904: true,
			sheets: [sheetXml(['<c r="A1" s="1"><v>0</v></c>'])]
		});
		expect(cells(bytes)).toEqual([[1, '1904-01-01']]);
	});

	it('keeps sparse cells in their columns and real row numbers', () => {
		const xml = `<worksheet><sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>b</t></is></c><c r="D3"><v>4</v></c></row><row r="7"><c><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>`;
		expect(cells(handMadeXlsx({ sheets: [xml] }))).toEqual([
			[3, '', 'b', '', '4'],
			[7, '1', '2']
		]);
	});

	it('reads rich text, phonetic guides and escapes in shared strings', () => {
		const strings = `<sst><si><r><t>Bold </t></r><r><t xml:space="preserve">and plain</t></r></si><si><t>漢字</t><rPh><t>かんじ</t></rPh></si><si><t>a_x000D_b &lt;script&gt;</t></si></sst>`;
		const xml = sheetXml([
			'<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>99</v></c>'
		]);
		expect(cells(handMadeXlsx({ strings, sheets: [xml] }))).toEqual([
			[1, 'Bold and plain', '漢字', 'a\rb <script>']
		]);
	});

	it('marks text typed with Excel’s apostrophe prefix so the import reads it back exactly', () => {
		const xml = sheetXml([
			'<c r="A1" t="inlineStr" s="3"><is><t>=SUM(A1)</t></is></c><c r="B1" t="inlineStr" s="3"><is><t>plain</t></is></c>'
		]);
		expect(cells(handMadeXlsx({ styles: STYLES, sheets: [xml] }))).toEqual([
			[1, "'=SUM(A1)", 'plain']
		]);
	});

	it('chooses the sheet named for the table, or the first', () => {
		const bytes = handMadeXlsx({
			names: ['Cover', 'Risk register'],
			sheets: [
				sheetXml(['<c r="A1" t="inlineStr"><is><t>cover</t></is></c>']),
				sheetXml(['<c r="A1" t="inlineStr"><is><t>risks</t></is></c>'])
			]
		});
		expect(cells(bytes, ['risks', 'risk register'])).toEqual([[1, 'risks']]);
		expect(cells(bytes, ['actions'])).toEqual([[1, 'cover']]);
	});

	it('refuses sheets with too many columns and parts with a DOCTYPE', () => {
		const wide = handMadeXlsx({
			sheets: [sheetXml(['<c r="A1"><v>1</v></c><c r="ZZ1"><v>1</v></c>'])]
		});
		expect(() => readXlsx(wide, limits)).toThrow(/has values beyond column 200/);
		const styled = handMadeXlsx({
			sheets: [sheetXml(['<c r="A1"><v>1</v></c><c r="XFD1" s="1"/>'])]
		});
		expect(readXlsx(styled, limits).rows).toEqual([{ row: 1, cells: ['1'] }]);
		const doctype = handMadeXlsx({ sheets: ['<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>'] });
		expect(() => readXlsx(doctype, limits)).toThrow(FileRefused);
	});

	it('knows date formats from number formats', () => {
		expect(['dd/mm/yyyy', 'd-mmm-yy', '[$-809]dd mmmm yyyy', 'h:mm'].map(isDateFormat)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['0.0', '#,##0', '"Week "0', '0%', 'General', '[Red]0.00'].map(isDateFormat)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false
		]);
		expect(serialToIso(61, false)).toBe('1900-03-01');
		expect(serialToIso(45382, false)).toBe('2024-03-31');
	});

	it('turns a day count Excel cannot show as a date into its number, never an error', () => {
		expect(serialToIso(2_958_465, false)).toBe('9999-12-31');
		for (const serial of [1e308, -1, -1e308, 2_958_466, NaN, Infinity])
			expect(serialToIso(serial, false), String(serial)).toBeNull();
		const xml = sheetXml([
			'<c r="A1" s="1"><v>1E+308</v></c><c r="B1" s="1"><v>-5</v></c><c r="C1" s="1"><v>2958466</v></c><c r="D1" s="1"><v>NaN</v></c>'
		]);
		expect(cells(handMadeXlsx({ styles: STYLES, sheets: [xml] }))).toEqual([
			[1, '1e+308', '-5', '2958466', 'NaN']
		]);
	});

	it('reads odd row numbers and cell references without failing', () => {
		const xml = `<worksheet><sheetData><row r="1e300"><c r="1A"><v>1</v></c><c r=""><v>2</v></c></row><row r="-4"><c r="B"><v>3</v></c></row></sheetData></worksheet>`;
		expect(cells(handMadeXlsx({ sheets: [xml] }))).toEqual([
			[1, '1', '2'],
			[2, '', '3']
		]);
	});
});

describe('every cell of a workbook becomes a row’s problem, never a failed check', () => {
	it('date cells holding impossible day counts', () => {
		const text = (ref: string, value: string) =>
			`<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
		const rows = ['1E+308', '-1', '2958466', '1e20', '45994'].map(
			(serial, i) => `<c r="A${i + 2}" s="1"><v>${serial}</v></c>${text(`B${i + 2}`, 'HWB')}`
		);
		const bytes = handMadeXlsx({
			styles: STYLES,
			sheets: [sheetXml([text('A1', 'Date') + text('B1', 'Board'), ...rows])]
		});
		const report = importTable('meetings', bytes, { file: 'm.xlsx' });
		expect(report.refused).toBe(false);
		expect(report.rows.map((r) => r.date)).toEqual(['2025-12-03']);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Date': '1e+308' is not a date: write it as DD/MM/YYYY or YYYY-MM-DD",
			"Row 3, column 'Date': '-1' is not a date: write it as DD/MM/YYYY or YYYY-MM-DD",
			"Row 4, column 'Date': '2958466' is not a date: write it as DD/MM/YYYY or YYYY-MM-DD",
			"Row 5, column 'Date': '100000000000000000000' is not a date: write it as DD/MM/YYYY or YYYY-MM-DD"
		]);
	});
});
