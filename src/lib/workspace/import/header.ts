import type { Column, TableLayout } from '../schemas';
import type { RawRow } from './csv-parse';

/**
 * Finds the header row and matches its headings to a table's columns. Headings match whatever
 * their case, spacing or underscores ("due_date", "DUE DATE"), by any alias ("Deadline"), or
 * with a note in brackets after them ("Due date (DD/MM/YYYY)"). A title row or two above the
 * header, as officers often have, is skipped.
 *
 * Every pattern here runs in time linear in the cell: the header rows are any cells a file
 * holds, and a 1 MB cell of '(' once took minutes through /\s*\([^)]*\)$/ (see withoutNote).
 */
export interface HeaderMatch {
	/** Spreadsheet row number of the header. */
	headerRow: number;
	/** Rows above the header that had something in them (titles), skipped. */
	skippedRows: number[];
	/** For each column of the file, the layout column it holds, or null. */
	columns: (Column | null)[];
	/** The headings as the file wrote them (trimmed). */
	headings: string[];
	/** Headings no layout column matched, with their spreadsheet column index. */
	unknown: { index: number; heading: string }[];
	/** Required layout columns the file does not have. */
	missing: Column[];
	/** Layout columns that two or more headings matched. */
	repeated: { column: Column; headings: string[] }[];
}

/**
 * Longer headings are no column's name, even with a note in brackets, so they are not matched;
 * this also keeps a column's name short in every problem that names it.
 */
export const MAX_HEADING_CHARS = 250;

export function normaliseHeading(text: string): string {
	return (
		text
			.replace(/[\uFEFF\u200B]/g, '')
			.toLowerCase()
			.replace(/[_\s]+/g, ' ')
			// Linear: spaces are single by now, so \s* takes at most one character.
			.replace(/\s*\*$/, '')
			.trim()
	);
}

export function headingIndex(layout: TableLayout): Map<string, Column> {
	const index = new Map<string, Column>();
	for (const column of layout.columns)
		for (const name of [column.header, column.key, ...column.aliases])
			index.set(normaliseHeading(name), column);
	return index;
}

function lookup(index: Map<string, Column>, heading: string): Column | null {
	if (heading.length > MAX_HEADING_CHARS) return null;
	const name = normaliseHeading(heading);
	return index.get(name) ?? index.get(withoutNote(name)) ?? null;
}

/**
 * "due date (dd/mm/yyyy)" → "due date": the bracketed note at the end goes. Found with two
 * searches, not /\s*\([^)]*\)$/, which tries every '(' to the end of the text (quadratic).
 */
export function withoutNote(name: string): string {
	if (!name.endsWith(')')) return name;
	const open = name.indexOf('(', name.lastIndexOf(')', name.length - 2) + 1);
	return open < 0 ? name : name.slice(0, open).trimEnd();
}

const isBlank = (row: RawRow) => row.cells.every((cell) => cell.trim() === '');

/** Null when the rows hold nothing at all. */
export function matchHeader(layout: TableLayout, rows: RawRow[]): HeaderMatch | null {
	const index = headingIndex(layout);
	const candidates = rows.filter((row) => !isBlank(row)).slice(0, 10);
	if (candidates.length === 0) return null;
	let best = candidates[0];
	let bestScore = 0;
	for (const row of candidates) {
		const score = new Set(row.cells.map((cell) => lookup(index, cell)).filter(Boolean)).size;
		if (score > bestScore) [best, bestScore] = [row, score];
	}
	const headings = best.cells.map((cell) => cell.trim());
	const columns = headings.map((heading) => (heading === '' ? null : lookup(index, heading)));
	const unknown = headings
		.map((heading, i) => ({ index: i, heading }))
		.filter(({ heading, index: i }) => heading !== '' && columns[i] === null);
	const repeated = layout.columns
		.map((column) => ({ column, headings: headings.filter((_, i) => columns[i] === column) }))
		.filter((r) => r.headings.length > 1);
	return {
		headerRow: best.row,
		skippedRows: candidates.filter((row) => row.row < best.row).map((row) => row.row),
		columns,
		headings,
		unknown,
		missing: layout.columns.filter((c) => c.required && !columns.includes(c)),
		repeated
	};
}
