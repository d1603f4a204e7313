import type { ImportReport } from './import-table';
import type { ZipEntry } from './zip-read';

/**
 * A workspace export holds each table twice, as <table>.csv and <table>.xlsx, and its README
 * invites editing either. When a zip has both, both are read: if they give the same rows it
 * does not matter which is used; if not, the one changed later is used (by the times the zip
 * records), or the .xlsx when the zip cannot tell, since that is the one officers edit. Either
 * way the officer is told, since the other copy's changes are lost.
 */
export interface TableCopy {
	entry: ZipEntry;
	report: ImportReport;
}

export interface CopyChoice {
	use: TableCopy;
	/** Why one copy was used over a different other, in words; null when they agree. */
	note: string | null;
}

export function chooseCopy(csv: TableCopy, xlsx: TableCopy): CopyChoice {
	if (sameOutcome(csv.report, xlsx.report)) return { use: csv, note: null };
	const [a, b] = [csv.entry.modified, xlsx.entry.modified];
	const csvLater = a !== null && b !== null && a > b;
	const known = a !== null && b !== null && a !== b;
	const [use, other] = csvLater ? [csv, xlsx] : [xlsx, csv];
	const why = known
		? 'changed later'
		: 'the zip does not show which was changed later, and the .xlsx is the one usually edited';
	return {
		use,
		note: `${use.entry.name} and ${other.entry.name} differ: used ${use.entry.name} (${why}). Delete the one you did not edit to be sure.`
	};
}

/** The same rows kept, and the same problems found on the same rows and columns. */
function sameOutcome(a: ImportReport, b: ImportReport): boolean {
	const outcome = (r: ImportReport) =>
		JSON.stringify([
			r.refused,
			r.rows,
			r.badRows,
			r.problems.map((p) => [p.row, p.column, p.detail])
		]);
	return outcome(a) === outcome(b);
}
