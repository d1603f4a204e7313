import { keptTest, type KeptReference } from '../kept-references';
import { quote } from '../cells';
import { LAYOUTS, layoutOf, type RowOf, type TableName } from '../schemas';
import type { RawRow } from './csv-parse';
import { matchHeader } from './header';
import { withLimits, type ImportLimits } from './limits';
import { FileRefused, fileProblem, listAtMost, type Problem } from './problems';
import type { Progress } from './progress';
import { readSpreadsheet } from './read-file';
import { checkTable, type KnownIds } from './table-checks';
import { columnHeadings, describeColumn, validateRows } from './validate-rows';

/**
 * Import one file into one table, as a report the user reads before anything changes: the good
 * rows (typed), every problem by row and column, and counts. It never throws for a bad file and
 * never changes anything itself; the caller keeps or discards `rows` as a whole.
 */
export interface ImportReport<T extends TableName = TableName> {
	file: string;
	table: T;
	format: 'csv' | 'xlsx' | null;
	sheet: string | null;
	/** True when the file as a whole could not be used; `rows` is then empty. */
	refused: boolean;
	/** The good rows, typed, in file order, and their spreadsheet row numbers. */
	rows: RowOf<T>[];
	rowNumbers: number[];
	goodRows: number;
	badRows: number;
	/** Problems that refuse the file or leave rows out, file-level first, then by row. */
	problems: Problem[];
	/** How many problems there were in all (the list stops at the limit). */
	problemCount: number;
	/** Things worth knowing that change nothing: ignored columns, skipped title rows. */
	notices: Problem[];
}

export interface ImportOptions {
	/** The file's name, as shown in the report. */
	file: string;
	limits?: Partial<ImportLimits>;
	/** Ids in the other tables (and published indicator ids), for checking references. */
	known?: KnownIds;
	/**
	 * The published indicators' ids, so a local indicator cannot take one. Given apart from
	 * `known`, which leaves indicators out while the local indicators are the table being
	 * replaced. An array, not a Set, where the options cross to the import worker.
	 */
	publishedIndicators?: Iterable<string>;
	/** References a zip's workspace.json says were kept pointing at nothing on purpose. */
	keptMissing?: readonly KeptReference[];
	/** Told where the check has got to (the import worker reports it, see progress.ts). */
	progress?: Progress;
}

/** Why a file with a header and nothing under it is refused (an exported empty table, say). */
export const NO_DATA_ROWS = 'The file has a header row but no rows of data.';

/** True when the only thing wrong with the file is that it has no rows: the table is empty. */
export function isEmptyTable(report: ImportReport): boolean {
	return (
		report.refused && report.problems.length === 1 && report.problems[0].message === NO_DATA_ROWS
	);
}

export function importTable<T extends TableName>(
	table: T,
	bytes: Uint8Array,
	options: ImportOptions
): ImportReport<T> {
	const limits = withLimits(options.limits);
	options.progress?.file(options.file);
	try {
		const sheet = readSpreadsheet(bytes, {
			file: options.file,
			limits,
			sheetNames: [table, LAYOUTS[table].title]
		});
		const report = importRows(table, sheet.rows, { ...options, limits });
		const notes = sheet.notes.map((note) => fileProblem(options.file, note));
		return {
			...report,
			format: sheet.format,
			sheet: sheet.sheet,
			notices: [...notes, ...report.notices]
		};
	} catch (error) {
		if (!(error instanceof FileRefused)) throw error;
		return refusedReport(table, options.file, [fileProblem(options.file, error.message)]);
	}
}

/** The same checks on rows already read (from a workspace .zip, say). */
export function importRows<T extends TableName>(
	table: T,
	rows: RawRow[],
	options: ImportOptions
): ImportReport<T> {
	const { file } = options;
	const limits = withLimits(options.limits);
	const layout = layoutOf(table);
	const match = matchHeader(layout, rows);
	if (!match) return refusedReport(table, file, [fileProblem(file, 'The file is empty.')]);
	const expected = `Expected columns: ${layout.columns.map((c) => `'${c.header}'${c.required ? ' (required)' : ''}`).join(', ')}.`;
	const what = `the ${layout.title.toLowerCase()} table`;
	const fileProblems = match.repeated.map((r) =>
		fileProblem(
			file,
			`The columns ${listAtMost(r.headings.map(quote))} ${r.headings.length === 2 ? 'both hold' : 'all hold'} '${r.column.header}'; keep one.`
		)
	);
	if (match.missing.length > 0)
		fileProblems.unshift(
			fileProblem(
				file,
				`The file has no ${listAtMost(
					match.missing.map((c) => `'${c.header}'`),
					Infinity
				)} column${match.missing.length > 1 ? 's' : ''}, which ${what} needs. ${expected}`
			)
		);
	const notices: Problem[] = [];
	if (match.unknown.length > 0) {
		// At most ten named: a sheet may have up to limits.maxColumns of them.
		const names = match.unknown
			.slice(0, 10)
			.map(({ index, heading }) => describeColumn(index, heading));
		const one = match.unknown.length === 1;
		notices.push(
			fileProblem(
				file,
				`The column${one ? '' : 's'} ${listAtMost(names, 10, match.unknown.length)} ${one ? 'is' : 'are'} not part of ${what} and ${one ? 'was' : 'were'} ignored. ${expected}`
			)
		);
	}
	if (match.skippedRows.length > 0)
		notices.unshift(
			fileProblem(
				file,
				`The header was found on row ${match.headerRow}; the rows above it were skipped.`
			)
		);
	if (fileProblems.length > 0) return refusedReport(table, file, fileProblems, notices);

	const headingOf = columnHeadings(layout, match);
	const checked = validateRows(layout, match, rows, { file, limits, progress: options.progress });
	options.progress?.at(null, null);
	const across = checkTable(layout, checked.candidates, {
		file,
		known: options.known,
		headingOf,
		leftOut: checked.leftOut,
		publishedIndicators: options.publishedIndicators,
		isKept: keptTest(table, options.keptMissing)
	});
	const good = checked.candidates.filter((c) => !across.badRows.has(c.row));
	if (checked.strayRows.length > 0)
		notices.push(
			fileProblem(
				file,
				`${checked.strayRows.length === 1 ? 'Row' : 'Rows'} ${listAtMost(checked.strayRows.slice(0, 10).map(String), 10, checked.strayRows.length)} ${checked.strayRows.length === 1 ? 'has' : 'have'} values in a column with no heading; the values were ignored.`
			)
		);
	const badRows = new Set([...checked.badRows, ...across.badRows]).size;
	if (good.length === 0 && badRows === 0)
		return refusedReport(table, file, [fileProblem(file, NO_DATA_ROWS)], notices);
	const problems = [...checked.problems, ...across.problems].sort(
		(a, b) => (a.row ?? 0) - (b.row ?? 0)
	);
	return {
		file,
		table,
		format: null,
		sheet: null,
		refused: false,
		rows: good.map((c) => c.value) as RowOf<T>[],
		rowNumbers: good.map((c) => c.row),
		goodRows: good.length,
		badRows,
		problems: problems.slice(0, limits.maxProblems),
		problemCount: problems.length,
		notices
	};
}

function refusedReport<T extends TableName>(
	table: T,
	file: string,
	problems: Problem[],
	notices: Problem[] = []
): ImportReport<T> {
	return {
		file,
		table,
		format: null,
		sheet: null,
		refused: true,
		rows: [],
		rowNumbers: [],
		goodRows: 0,
		badRows: 0,
		problems,
		problemCount: problems.length,
		notices
	};
}

/** One line for the top of the report: "38 rows can be imported; 3 rows have problems." */
export function summariseReport(report: ImportReport): string {
	if (report.refused) return 'Nothing can be imported from this file.';
	const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
	const good = `${rows(report.goodRows)} can be imported`;
	return report.badRows === 0
		? `${good}; no problems found.`
		: `${good}; ${rows(report.badRows)} ${report.badRows === 1 ? 'has' : 'have'} problems and will be left out.`;
}
