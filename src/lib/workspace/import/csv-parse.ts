import { FileRefused } from './problems';

/**
 * A CSV reader (RFC 4180) that keeps spreadsheet row numbers: a record with a quoted line break
 * is still one row, as it is in Excel, so "row 14" in a report is row 14 on the officer's
 * screen. Reads comma-separated files, and semicolon or tab separated ones when the header has no commas.
 *
 * Blank rows are left out (their numbers are still counted), and empty cells past the last
 * column any table has are not kept, so a file of line breaks or commas cannot fill the memory.
 */
export interface RawRow {
	/** Spreadsheet row number; the first row is 1. */
	row: number;
	cells: string[];
}

export function tooManyRows(maxRows: number): FileRefused {
	return new FileRefused(
		`The file has more than ${maxRows.toLocaleString('en-GB')} rows, more than any table here needs. Remove the rows it does not need, then import it again.`
	);
}

export function parseCsv(text: string, maxColumns = Infinity, maxRows = Infinity): RawRow[] {
	const delimiter = detectDelimiter(text);
	const rows: RawRow[] = [];
	let row = 1;
	let cells: string[] = [];
	let cell = '';
	let i = 0;
	const n = text.length;
	const endCell = () => {
		if (cells.length < maxColumns) cells.push(cell);
		// Excel pads rows with empty cells as far as any formatted column; only values count.
		else if (cell !== '')
			throw new FileRefused(
				`Row ${row} has values beyond column ${maxColumns}; no table here has that many columns.`
			);
		cell = '';
	};
	const endRow = () => {
		endCell();
		if (cells.some((c) => c.trim() !== '')) {
			if (rows.length >= maxRows) throw tooManyRows(maxRows);
			rows.push({ row, cells });
		}
		row++;
		cells = [];
	};
	while (i < n) {
		const c = text[i];
		if (c === '"' && cell === '') {
			const start = row;
			let j = i + 1;
			for (;;) {
				const q = text.indexOf('"', j);
				if (q < 0)
					throw new FileRefused(
						`A quoted cell that starts on row ${start} is never closed, so the file cannot be read reliably. Look for a stray " in that row.`
					);
				cell += text.slice(j, q);
				if (text[q + 1] === '"') {
					cell += '"';
					j = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			// Anything between the closing quote and the delimiter is kept, as spreadsheets do.
			while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r')
				cell += text[i++];
		} else if (c === delimiter) {
			endCell();
			i++;
		} else if (c === '\n' || c === '\r') {
			endRow();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
		} else {
			const next = nextSpecial(text, i, delimiter);
			cell += text.slice(i, next);
			i = next;
		}
	}
	if (cell !== '' || cells.length > 0) endRow();
	return rows;
}

function nextSpecial(text: string, from: number, delimiter: string): number {
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === delimiter || c === '\n' || c === '\r') return i;
	}
	return text.length;
}

/** Comma unless the first line has none but has semicolons or tabs (European or tab exports). */
function detectDelimiter(text: string): string {
	let commas = 0;
	let semicolons = 0;
	let tabs = 0;
	let quoted = false;
	for (let i = 0; i < text.length && i < 65536; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (c === '\n' || c === '\r') break;
		else if (c === ',') commas++;
		else if (c === ';') semicolons++;
		else if (c === '\t') tabs++;
	}
	if (commas > 0) return ',';
	if (tabs > 0 && tabs >= semicolons) return '\t';
	return semicolons > 0 ? ';' : ',';
}
