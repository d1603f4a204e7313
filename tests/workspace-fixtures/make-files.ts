import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { templateCsv } from '../../src/lib/workspace/export/xlsx-table';
import type { TableName } from '../../src/lib/workspace/schemas';

/**
 * Builds the hostile and hand-made files the workspace import tests need, in memory, so no
 * large or dangerous file is ever committed: zip bombs, lying zips, big CSVs, small .xlsx
 * files with exactly the parts a test wants.
 */

/** A fixture file's bytes, by path under tests/workspace-fixtures/. */
export function fixture(path: string): Uint8Array {
	return new Uint8Array(readFileSync(fileURLToPath(new URL(path, import.meta.url))));
}

/** A CSV of about `bytes` bytes: a valid header, then the same data row over and over. */
export function bigCsv(bytes: number): Uint8Array {
	const header = 'Date,Board,Title\r\n';
	const line = strToU8('03/12/2026,Health and Wellbeing Board,A meeting with a long title\r\n');
	const out = new Uint8Array(bytes);
	out.set(strToU8(header));
	for (let at = header.length; at + line.length <= bytes; at += line.length) out.set(line, at);
	return out;
}

/**
 * A CSV for a table: its header, then one row per entry, each the template's example row with
 * the cells named (by heading) changed. For files of many rows that differ in a few cells.
 */
export function tableCsv(table: TableName, rows: Record<string, string>[]): Uint8Array {
	const [header, example] = templateCsv(table, { example: true })
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n')
		.map(splitCsvLine);
	const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
	const lines = rows.map((changes) =>
		header.map((h, i) => cell(h in changes ? changes[h] : example[i])).join(',')
	);
	return strToU8([header.map(cell).join(','), ...lines].join('\r\n'));
}

/** One line of a template (no line breaks inside cells). */
function splitCsvLine(line: string): string[] {
	const cells: string[] = [];
	for (let i = 0; i <= line.length;) {
		if (line[i] === '"') {
			let text = '';
			let j = i + 1;
			for (;;) {
				const q = line.indexOf('"', j);
				text += line.slice(j, q);
				if (line[q + 1] === '"') {
					text += '"';
					j = q + 2;
				} else {
					i = q + 2;
					break;
				}
			}
			cells.push(text);
		} else {
			const comma = line.indexOf(',', i);
			const end = comma < 0 ? line.length : comma;
			cells.push(line.slice(i, end));
			i = end + 1;
		}
	}
	return cells;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

/** The parts every workbook needs, pointing at xl/worksheets/sheet1.xml (and styles, strings). */
function skeleton(options: { date1904?: boolean; sheets?: string[] } = {}): Record<string, string> {
	const sheets = options.sheets ?? ['Sheet1'];
	return {
		'[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="${PKG}/content-types"/>`,
		'_rels/.rels': `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`
	};
}

/** A small .xlsx from hand-written parts: sheet XML (one per sheet), styles, shared strings. */
export function handMadeXlsx(parts: {
	sheets: string[];
	names?: string[];
	styles?: string;
	strings?: string;
	date1904?: boolean;
}): Uint8Array {
	const files: Record<string, string> = skeleton({
		date1904: parts.date1904,
		sheets: parts.names ?? parts.sheets.map((_, i) => `Sheet${i + 1}`)
	});
	parts.sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
	if (parts.styles) files['xl/styles.xml'] = parts.styles;
	if (parts.strings) files['xl/sharedStrings.xml'] = parts.strings;
	return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

/** A sheet's XML from rows of cells written as XML fragments. */
export function sheetXml(rows: string[]): string {
	return `<worksheet xmlns="${MAIN}"><sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join('')}</sheetData></worksheet>`;
}

/**
 * An .xlsx zip bomb: a real workbook whose sheet inflates to `megabytes` MB of spaces. Built
 * with fflate's streaming zip, 1 MB at a time, so the test never holds the inflated sheet.
 */
export function xlsxBomb(megabytes: number): Uint8Array {
	const chunks: Uint8Array[] = [];
	const zip = new Zip((error, data) => {
		if (error) throw error;
		chunks.push(data);
	});
	for (const [name, text] of Object.entries(skeleton())) {
		const file = new ZipDeflate(name);
		zip.add(file);
		file.push(strToU8(text), true);
	}
	const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
	zip.add(sheet);
	sheet.push(strToU8(`<worksheet xmlns="${MAIN}"><sheetData>`));
	const spaces = new Uint8Array(1 << 20).fill(0x20);
	for (let i = 0; i < megabytes; i++) sheet.push(spaces);
	sheet.push(strToU8('</sheetData></worksheet>'), true);
	zip.end();
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * A copy of a zip whose central directory declares other sizes for one entry: a liar that
 * says "1 KB" and inflates to hundreds of MB, or a ZIP64 sentinel with no ZIP64 field.
 */
export function withDeclared(
	zip: Uint8Array,
	name: string,
	sizes: { size?: number; compressedSize?: number }
): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	const wanted = strToU8(name);
	for (let at = out.length - 46; at >= 0; at--) {
		if (view.getUint32(at, true) !== 0x02014b50) continue;
		const length = view.getUint16(at + 28, true);
		const entryName = out.subarray(at + 46, at + 46 + length);
		if (length !== wanted.length || !entryName.every((b, i) => b === wanted[i])) continue;
		if (sizes.compressedSize !== undefined) view.setUint32(at + 20, sizes.compressedSize, true);
		if (sizes.size !== undefined) view.setUint32(at + 24, sizes.size, true);
		return out;
	}
	throw new Error(`${name} is not in the zip`);
}
