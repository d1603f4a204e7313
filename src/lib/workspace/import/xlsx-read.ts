/**
 * Reads an .xlsx workbook into rows of cell text, with no Excel library.
 *
 * Why no library: the npm `xlsx` (SheetJS) package is frozen at 0.18.5 with published CVEs
 * (prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363); exceljs pulls in a large tree
 * (jszip, archiver, unzipper, tmp) and inflates whole entries; read-excel-file inflates with
 * no size limit we can set. An .xlsx is a zip of a few XML parts, so reading it ourselves with
 * fflate (one small, dependency-free, widely used package; 0.8.3 fixes CVE-2026-45820 and we
 * never call its unzip) lets us check every declared size before inflating and stop inflation
 * the moment it passes the limit, and use an XML scanner that expands no custom entities.
 * Formulas are never run: a formula cell gives the value Excel last calculated.
 */
import { quote } from '../cells';
import type { RawRow } from './csv-parse';
import type { ImportLimits } from './limits';
import { FileRefused } from './problems';
import { readSharedStrings, readSheet } from './xlsx-sheet';
import { readStyles } from './xlsx-styles';
import { attr, scanXml } from './xml-scan';
import { inflateEntry, listZip, newBudget, type ZipEntry } from './zip-read';

export interface XlsxSheet {
	/** The sheet read, and every sheet's name (so a report can say which was chosen). */
	sheet: string;
	sheets: string[];
	rows: RawRow[];
}

const NOT_A_WORKBOOK: [RegExp, string][] = [
	[/^word\//, 'a Word document'],
	[/^ppt\//, 'a PowerPoint presentation'],
	[/^content\.xml$/, 'an OpenDocument file (such as .ods)']
];

/**
 * Reads the sheet whose name matches one of `prefer` (case and spacing ignored), or the first.
 * Throws FileRefused, in plain words, for anything it will not read.
 */
export function readXlsx(
	bytes: Uint8Array,
	limits: ImportLimits,
	prefer: string[] = []
): XlsxSheet {
	const entries = new Map(listZip(bytes, limits).map((e) => [e.name, e]));
	const budget = newBudget(limits);
	const read = (entry: ZipEntry) => new TextDecoder().decode(inflateEntry(bytes, entry, budget));
	const part = (path: string) => {
		const entry = entries.get(path);
		return entry ? read(entry) : null;
	};
	const workbookPath = officeDocument(part('_rels/.rels')) ?? 'xl/workbook.xml';
	const workbook = part(workbookPath);
	if (workbook === null) {
		const name = [...entries.keys()]
			.map((n) => NOT_A_WORKBOOK.find(([re]) => re.test(n)))
			.find(Boolean);
		throw new FileRefused(
			`The file is ${name ? name[1] : 'a zip archive'}, not an Excel workbook. Save it from Excel as .xlsx or as CSV UTF-8.`
		);
	}
	const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
	const rels = relationships(part(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`), dir);
	const { sheets, date1904 } = readWorkbook(workbook);
	if (sheets.length === 0) throw new FileRefused('The workbook has no sheets.');
	const wanted = prefer.map(normalise);
	const chosen = sheets.find((s) => wanted.includes(normalise(s.name))) ?? sheets[0];
	const target = rels.byId.get(chosen.rid);
	const sheetXml = target ? part(target) : null;
	if (sheetXml === null)
		throw new FileRefused(`The sheet ${quote(chosen.name)} is missing from the workbook.`);
	const stylesPath = rels.byType('styles');
	const stringsPath = rels.byType('sharedStrings');
	const styles = stylesPath ? readStyles(part(stylesPath) ?? '') : [];
	const strings = stringsPath ? readSharedStrings(part(stringsPath) ?? '') : [];
	return {
		sheet: chosen.name,
		sheets: sheets.map((s) => s.name),
		rows: readSheet(sheetXml, {
			strings,
			styles,
			date1904,
			maxColumns: limits.maxColumns,
			maxRows: limits.maxRows
		})
	};
}

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

function officeDocument(xml: string | null): string | null {
	if (xml === null) return null;
	let target: string | null = null;
	scanXml(xml, {
		open(name, attrs) {
			if (name === 'Relationship' && /\/officeDocument$/.test(attr(attrs, 'Type') ?? ''))
				target = (attr(attrs, 'Target') ?? '').replace(/^\//, '');
		}
	});
	return target;
}

function relationships(xml: string | null, dir: string) {
	const byId = new Map<string, string>();
	const types: [string, string][] = [];
	if (xml !== null)
		scanXml(xml, {
			open(name, attrs) {
				if (name !== 'Relationship') return;
				const raw = attr(attrs, 'Target') ?? '';
				const path = raw.startsWith('/') ? raw.slice(1) : resolve(dir, raw);
				byId.set(attr(attrs, 'Id') ?? '', path);
				types.push([attr(attrs, 'Type') ?? '', path]);
			}
		});
	return {
		byId,
		byType: (type: string) => types.find(([t]) => t.endsWith(`/${type}`))?.[1] ?? null
	};
}

function resolve(dir: string, relative: string): string {
	const parts = (dir + relative).split('/');
	const out: string[] = [];
	for (const p of parts)
		if (p === '..') out.pop();
		else if (p !== '.') out.push(p);
	return out.join('/');
}

function readWorkbook(xml: string) {
	const sheets: { name: string; rid: string }[] = [];
	let date1904 = false;
	scanXml(xml, {
		open(name, attrs) {
			if (name === 'sheet')
				sheets.push({
					name: attr(attrs, 'name') ?? '',
					rid: attrs['r:id'] ?? attr(attrs, 'id') ?? ''
				});
			if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(attrs, 'date1904') ?? '');
		}
	});
	return { sheets, date1904 };
}
