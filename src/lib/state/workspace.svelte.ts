import {
	exportCsv,
	exportWorkspaceZip,
	exportXlsx,
	knownIds,
	TABLE_NAMES,
	type ImportReport,
	type KnownIds,
	type RowOf,
	type TableName,
	type Workspace,
	type WorkspaceImport
} from '$lib/workspace';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { workspaceAsOf } from '$lib/domain/as-of';
import { planWorkspaceImport } from '$lib/workspace/import/workspace-plan';
import { idbDelete, idbSet, idbSetMany } from '$lib/workspace/store/idb';
import { illustrativeSource, isIllustrative } from '$lib/workspace/store/illustrative';
import { importClient } from '$lib/workspace/store/import-client';
import {
	emptyTable,
	loadShippedIndex,
	loadShippedTable,
	loadStoredTable,
	storeKey,
	type ShippedWorkspace,
	type StoredTable
} from '$lib/workspace/store/stored-tables';

/**
 * The area's own tables in the browser. Imports are checked first and change nothing until
 * accepted; an accepted import replaces the whole table at once and is kept in IndexedDB.
 */
export class AreaWorkspace {
	tables = $state<Record<TableName, StoredTable>>(
		Object.fromEntries(TABLE_NAMES.map((t) => [t, emptyTable()])) as Record<TableName, StoredTable>
	);
	shipped = $state<ShippedWorkspace | null>(null);
	ready = $state(false);
	error = $state<string | null>(null);

	constructor(
		readonly area: string,
		private base: string,
		private publishedIndicators: () => string[]
	) {}

	async load() {
		try {
			const index = await loadShippedIndex(this.base);
			this.shipped = index[this.area] ?? null;
			// In order, so each shipped table's references are checked against those before it.
			for (const table of TABLE_NAMES) {
				this.tables[table] = await loadStoredTable(this.area, this.base, table, {
					index,
					known: this.known(table)
				});
			}
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.ready = true;
		}
	}

	/** The shipped workspace's version of a table, or an empty one. */
	async shippedTable(table: TableName): Promise<StoredTable> {
		if (!this.shipped) return emptyTable();
		return loadShippedTable(this.area, this.base, table, this.known(table));
	}

	/** Ids other tables can refer to, for checking references on import. */
	known(except?: TableName): KnownIds {
		const tables = Object.fromEntries(
			TABLE_NAMES.map((t) => [t, this.tables[t].rows])
		) as unknown as Partial<Workspace>;
		return knownIds(tables, { except, publishedIndicators: this.publishedIndicators() });
	}

	/**
	 * Checks a file for one table in the import worker; changes nothing. The bytes are handed to
	 * the worker. Rejects (ImportFailed) only when the check itself could not finish.
	 */
	async check(table: TableName, file: { name: string; bytes: Uint8Array }): Promise<ImportReport> {
		return importClient.checkTable(table, file, this.known(table), this.publishedIndicators());
	}

	/** Checks a whole-workspace .zip the same way; its own tables' ids come before the current ones. */
	async checkWorkspace(file: { name: string; bytes: Uint8Array }): Promise<WorkspaceImport> {
		return importClient.checkZip(file, this.known(), this.publishedIndicators());
	}

	/**
	 * "Today" for views that judge overdue actions or stale updates: the shipped data's own date
	 * while any table still holds shipped rows (or the demo's rows brought back from an exported
	 * zip), so the demo never drifts; else the reader's today.
	 */
	get asOf(): string {
		return workspaceAsOf({
			shippedAsOf: this.shipped?.as_of,
			holdsShippedRows: TABLE_NAMES.some(
				(t) =>
					this.tables[t].rows.length > 0 &&
					(this.tables[t].origin.kind === 'shipped' || this.tables[t].origin.illustrative)
			),
			now: new Date()
		});
	}

	/** The tables that still hold illustrative rows, in the workspace's order, with their label. */
	get illustrativeTables(): { table: TableName; label: string }[] {
		return TABLE_NAMES.flatMap((table) => {
			const found = isIllustrative(this.tables[table], this.shipped);
			return found ? [{ table, label: found.label }] : [];
		});
	}

	/** Replaces the table with the report's good rows, all at once, and keeps it. */
	async accept(report: ImportReport, now = new Date()) {
		const stored: StoredTable = {
			rows: report.rows,
			origin: { kind: 'import', file: report.file, at: now.toISOString() },
			changedAt: now.toISOString()
		};
		await idbSet(storeKey(this.area, report.table), $state.snapshot(stored));
		this.tables[report.table] = stored;
	}

	/**
	 * Replaces every table a checked workspace .zip holds, all at once. Every table is written to
	 * IndexedDB in one transaction before any is shown, so a failed write changes nothing.
	 */
	async acceptAll(result: WorkspaceImport, now = new Date()) {
		const plan = planWorkspaceImport(result);
		if (plan.blocked) throw new Error(plan.blocked);
		const at = now.toISOString();
		// Made-up rows stay labelled: the zip's workspace.json says whether they are illustrative.
		const illustrative = result.illustrative;
		const stored = plan.replace.map(({ table, file, rows }) => ({
			table,
			value: {
				rows,
				origin: {
					kind: 'import',
					file: `${file} in ${result.file}`,
					at,
					...(illustrative ? { illustrative: { label: illustrative.label ?? null } } : {})
				},
				changedAt: at
			} satisfies StoredTable
		}));
		await idbSetMany(
			stored.map(({ table, value }) => [storeKey(this.area, table), $state.snapshot(value)])
		);
		for (const { table, value } of stored) this.tables[table] = value;
	}

	async reset(table: TableName) {
		await idbDelete(storeKey(this.area, table));
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
		const illustrative = TABLE_NAMES.flatMap((table) => {
			const found = illustrativeSource(this.tables[table], this.shipped);
			return found ? [{ table, label: found.label }] : [];
		});
		return exportWorkspaceZip(workspace, {
			formats: ['csv', 'xlsx'],
			area: this.area,
			exportedAt: now,
			illustrative: illustrative.length
				? {
						label: illustrative.find((i) => i.label !== null)?.label ?? null,
						tables: illustrative.map((i) => i.table)
					}
				: null
		});
	}
}

/**
 * The area's workspace for a page: made by the page's load function for the area in its
 * params, and read from this browser (or the shipped files) at once.
 */
export function openWorkspace(area: string, publishedIndicators: string[]): AreaWorkspace {
	const workspace = new AreaWorkspace(area, base, () => publishedIndicators);
	if (browser) void workspace.load();
	return workspace;
}
