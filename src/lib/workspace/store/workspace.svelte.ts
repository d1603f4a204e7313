import {
	exportCsv,
	exportWorkspaceZip,
	exportXlsx,
	importTable,
	knownIds,
	TABLE_NAMES,
	type ImportReport,
	type KnownIds,
	type RowOf,
	type TableName,
	type Workspace
} from '$lib/workspace';
import { idbDelete, idbGet, idbSet } from './idb';

/** Where a table's rows came from: the shipped (or demo) workspace, an imported file, or nothing yet. */
export type Origin = {
	kind: 'shipped' | 'import' | 'empty';
	file: string | null;
	at: string | null;
};
export type StoredTable = { rows: RowOf<TableName>[]; origin: Origin; changedAt: string | null };

/** What a deployment ships in `static/local/index.json`: areas with a workspace, and whether it is illustrative. */
export type ShippedIndex = Record<string, { illustrative: boolean; label: string }>;

const key = (area: string, table: TableName) => `${area}:${table}`;

/**
 * The area's own tables in the browser. Imports are checked first and change nothing until
 * accepted; an accepted import replaces the whole table at once and is kept in IndexedDB.
 */
export class AreaWorkspace {
	tables = $state<Record<TableName, StoredTable>>(
		Object.fromEntries(TABLE_NAMES.map((t) => [t, empty()])) as Record<TableName, StoredTable>
	);
	shipped = $state<{ illustrative: boolean; label: string } | null>(null);
	ready = $state(false);
	error = $state<string | null>(null);

	constructor(
		readonly area: string,
		private base: string,
		private publishedIndicators: () => string[]
	) {}

	async load() {
		try {
			const index: ShippedIndex = await fetch(`${this.base}/local/index.json`)
				.then((r) => (r.ok ? r.json() : {}))
				.catch(() => ({}));
			this.shipped = index[this.area] ?? null;
			for (const table of TABLE_NAMES) {
				this.tables[table] =
					(await idbGet<StoredTable>(key(this.area, table))) ?? (await this.shippedTable(table));
			}
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.ready = true;
		}
	}

	/** The shipped workspace's version of a table, or an empty one. */
	async shippedTable(table: TableName): Promise<StoredTable> {
		if (!this.shipped) return empty();
		const response = await fetch(`${this.base}/local/${this.area}/${table}.csv`);
		if (!response.ok) return empty();
		const report = importTable(table, new Uint8Array(await response.arrayBuffer()), {
			file: `${table}.csv`,
			known: this.known(table)
		});
		return {
			rows: report.rows,
			origin: { kind: 'shipped', file: `${table}.csv`, at: null },
			changedAt: null
		};
	}

	/** Ids other tables can refer to, for checking references on import. */
	known(except?: TableName): KnownIds {
		const tables = Object.fromEntries(
			TABLE_NAMES.map((t) => [t, this.tables[t].rows])
		) as unknown as Partial<Workspace>;
		return knownIds(tables, { except, publishedIndicators: this.publishedIndicators() });
	}

	check(table: TableName, file: { name: string; bytes: Uint8Array }): ImportReport {
		return importTable(table, file.bytes, { file: file.name, known: this.known(table) });
	}

	/** Replaces the table with the report's good rows, all at once, and keeps it. */
	async accept(report: ImportReport, now = new Date()) {
		const stored: StoredTable = {
			rows: report.rows,
			origin: { kind: 'import', file: report.file, at: now.toISOString() },
			changedAt: now.toISOString()
		};
		await idbSet(key(this.area, report.table), $state.snapshot(stored));
		this.tables[report.table] = stored;
	}

	async reset(table: TableName) {
		await idbDelete(key(this.area, table));
		this.tables[table] = await this.shippedTable(table);
	}

	exportTable(table: TableName, format: 'csv' | 'xlsx'): string | Uint8Array {
		const rows = $state.snapshot(this.tables[table].rows) as RowOf<TableName>[];
		return format === 'csv' ? exportCsv(table, rows as never) : exportXlsx(table, rows as never);
	}

	exportAll(now = new Date()): Uint8Array {
		const workspace = Object.fromEntries(
			TABLE_NAMES.map((t) => [t, $state.snapshot(this.tables[t].rows)])
		) as unknown as Partial<Workspace>;
		return exportWorkspaceZip(workspace, {
			formats: ['csv', 'xlsx'],
			area: this.area,
			exportedAt: now
		});
	}
}

function empty(): StoredTable {
	return { rows: [], origin: { kind: 'empty', file: null, at: null }, changedAt: null };
}
