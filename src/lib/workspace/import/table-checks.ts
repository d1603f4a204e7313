import { clip, quote } from '../cells';
import type { Column, RefKind, TableLayout } from '../schemas';
import type { Candidate } from './validate-rows';
import { cellProblem, listAtMost, rowProblem, type Problem } from './problems';

/**
 * Checks across rows: ids used twice, rows of a group that disagree (an indicator whose unit
 * changes between months), and references to ids that do not exist in another table (an update
 * for a missing action). Repeated ids and references are checked on every row whose cells for
 * them could be read, even a row already left out for another cell, so that one report lists
 * everything to fix; groups are compared only among rows that passed on their own, since a bad
 * row must not set what the others are held to.
 *
 * Each check is linear in the rows, and every message names a bounded number of rows, ids and
 * values (cut short with "and 99,994 more"), so 100,000 rows repeating one id give 100,000
 * short problems, not a list of every other row on each.
 */

/** Ids the other tables hold, by kind; a kind left out is not checked. */
export type KnownIds = Partial<Record<RefKind, Iterable<string>>>;

const WHERE: Record<RefKind, (id: string) => string> = {
	plans: (id) => `there is no plan '${id}' in the plans table`,
	priorities: (id) => `there is no priority '${id}' in the priorities table`,
	actions: (id) => `there is no action '${id}' in the actions table`,
	risks: (id) => `there is no risk '${id}' in the risk register`,
	indicators: (id) => `there is no indicator '${id}' among the published or local indicators`
};

export function show(column: Column, value: unknown): string {
	const out = column.write(value);
	if (out === null) return '(blank)';
	return 'text' in out ? out.text : 'number' in out ? String(out.number) : out.date;
}

export function checkTable(
	layout: TableLayout,
	candidates: Candidate[],
	options: {
		file: string;
		known?: KnownIds;
		headingOf: (key: string) => string;
		/** Rows left out for problems of their own, with what could be read of them. */
		leftOut?: Candidate[];
		/** Published indicator ids, which the area's own indicators must not reuse. */
		publishedIndicators?: Iterable<string>;
		/** A reference kept pointing at nothing on purpose (see kept-references.ts) is no problem. */
		isKept?: (row: Record<string, unknown>, column: string, id: string) => boolean;
	}
): { problems: Problem[]; badRows: Set<number> } {
	const problems: Problem[] = [];
	const everyRow = [...candidates, ...(options.leftOut ?? [])].sort((a, b) => a.row - b.row);
	const read = (c: Candidate, keys: readonly string[]) => keys.every((k) => !c.unread?.has(k));
	const columnOf = (key: string) => layout.columns.find((c) => c.key === key)!;
	const cell = (row: number, key: string, detail: string) =>
		problems.push(cellProblem(options.file, row, options.headingOf(key), detail));
	const groupKey = (c: Candidate, keys: readonly string[]) =>
		JSON.stringify(keys.map((k) => c.value[k]));

	// Repeated ids: every row involved is reported, since which one is right cannot be known.
	const seen = new Map<string, Candidate[]>();
	for (const c of everyRow) {
		if (!read(c, layout.key)) continue;
		const k = groupKey(c, layout.key);
		const group = seen.get(k);
		if (group) group.push(c);
		else seen.set(k, [c]);
	}
	for (const group of seen.values()) {
		if (group.length < 2) continue;
		for (const c of group) {
			const others = alsoOn(group, c.row);
			if (layout.key.length === 1) {
				const column = columnOf(layout.key[0]);
				const what = column.header.toLowerCase();
				cell(
					c.row,
					column.key,
					`${quote(show(column, c.value[column.key]))} is also on ${others}; each ${what} must be used once`
				);
			} else {
				const values = layout.key.map(
					(k) => `${options.headingOf(k)} ${clip(show(columnOf(k), c.value[k]))}`
				);
				problems.push(
					rowProblem(
						options.file,
						c.row,
						`the same ${values.join(', ')} is also on ${others}; each combination must be used once`
					)
				);
			}
		}
	}

	// Groups that must agree: the first row of a group sets what the others must say.
	for (const rule of layout.consistent ?? []) {
		const firstOf = new Map<string, Candidate>();
		for (const c of candidates) {
			const k = groupKey(c, rule.by);
			const first = firstOf.get(k);
			if (!first) {
				firstOf.set(k, c);
				continue;
			}
			for (const key of rule.same) {
				const column = columnOf(key);
				const [mine, theirs] = [show(column, c.value[key]), show(column, first.value[key])];
				if (mine !== theirs) {
					const by = rule.by
						.map((b) => `${options.headingOf(b)} ${clip(show(columnOf(b), c.value[b]))}`)
						.join(', ');
					cell(
						c.row,
						key,
						`${quote(mine)} differs from ${quote(theirs)} on row ${first.row} for the same ${by}`
					);
				}
			}
		}
	}

	// The area's own measures under a published measure's id, which would make links ambiguous.
	const own = layout.notPublished;
	const published = new Set(options.publishedIndicators ?? []);
	if (own && published.size > 0)
		for (const c of everyRow) {
			const id = c.value[own];
			if (read(c, [own]) && typeof id === 'string' && published.has(id))
				cell(
					c.row,
					own,
					`'${id}' is already a published measure’s id; give your measure its own id, e.g. local_${id}`
				);
		}

	// References to other tables.
	const known = new Map<RefKind, Set<string>>();
	for (const [kind, ids] of Object.entries(options.known ?? {}) as [RefKind, Iterable<string>][])
		if (ids) known.set(kind, new Set(ids));
	for (const column of layout.columns) {
		const ids = column.refersTo && known.get(column.refersTo);
		if (!ids) continue;
		for (const c of everyRow) {
			if (!read(c, [column.key])) continue;
			const value = c.value[column.key];
			const list = Array.isArray(value)
				? (value as string[])
				: value === null
					? []
					: [value as string];
			const missing = list.filter(
				(id) => !ids.has(id) && !options.isKept?.(c.value, column.key, id)
			);
			if (missing.length > 0) cell(c.row, column.key, notThere(missing, column.refersTo!));
		}
	}
	return { problems, badRows: new Set(problems.map((p) => p.row!)) };
}

/** "row 7", or "rows 3, 4, 5, 6, 7 and 99,994 more": the group's other rows, at most five. */
function alsoOn(group: Candidate[], row: number): string {
	const shown = group
		.slice(0, 6)
		.filter((c) => c.row !== row)
		.slice(0, 5)
		.map((c) => String(c.row));
	const total = group.length - 1;
	return `${total === 1 ? 'row' : 'rows'} ${listAtMost(shown, 5, total)}`;
}

/** Each missing id in its own words, the first three only: a cell can list thousands. */
function notThere(missing: string[], kind: RefKind): string {
	const shown = missing.slice(0, 3).map(WHERE[kind]);
	if (missing.length <= 3) return shown.join('; ');
	const more = (missing.length - 3).toLocaleString('en-GB');
	return `${shown.join('; ')}; and ${more} more that do not exist`;
}
