import type { ImportReport } from './import-table';
import { listAtMost } from './problems';
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
	const [used, unused] = [shortName(use.entry.name), shortName(other.entry.name)];
	return {
		use,
		note: `${used} and ${unused} differ: used ${used} (${why}). Delete the one you did not edit to be sure.`
	};
}

/** A file's name in the zip, for messages: a long folder path keeps only its end. */
export function shortName(name: string): string {
	return name.length <= 80 ? name : `…${name.slice(-79)}`;
}

/**
 * Files of the same name in different folders of a zip (a/meetings.csv and b/meetings.csv):
 * the one changed last, by the times the zip records; if it cannot tell, the one nearest the
 * top of the zip; failing that, the first in the zip. Either way the officer is told which was
 * used, since the others are not read at all. `entries` are in the zip's order.
 */
export function chooseAmong(entries: ZipEntry[]): { use: ZipEntry; note: string | null } {
	if (entries.length === 1) return { use: entries[0], note: null };
	const depth = (e: ZipEntry) => e.name.split('/').length;
	const unique = <T>(values: T[], best: T) => values.filter((v) => v === best).length === 1;
	const times = entries.map((e) => e.modified);
	const latest = times.every((t) => t !== null) ? times.reduce((a, b) => (b! > a! ? b : a)) : null;
	const top = Math.min(...entries.map(depth));
	const [use, why] =
		latest !== null && unique(times, latest)
			? [entries[times.indexOf(latest)], 'changed last']
			: unique(entries.map(depth), top)
				? [
						entries.find((e) => depth(e) === top)!,
						'nearest the top of the zip; the zip does not show which was changed last'
					]
				: [entries[0], 'first in the zip; the zip does not show which was changed last'];
	const name = use.name.slice(use.name.lastIndexOf('/') + 1);
	const all = listAtMost(
		entries.slice(0, 5).map((e) => shortName(e.name)),
		5,
		entries.length
	);
	return {
		use,
		note: `The zip holds ${entries.length.toLocaleString('en-GB')} files called ${shortName(name)} (${all}): used ${shortName(use.name)} (${why}). Take the others out of the zip to be sure.`
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
