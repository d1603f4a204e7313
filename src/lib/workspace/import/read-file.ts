import { clip, quote } from '../cells';
import { parseCsv, type RawRow } from './csv-parse';
import { decodeText } from './decode-text';
import { sizeAndLimit, type ImportLimits } from './limits';
import { FileRefused } from './problems';
import { sniff } from './sniff';
import { readXlsx } from './xlsx-read';

/**
 * Any file an officer drops in, to rows of cell text: CSV or .xlsx, told apart by content, not
 * by name. Everything that cannot be read is refused with a reason (FileRefused).
 */
export interface SheetRows {
	format: 'csv' | 'xlsx';
	/** The sheet read from an .xlsx, and the others it has. */
	sheet: string | null;
	otherSheets: string[];
	rows: RawRow[];
	/** Things worth telling that change nothing ("named .xlsx but holds CSV text"). */
	notes: string[];
}

/** Refuses a file by its size alone, before it is read (the UI can call it with File.size). */
export function checkSize(size: number, limits: ImportLimits): string | null {
	if (size <= limits.maxFileBytes) return null;
	const sizes = sizeAndLimit(size, limits.maxFileBytes);
	return `The file is ${sizes.size}; the largest file that can be imported is ${sizes.limit}. Remove old rows or split it, then import again.`;
}

export function readSpreadsheet(
	bytes: Uint8Array,
	options: { file: string; limits: ImportLimits; sheetNames?: string[] }
): SheetRows {
	const tooBig = checkSize(bytes.byteLength, options.limits);
	if (tooBig) throw new FileRefused(tooBig);
	if (bytes.byteLength === 0) throw new FileRefused('The file is empty.');
	const kind = sniff(bytes);
	const extension = /\.([a-z0-9]+)$/i.exec(options.file)?.[1]?.toLowerCase() ?? '';
	const notes: string[] = [];
	if (kind.kind === 'other')
		throw new FileRefused(`This is ${kind.what}, not a CSV or Excel (.xlsx) file. ${kind.hint}`);
	if (kind.kind === 'zip') {
		if (extension && extension !== 'xlsx')
			notes.push(`The file is named .${extension} but is an Excel workbook; it was read as one.`);
		const sheet = readXlsx(bytes, options.limits, options.sheetNames ?? []);
		if (sheet.sheets.length > 1)
			notes.push(
				`The workbook has ${sheet.sheets.length.toLocaleString('en-GB')} sheets; the sheet ${quote(sheet.sheet)} was read.`
			);
		return {
			format: 'xlsx',
			// Excel's names are at most 31 characters; a made-up workbook's are cut short.
			sheet: clip(sheet.sheet, 100),
			otherSheets: sheet.sheets.filter((s) => s !== sheet.sheet),
			rows: sheet.rows,
			notes
		};
	}
	const text = decodeText(bytes);
	if (text.trim() === '') throw new FileRefused('The file is empty.');
	if (extension === 'xlsx' || extension === 'xls')
		notes.push(`The file is named .${extension} but holds CSV text; it was read as CSV.`);
	return {
		format: 'csv',
		sheet: null,
		otherSheets: [],
		rows: parseCsv(text, options.limits.maxColumns, options.limits.maxRows),
		notes
	};
}
