/**
 * Writes a table as a one-sheet .xlsx with fflate (see import/xlsx-read.ts for why no Excel
 * library): text as inline strings, numbers as numbers, dates as real Excel dates shown
 * DD/MM/YYYY. Text that could run as a formula keeps its value but gets Excel's "quote prefix"
 * style, so editing the cell never turns it into a formula; the reader maps it back exactly.
 */
import { strToU8, zipSync } from 'fflate';
import { needsNeutralising } from '../formula-guard';
import { columnLetter } from '../import/problems';
import type { CellOut } from '../schemas';
import type { TableCells } from './table-cells';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Fixed, so the same rows always give the same bytes. */
const MTIME = new Date(Date.UTC(2020, 0, 1));

/** Style indexes in styles.xml's cellXfs. */
const STYLE = { date: 1, quote: 2, header: 3, wrap: 4, quoteWrap: 5 };

export function writeXlsx(sheetName: string, cells: TableCells): Uint8Array {
	const files: Record<string, string> = {
		'[Content_Types].xml': contentTypes(),
		'_rels/.rels': rels([['officeDocument', 'xl/workbook.xml']]),
		'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetTitle(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': rels([
			['worksheet', 'worksheets/sheet1.xml'],
			['styles', 'styles.xml']
		]),
		'xl/styles.xml': STYLES,
		'xl/worksheets/sheet1.xml': sheet(cells)
	};
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])),
		{ level: 6, mtime: MTIME }
	);
}

function sheet({ header, body }: TableCells): string {
	const widths = header.map((h, i) => {
		const longest = Math.max(h.length, ...body.slice(0, 200).map((row) => cellLength(row[i])));
		return Math.min(60, Math.max(10, longest + 2));
	});
	const cols = widths
		.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
		.join('');
	const rows = [
		row(
			1,
			header.map((h, i) => stringCell(`${columnLetter(i)}1`, h, STYLE.header))
		),
		...body.map((cells, r) =>
			row(
				r + 2,
				cells.map((c, i) => cell(`${columnLetter(i)}${r + 2}`, c))
			)
		)
	];
	const frozen = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
	return `${HEAD}<worksheet xmlns="${MAIN}">${frozen}<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;

function cell(ref: string, value: CellOut): string {
	if (value === null) return '';
	if ('number' in value) return `<c r="${ref}"><v>${value.number}</v></c>`;
	if ('date' in value)
		return `<c r="${ref}" s="${STYLE.date}"><v>${dateSerial(value.date)}</v></c>`;
	const multiline = value.text.includes('\n');
	const style = needsNeutralising(value.text)
		? multiline
			? STYLE.quoteWrap
			: STYLE.quote
		: multiline
			? STYLE.wrap
			: 0;
	return stringCell(ref, value.text, style);
}

function stringCell(ref: string, text: string, style: number): string {
	const s = style ? ` s="${style}"` : '';
	return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(escapeExcel(text))}</t></is></c>`;
}

function cellLength(value: CellOut): number {
	if (value === null) return 0;
	if ('text' in value) return Math.max(...value.text.split('\n').map((line) => line.length));
	return 'date' in value ? 10 : String(value.number).length;
}

/** Days since 30 December 1899, Excel's count for dates. */
export function dateSerial(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
	);
}

/** Text that happens to look like Excel's _xHHHH_ escape is itself escaped, so it reads back. */
function escapeExcel(text: string): string {
	return text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_').replace(/\r/g, '_x000D_');
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :. */
function sheetTitle(name: string): string {
	return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';
}

function contentTypes(): string {
	const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
	return `${HEAD}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`;
}

function rels(list: [type: string, target: string][]): string {
	const items = list
		.map(
			([type, target], i) =>
				`<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`
		)
		.join('');
	return `${HEAD}<Relationships xmlns="${PKG}/relationships">${items}</Relationships>`;
}

const XF = 'fontId="0" fillId="0" borderId="0" xfId="0"';
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" ${XF}/><xf numFmtId="164" ${XF} applyNumberFormat="1"/><xf numFmtId="0" ${XF} quotePrefix="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" ${XF} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" ${XF} quotePrefix="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
