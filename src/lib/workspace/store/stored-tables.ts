import { importTable, type RowOf, type TableName } from '$lib/workspace';
import { withCurrentColumns } from '../kept-rows';
import { idbGet } from './idb';

/** Where a table's rows came from: the shipped (or demo) workspace, an imported file, or nothing yet. */
export type Origin = {
	kind: 'shipped' | 'import' | 'empty';
	file: string | null;
	at: string | null;
	/**
	 * Set on rows imported from a zip whose workspace.json says they are illustrative (made up
	 * for a demo), with its label, so they stay labelled after an export and import.
	 */
	illustrative?: { label: string | null };
};
export type StoredTable = { rows: RowOf<TableName>[]; origin: Origin; changedAt: string | null };

/**
 * What a deployment ships in `static/local/index.json`: areas with a workspace, whether it is
 * illustrative, and the day its data is written as at (YYYY-MM-DD), if it says.
 */
export type ShippedIndex = Record<string, ShippedWorkspace>;
export type ShippedWorkspace = { illustrative: boolean; label: string; as_of?: string };

/** The IndexedDB key of one area's table. */
export const storeKey = (area: string, table: TableName) => `${area}:${table}`;

export function emptyTable(): StoredTable {
	return { rows: [], origin: { kind: 'empty', file: null, at: null }, changedAt: null };
}

/** The deployment's shipped workspaces; none when it ships none or the index cannot be read. */
export async function loadShippedIndex(base: string): Promise<ShippedIndex> {
	return fetch(`${base}/local/index.json`)
		.then((r) => (r.ok ? r.json() : {}))
		.catch(() => ({}));
}

/**
 * The shipped version of a table, read with the same import code as an officer's file. Its
 * references are not checked here (the demo's are, by its data tests): a row that refers to
 * something another table no longer holds is kept, and flagged by missingReferences, never
 * dropped.
 */
export async function loadShippedTable(
	area: string,
	base: string,
	table: TableName
): Promise<StoredTable> {
	const response = await fetch(`${base}/local/${area}/${table}.csv`);
	if (!response.ok) return emptyTable();
	const report = importTable(table, new Uint8Array(await response.arrayBuffer()), {
		file: `${table}.csv`
	});
	return {
		rows: report.rows,
		origin: { kind: 'shipped', file: `${table}.csv`, at: null },
		changedAt: null
	};
}

/**
 * One table as the Your data page has it: the copy kept in this browser, else the shipped one,
 * else empty. Lets another page read one table (local indicators, say) without the whole
 * workspace.
 */
export async function loadStoredTable(
	area: string,
	base: string,
	table: TableName,
	options: { index?: ShippedIndex } = {}
): Promise<StoredTable> {
	const kept = await idbGet<StoredTable>(storeKey(area, table));
	if (kept) return { ...kept, rows: withCurrentColumns(table, kept.rows) };
	const index = options.index ?? (await loadShippedIndex(base));
	return index[area] ? loadShippedTable(area, base, table) : emptyTable();
}

/**
 * Whether a table is kept in this browser (and so must be written there), rather than read
 * from the shipped files or empty: every change this browser makes sets `changedAt`.
 */
export const isKeptHere = (table: StoredTable) => table.changedAt !== null;
