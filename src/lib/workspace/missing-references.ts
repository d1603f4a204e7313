import { REFERRED } from './known-ids';
import { idsIn, presentIds, REF_COLUMNS, rowKey, type RowReference } from './references';
import { aRef, countRows, REF_NOUNS, rowName, someIds } from './row-words';
import { LAYOUTS, TABLE_NAMES, type RefKind, type TableName, type Workspace } from './schemas';

/**
 * Rows whose references resolve to nothing: an update for an action no longer in the actions
 * table, a risk linked to a removed measure. Such rows are kept, never dropped, and flagged;
 * every view that reads the tables (Your data, the scorecard, tracker and risk register) finds
 * them with this one function, by the same rule as the import (see knownIds).
 */
export interface MissingReference extends RowReference {
	/** The row's place in its table. */
	row: number;
	/** The row's key as an export writes it, which finds the row again after an import. */
	key: string[];
	/** The ids in the cell that resolve to nothing, in the cell's order. */
	ids: string[];
}

export function missingReferences(
	workspace: Partial<Workspace>,
	publishedIds: Iterable<string>
): MissingReference[] {
	const present = presentIds(workspace, publishedIds);
	const found: MissingReference[] = [];
	for (const { table, column, kind } of REF_COLUMNS) {
		const ids = present[kind];
		const rows = workspace[table] as Record<string, unknown>[] | undefined;
		if (!ids || !rows) continue;
		rows.forEach((row, index) => {
			const missing = idsIn(row[column.key]).filter((id) => !ids.has(id));
			if (missing.length)
				found.push({
					table,
					row: index,
					key: rowKey(table, row),
					column: column.key,
					kind,
					ids: missing
				});
		});
	}
	return found.sort(
		(a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table) || a.row - b.row
	);
}

/** Missing references of one column of one table: how many rows, which rows, and which ids. */
export interface MissingGroup {
	table: TableName;
	column: string;
	kind: RefKind;
	rows: number;
	/** Each row's key once, in the table's order. */
	keys: string[][];
	/** Each missing id once, in the order the rows name them. */
	ids: string[];
}

export function groupMissing(missing: readonly MissingReference[]): MissingGroup[] {
	const groups = new Map<string, MissingGroup & { seen: Set<number> }>();
	for (const m of missing) {
		const at = `${m.table}\u0000${m.column}`;
		const group = groups.get(at) ?? { ...m, rows: 0, keys: [], ids: [], seen: new Set<number>() };
		groups.set(at, group);
		if (!group.seen.has(m.row)) {
			group.rows++;
			group.keys.push(m.key);
		}
		group.seen.add(m.row);
		for (const id of m.ids) if (!group.ids.includes(id)) group.ids.push(id);
	}
	return [...groups.values()].map(({ table, column, kind, rows, keys, ids }) => ({
		table,
		column,
		kind,
		rows,
		keys,
		ids
	}));
}

/** Where a kind's ids live, for "not in the Actions table". */
function whereFrom(kind: RefKind, many: boolean): string {
	if (kind === 'indicators')
		return `${many ? 'that are' : 'that is'} neither published nor in the ${LAYOUTS.local_indicators.title} table`;
	const not = many ? 'that are not' : 'that is not';
	const title = LAYOUTS[REFERRED[kind].table].title;
	return `${not} in the ${title}${kind === 'risks' ? '' : ' table'}`;
}

/**
 * "11 risks (SR1, SR3, SR4 and 8 more) refer to actions that are not in the Actions table: 1.6,
 * 3.5, 3.2, 4.3, 3.3 and 14 more.", naming a few rows and ids, for a table's card or a view's
 * note. Rows whose key is the reference itself (an update of action 2.4) are named by the ids.
 */
export function missingWords(group: MissingGroup): string {
	const many = group.ids.length > 1;
	const what = many ? REF_NOUNS[group.kind][1] : aRef(group.kind);
	const verb = group.rows === 1 ? 'refers' : 'refer';
	const named = !(LAYOUTS[group.table].key as readonly string[]).includes(group.column);
	const which = named ? ` (${someIds(group.keys.map(rowName), 3)})` : '';
	return `${countRows(group.table, group.rows)}${which} ${verb} to ${what} ${whereFrom(group.kind, many)}: ${someIds(group.ids)}.`;
}
