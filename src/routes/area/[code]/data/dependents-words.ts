/**
 * What a report says about rows of other tables that refer to rows an import removes, and
 * what each choice does to them: said in full before anything changes, so nothing goes that
 * the person did not see named.
 */
import {
	countRows,
	REF_NOUNS,
	someIds,
	type DependentGroup,
	type Dependents,
	type RefKind,
	type TableName
} from '$lib/workspace';
import { listWords, titleOf } from './words';

/** Whether the rows go away with one file, or with a zip. */
export type Source = { kind: 'file'; file: string } | { kind: 'zip'; file: string };

const plural = (kind: RefKind) => REF_NOUNS[kind][1];

/** Counts by table, in the workspace's order, as words: "122 action updates and 11 risks". */
function tables(counts: [TableName, number][]): string {
	return listWords(counts.filter(([, n]) => n > 0).map(([t, n]) => countRows(t, n)));
}

/** The kinds the groups refer to, as "actions", "actions or risks". */
function kinds(groups: readonly DependentGroup[], joiner = 'or'): string {
	const all = [...new Set(groups.map((g) => g.kind))].map(plural);
	return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} ${joiner} ${all.at(-1)}`;
}

/**
 * "122 action updates and 11 risks refer to actions that actions.csv removes.", a sentence for
 * each kind of row that goes.
 */
export function dependentsSummary(found: Dependents, source: Source): string {
	const byKind = new Map<RefKind, DependentGroup[]>();
	for (const g of found.direct) byKind.set(g.kind, [...(byKind.get(g.kind) ?? []), g]);
	return [...byKind]
		.map(([kind, groups]) => {
			const n = groups.reduce((sum, g) => sum + g.rows, 0);
			const who = tables(groups.map((g) => [g.table, g.rows]));
			const what = groups.every((g) => g.wereThere)
				? `that ${source.file} removes`
				: `that are not in ${source.file}`;
			const ids = [...new Set(groups.flatMap((g) => g.ids))];
			return `${who} ${n === 1 ? 'refers' : 'refer'} to ${plural(kind)} ${what} (${someIds(ids)}).`;
		})
		.join(' ');
}

/** The "keep" choice: nothing else changes, and the rows are flagged. */
export function keepWords(found: Dependents): string {
	return `Keep them as they are, flagged as referring to missing ${kinds(found.direct)}`;
}

export function keepHint(found: Dependents): string {
	return `Nothing else changes and nothing is lost. Each table’s card lists the rows that refer to something missing; importing the missing ${kinds(found.direct)} again makes them whole.`;
}

/** The kinds whose links "remove them too" takes out of rows that stay. */
const editing = (found: Dependents) =>
	[...found.direct, ...found.cascade].filter((g) => g.removes === 'references');

/**
 * The "remove" choice, saying exactly what it does: "Remove the 122 action updates, and take
 * the links to the removed actions out of 11 risks".
 */
export function removeWords(found: Dependents): string {
	const removed = tables(found.removal.map((r) => [r.table, r.removed]));
	const edited = tables(found.removal.map((r) => [r.table, r.edited]));
	const links =
		edited && `the links to the removed ${kinds(editing(found), 'and')} out of ${edited}`;
	if (!edited) return `Remove the ${removed} too`;
	if (!removed) return `Take ${links}`;
	return `Remove the ${removed}, and take ${links}`;
}

/** What the label leaves unsaid: rows that go only with others, what stays, and the undo. */
export function removeHint(found: Dependents): string {
	const cascade = tables(found.removal.map((r) => [r.table, r.cascade]));
	const kept = found.removal.filter((r) => r.edited > 0);
	const edited = tables(kept.map((r) => [r.table, r.edited]));
	const one = kept.reduce((n, r) => n + r.edited, 0) === 1;
	const trigger = editing(found).some((g) => g.columns.includes('trigger_indicator'));
	const parts = [
		cascade && `Of those, ${cascade} go only because they refer to rows removed with the others.`,
		edited &&
			`The ${edited} ${one ? 'stays, with its' : 'stay, with their'} other links${trigger ? ' (a trigger on a removed indicator is taken off as a whole)' : ''}.`,
		'“Undo the last change” puts all of it back.'
	];
	return parts.filter(Boolean).join(' ');
}

/**
 * What the accept button adds to "Replace …": "; remove the 122 action updates that refer to
 * the others and the links to them from 11 risks", or what is kept.
 */
export function acceptSuffix(found: Dependents, remove: boolean, source: Source): string {
	const others = source.kind === 'file' ? 'the others' : 'rows it removes';
	if (!remove) {
		const kept = tables(found.referring.map((r) => [r.table, r.rows]));
		return `; keep the ${kept} that refer to ${others}, flagged`;
	}
	const direct = tables(found.removal.map((r) => [r.table, r.removed - r.cascade]));
	const cascade = tables(found.removal.map((r) => [r.table, r.cascade]));
	const edited = tables(found.removal.map((r) => [r.table, r.edited]));
	if (!direct) return `; take the links to ${others} out of ${edited}`;
	const withThem = cascade ? `, with the ${cascade} that refer to those` : '';
	const links = edited ? `${cascade ? ',' : ''} and the links to them from ${edited}` : '';
	return `; remove the ${direct} that refer to ${others}${withThem}${links}`;
}

/**
 * What each other table's card says once the change is made: "Action updates: removed 122
 * action updates that referred to removed actions." or "…: kept, and flagged."
 */
export function othersDone(found: Dependents, remove: boolean): Partial<Record<TableName, string>> {
	const said: Partial<Record<TableName, string>> = {};
	if (!remove) {
		for (const { table, rows: n } of found.referring)
			said[table] =
				`${titleOf(table)}: ${countRows(table, n)} now ${n === 1 ? 'refers' : 'refer'} to ${kinds(found.direct.filter((g) => g.table === table))} that are not there; kept, and flagged.`;
		return said;
	}
	for (const { table, removed, edited } of found.removal) {
		const mine = [...found.direct, ...found.cascade].filter((g) => g.table === table);
		const what = (removes: DependentGroup['removes']) =>
			kinds(
				mine.filter((g) => g.removes === removes),
				'and'
			);
		const parts = [
			removed && `removed ${countRows(table, removed)} that referred to removed ${what('rows')}`,
			edited && `took the links to removed ${what('references')} out of ${countRows(table, edited)}`
		].filter(Boolean);
		said[table] = `${titleOf(table)}: ${listWords(parts as string[])}.`;
	}
	return said;
}
