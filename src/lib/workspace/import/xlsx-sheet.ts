import { neutralise } from '../formula-guard';
import { tooManyRows, type RawRow } from './csv-parse';
import { FileRefused } from './problems';
import { serialToIso, styleAt, type CellStyle } from './xlsx-styles';
import { attr, scanXml } from './xml-scan';

/**
 * The cells of one worksheet (and the workbook's shared strings) as rows of text, with the
 * sheet's own row numbers so a report's "row 14" is row 14 in Excel.
 */

/** Excel escapes characters XML cannot hold as _xHHHH_ (a return is _x000D_). */
export function decodeExcelEscapes(text: string): string {
	return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
		String.fromCharCode(parseInt(hex, 16))
	);
}

/** Rich-text runs are joined; phonetic guides (rPh) are not part of the text. */
export function readSharedStrings(xml: string): string[] {
	const strings: string[] = [];
	let current = '';
	let inT = false;
	let inPhonetic = false;
	scanXml(xml, {
		open(name) {
			if (name === 'si') current = '';
			else if (name === 'rPh') inPhonetic = true;
			else if (name === 't' && !inPhonetic) inT = true;
		},
		close(name) {
			if (name === 'si') strings.push(decodeExcelEscapes(current));
			else if (name === 'rPh') inPhonetic = false;
			else if (name === 't') inT = false;
		},
		text(text) {
			if (inT) current += text;
		}
	});
	return strings;
}

export interface SheetContext {
	strings: string[];
	styles: CellStyle[];
	date1904: boolean;
	maxColumns: number;
	/** Most rows with a value the sheet may have (see ImportLimits.maxRows). */
	maxRows?: number;
}

export function readSheet(xml: string, ctx: SheetContext): RawRow[] {
	const rows: RawRow[] = [];
	let row: RawRow | null = null;
	let cell = { column: -1, type: '', style: undefined as string | undefined, value: '', text: '' };
	let collect: 'v' | 't' | null = null;
	let inPhonetic = false;
	let lastRow = 0;
	scanXml(xml, {
		open(name, attrs) {
			if (name === 'row') {
				// A row number that is no whole number (r="1e300", r="x") counts on from the last.
				const r = Number(attr(attrs, 'r'));
				lastRow = Number.isSafeInteger(r) && r > 0 ? r : lastRow + 1;
				row = { row: lastRow, cells: [] };
				cell.column = -1;
			} else if (name === 'c' && row) {
				// A reference with no column letters ("1A", "") is taken as the next column.
				const at = columnIndex(attr(attrs, 'r') ?? '');
				const column = at >= 0 ? at : cell.column + 1;
				cell = {
					column,
					type: attr(attrs, 't') ?? 'n',
					style: attr(attrs, 's'),
					value: '',
					text: ''
				};
			} else if (name === 'v') collect = 'v';
			else if (name === 'rPh') inPhonetic = true;
			else if (name === 't' && !inPhonetic) collect = 't';
		},
		close(name) {
			if (name === 'v' || name === 't') collect = null;
			else if (name === 'rPh') inPhonetic = false;
			else if (name === 'c' && row) {
				const text = safeCellText(cell, ctx);
				if (text === '') return;
				// Empty, merely formatted cells far to the right are common; values there are not.
				if (cell.column >= ctx.maxColumns)
					throw new FileRefused(
						`Row ${row.row} has values beyond column ${ctx.maxColumns}; no table here has that many columns.`
					);
				row.cells[cell.column] = text;
			} else if (name === 'row' && row) {
				if (row.cells.length > 0) {
					if (rows.length >= (ctx.maxRows ?? Infinity)) throw tooManyRows(ctx.maxRows!);
					rows.push({ row: row.row, cells: Array.from(row.cells, (c) => c ?? '') });
				}
				row = null;
			}
		},
		text(text) {
			if (collect === 'v') cell.value += text;
			else if (collect === 't') cell.text += text;
		}
	});
	return rows;
}

function columnIndex(ref: string): number {
	let index = 0;
	for (const ch of ref.toUpperCase()) {
		const code = ch.charCodeAt(0);
		if (code < 65 || code > 90) break;
		index = index * 26 + (code - 64);
	}
	return index - 1;
}

/**
 * One odd cell must never stop the file: should reading one fail in a way not foreseen, its
 * stored value is passed on as it is, and the column's own check then reports it on its row.
 */
function safeCellText(cell: Parameters<typeof cellText>[0], ctx: SheetContext): string {
	try {
		return cellText(cell, ctx);
	} catch {
		return cell.value || cell.text;
	}
}

/** A cell as the text an officer sees: dates as YYYY-MM-DD, percentages with %, TRUE/FALSE. */
function cellText(
	cell: { type: string; style?: string; value: string; text: string },
	ctx: SheetContext
): string {
	const style = styleAt(ctx.styles, cell.style);
	const asText = (text: string) => (style.quotePrefix ? neutralise(text) : text);
	switch (cell.type) {
		case 's':
			return asText(ctx.strings[Number(cell.value)] ?? '');
		case 'inlineStr':
			return asText(decodeExcelEscapes(cell.text));
		case 'str':
		case 'e':
			return asText(decodeExcelEscapes(cell.value));
		case 'b':
			return cell.value === '1' ? 'TRUE' : 'FALSE';
		case 'd':
			return cell.value;
	}
	if (cell.value.trim() === '') return '';
	const number = Number(cell.value);
	if (!Number.isFinite(number)) return cell.value;
	if (style.date) return serialToIso(number, ctx.date1904) ?? String(number);
	if (style.percent) return `${Number((number * 100).toPrecision(15))}%`;
	return String(number);
}
