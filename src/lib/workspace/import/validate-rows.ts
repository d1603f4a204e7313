import { quote } from '../cells';
import { unneutralise } from '../formula-guard';
import type { Column, TableLayout } from '../schemas';
import type { RawRow } from './csv-parse';
import type { HeaderMatch } from './header';
import type { ImportLimits } from './limits';
import type { Progress } from './progress';
import { cellProblem, columnLetter, rowProblem, type Problem } from './problems';

/**
 * Reads each data row below the header into a typed row: every cell through its column's
 * parser, then the whole row through the table's zod schema (rules across cells, such as "a
 * revised date needs a reason"). A row with any problem is left out, and each problem is named
 * by row and column in plain words. What could be read of a row left out is kept for the checks
 * across rows.
 */
export interface Candidate {
	row: number;
	value: Record<string, unknown>;
	/** For a row left out: the columns whose cells could not be read (or are blank but needed). */
	unread?: ReadonlySet<string>;
}

export interface RowsResult {
	/** The rows that passed every check on their own. */
	candidates: Candidate[];
	/**
	 * The rows left out, with the cells that could be read, so checks across rows (repeated
	 * ids, references) can still report them and one report lists everything.
	 */
	leftOut: Candidate[];
	problems: Problem[];
	badRows: Set<number>;
	/** Rows with values under a column with no heading. */
	strayRows: number[];
}

export function validateRows(
	layout: TableLayout,
	match: HeaderMatch,
	rows: RawRow[],
	options: { file: string; limits: ImportLimits; progress?: Progress }
): RowsResult {
	const { file, limits, progress } = options;
	const result: RowsResult = {
		candidates: [],
		leftOut: [],
		problems: [],
		badRows: new Set(),
		strayRows: []
	};
	const headingOf = columnHeadings(layout, match);
	for (const raw of rows) {
		if (raw.row <= match.headerRow || raw.cells.every((c) => c.trim() === '')) continue;
		const problems: Problem[] = [];
		const value: Record<string, unknown> = {};
		const unread = new Set<string>();
		for (const column of layout.columns) value[column.key] = column.empty;
		raw.cells.forEach((cell, i) => {
			const column = match.columns[i];
			if (!column) {
				// Once per row, however many stray cells it has.
				if (!match.headings[i] && cell.trim() !== '' && result.strayRows.at(-1) !== raw.row)
					result.strayRows.push(raw.row);
				return;
			}
			progress?.at(raw.row, match.headings[i]);
			const parsed = readCell(column, cell, limits);
			if (parsed.ok) value[column.key] = parsed.value;
			else {
				unread.add(column.key);
				problems.push(cellProblem(file, raw.row, headingOf(column.key), parsed.message));
			}
		});
		for (const column of layout.columns)
			if (column.required && match.columns.includes(column) && isBlankCell(raw, match, column)) {
				unread.add(column.key);
				problems.push(
					cellProblem(
						file,
						raw.row,
						headingOf(column.key),
						'this cell is blank but must be filled in'
					)
				);
			}
		if (problems.length === 0) {
			const checked = checkRow(layout, value);
			if (checked.success) result.candidates.push({ row: raw.row, value: checked.data });
			else
				for (const issue of checked.error.issues) {
					const key = String(issue.path[0] ?? '');
					problems.push(
						key && layout.columns.some((c) => c.key === key)
							? cellProblem(file, raw.row, headingOf(key), issue.message)
							: rowProblem(file, raw.row, issue.message)
					);
				}
		}
		if (problems.length > 0) {
			result.badRows.add(raw.row);
			result.problems.push(...problems);
			result.leftOut.push({ row: raw.row, value, unread });
		}
	}
	result.strayRows = [...new Set(result.strayRows)];
	return result;
}

function readCell(
	column: Column,
	cell: string,
	limits: ImportLimits
): { ok: true; value: unknown } | { ok: false; message: string } {
	const text = unneutralise(cell.trim());
	if (text.length > limits.maxCellChars)
		return {
			ok: false,
			message: `the text is ${text.length.toLocaleString('en-GB')} characters long; a cell may hold at most ${limits.maxCellChars.toLocaleString('en-GB')}`
		};
	if (text === '') return { ok: true, value: column.empty };
	// A cell is a problem on its row, never a reason for the whole check to fail.
	try {
		return column.parse(text);
	} catch {
		return { ok: false, message: `${quote(text)} could not be read as ${column.format}` };
	}
}

/** The table's rules across a row's cells; a rule that fails unexpectedly is a row problem. */
function checkRow(layout: TableLayout, value: Record<string, unknown>) {
	try {
		return layout.schema.safeParse(value);
	} catch {
		const message = 'this row could not be checked; look for anything unusual in its cells';
		return { success: false as const, error: { issues: [{ path: [], message }] } };
	}
}

function isBlankCell(raw: RawRow, match: HeaderMatch, column: Column): boolean {
	const i = match.columns.indexOf(column);
	return (raw.cells[i] ?? '').trim() === '';
}

/** The heading a report names a column by: as the file wrote it, or the layout's own. */
export function columnHeadings(layout: TableLayout, match: HeaderMatch) {
	return (key: string): string => {
		const i = match.columns.findIndex((c) => c?.key === key);
		return i >= 0 ? match.headings[i] : (layout.columns.find((c) => c.key === key)?.header ?? key);
	};
}

/** "column K" for a heading-less column, for notices. */
export function describeColumn(index: number, heading: string): string {
	return heading === '' ? `column ${columnLetter(index)}` : quote(heading);
}
