import { TABLE_NAMES, type TableName } from '$lib/workspace';
import { isKeptHere, storeKey, type StoredTable } from './stored-tables';

/**
 * The last change to an area's workspace, kept in IndexedDB beside its tables and written in
 * the same transaction as the change, so "Undo the last change" survives a reload. It holds
 * every table the change touched, exactly as it was before: rows, where they came from (and
 * their illustrative label), and when this browser last changed them.
 */
export type Change =
	| { kind: 'import'; table: TableName; file: string }
	| { kind: 'zip'; file: string }
	| { kind: 'reset'; table: TableName };

export interface UndoRecord {
	change: Change;
	/** When the change was made (ISO). */
	at: string;
	before: Partial<Record<TableName, StoredTable>>;
}

/** The IndexedDB key of an area's last change. */
export const undoKey = (area: string) => `${area}:last-change`;

/**
 * The writes that make `tables` the area's tables, in one transaction: a table kept in this
 * browser is written; one that was the shipped table (or empty) is removed, so the shipped
 * file is read again. `extra` goes in the same transaction (the undo record, say).
 */
export function tableWrites(
	area: string,
	tables: Partial<Record<TableName, StoredTable>>,
	extra: { set?: [string, unknown][]; remove?: string[] } = {}
): { set: [string, unknown][]; remove: string[] } {
	const set: [string, unknown][] = [...(extra.set ?? [])];
	const remove = [...(extra.remove ?? [])];
	for (const table of TABLE_NAMES) {
		const value = tables[table];
		if (!value) continue;
		if (isKeptHere(value)) set.push([storeKey(area, table), value]);
		else remove.push(storeKey(area, table));
	}
	return { set, remove };
}

/** The tables an undo record restores, in the workspace's order. */
export const restoredTables = (record: UndoRecord): TableName[] =>
	TABLE_NAMES.filter((t) => record.before[t]);
