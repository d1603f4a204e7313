/**
 * The Your data page's words: counts of rows, what accepting a file will do, the report's
 * summary, and where each table is shown. Kept here, beside the page, not in the schemas.
 */
import { LAYOUTS, summariseReport, type ImportReport, type TableName } from '$lib/workspace';

const number = new Intl.NumberFormat('en-GB');

/** "1 row", "1,200 rows". */
export const rowsWord = (n: number) => `${number.format(n)} row${n === 1 ? '' : 's'}`;

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const titleOf = (table: TableName) => LAYOUTS[table].title;

/** The report's one-line summary; says plainly when nothing at all can be imported. */
export function reportSummary(report: ImportReport): string {
	if (!report.refused && report.goodRows === 0)
		return 'Nothing in this file can be imported: every row has a problem.';
	return summariseReport(report);
}

/** The accept button: how many rows the table holds now, all of which go, and what replaces them. */
export function acceptWords(report: ImportReport, current: number): string {
	// "Good" only means something beside rows that were not: then they are the ones that passed.
	const good = `the ${rowsWord(report.goodRows)} ${report.badRows > 0 ? `that passed the checks` : 'from this file'}`;
	const main =
		current === 0
			? `Import ${good} into the empty table`
			: current === 1
				? `Replace the 1 current row with ${good}`
				: `Replace all ${number.format(current)} current rows with ${good}`;
	if (report.badRows === 0) return main;
	const bad = `${rowsWord(report.badRows)} with problems`;
	return `${main} (${bad} will be left out)`;
}

/** Said after a table import is accepted, in the card's status. */
export function acceptedWords(report: ImportReport): string {
	const leftOut = report.badRows > 0 ? ` (${rowsWord(report.badRows)} with problems left out)` : '';
	return `${titleOf(report.table)}: replaced with ${rowsWord(report.goodRows)} from ${report.file}${leftOut}.`;
}

/** Said in the table's (or the zip's) status when a checked file is cancelled. */
export const cancelledWords = (file: string) => `Nothing was changed: ${file} was not imported.`;

/** What the shipped workspace is, in the words the page uses for it; null when none is shipped. */
export type ShippedKind = 'demo' | 'dashboard' | null;

/**
 * The card's button that undoes an officer's import in that one table, by what there is to go
 * back to; "Undo the last change" is the one that undoes a change in every table it touched.
 */
export function undoWords(table: TableName, shipped: ShippedKind): string {
	const title = titleOf(table);
	if (shipped === 'demo') return `Go back to the demo data for ${title} only`;
	if (shipped === 'dashboard')
		return `Go back to the data this dashboard came with for ${title} only`;
	return `Remove my import from ${title} only`;
}

/** The confirm step's warning before an import is undone. */
export function confirmWords(table: TableName, rows: number, shipped: ShippedKind): string {
	const back =
		shipped === 'demo'
			? ', and puts back the demo data'
			: shipped === 'dashboard'
				? ', and puts back the data this dashboard came with'
				: '';
	if (rows === 0)
		return `This removes your import into ${titleOf(table)} from this browser (it has no rows)${back}.`;
	return `This removes the ${rowsWord(rows)} you imported into ${titleOf(table)} from this browser${back}. Export ${rows === 1 ? 'it' : 'them'} first if you may need ${rows === 1 ? 'it' : 'them'}.`;
}

/** Said after an import is undone, in the card's status. */
export function undoneWords(table: TableName, rows: number, shipped: ShippedKind): string {
	const now =
		shipped === 'demo'
			? `it holds the demo data again (${rowsWord(rows)})`
			: shipped === 'dashboard'
				? `it holds the data this dashboard came with again (${rowsWord(rows)})`
				: 'the table is empty';
	return `${titleOf(table)}: your import was removed; ${now}.`;
}

const COMING = 'Kept and exported now; not shown on another page yet.';

/** Where each table is shown. Most of the views that read these tables are still to come. */
export const USED_BY: Record<TableName, string> = {
	meetings: COMING,
	local_indicators: 'Shown on At a glance and All measures, with a page for each measure.',
	framework: 'Kept and exported now; the board scorecard that will show it is coming.',
	plans: 'Kept and exported now; the action tracker that will show it is coming.',
	priorities: 'Kept and exported now; the action tracker that will show it is coming.',
	actions: 'Kept and exported now; the action tracker that will show it is coming.',
	action_updates: 'Kept and exported now; the action tracker that will show it is coming.',
	risks: 'Kept and exported now; the risk register view that will show it is coming.',
	risk_reviews: 'Kept and exported now; the risk register view that will show it is coming.',
	survey_responses: 'Kept and exported now; the survey results view that will show it is coming.'
};
