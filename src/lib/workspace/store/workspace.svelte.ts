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
	type Workspace,
	type WorkspaceImport
} from '$lib/workspace';
import { workspaceAsOf } from '$lib/domain/as-of';
import { planWorkspaceImport } from '$lib/workspace/import/workspace-plan';
import { withCurrentColumns } from '$lib/workspace/kept-rows';
import { idbDelete, idbGet, idbSet, idbSetMany } from './idb';
import { illustrativeSource, isIllustrative } from './illustrative';
import { importClient } from './import-client';

export { isIllustrative };

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

const key = (area: string, table: TableName) => `${area}:${table}`;

/** The deployment's shipped workspaces; none when it ships none or the index cannot be read. */
export async function loadShippedIndex(base: string): Promise<ShippedIndex> {
	return fetch(`${base}/local/index.json`)
		.then((r) => (r.ok ? r.json() : {}))
		.catch(() => ({}));
}

/** The shipped version of a table, checked with the same import code as an officer's file. */
async function loadShippedTable(
	area: string,
	base: string,
	table: TableName,
	known?: KnownIds
): Promise<StoredTable> {
	const response = await fetch(`${base}/local/${area}/${table}.csv`);
	if (!response.ok) return empty();
	const report = importTable(table, new Uint8Array(await response.arrayBuffer()), {
		file: `${table}.csv`,
		known
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
 * workspace. With no `known` ids, shipped rows' references to other tables are not checked.
 */
export async function loadStoredTable(
	area: string,
	base: string,
	table: TableName,
	options: { index?: ShippedIndex; known?: KnownIds } = {}
): Promise<StoredTable> {
	const kept = await idbGet<StoredTable>(key(area, table));
	if (kept) return { ...kept, rows: withCurrentColumns(table, kept.rows) };
	const index = options.index ?? (await loadShippedIndex(base));
	return index[area] ? loadShippedTable(area, base, table, options.known) : empty();
}

/**
 * The area's own tables in the browser. Imports are checked first and change nothing until
 * accepted; an accepted import replaces the whole table at once and is kept in IndexedDB.
 */
export class AreaWorkspace {
	tables = $state<Record<TableName, StoredTable>>(
		Object.fromEntries(TABLE_NAMES.map((t) => [t, empty()])) as Record<TableName, StoredTable>
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
		if (!this.shipped) return empty();
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
		await idbSet(key(this.area, report.table), $state.snapshot(stored));
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
			stored.map(({ table, value }) => [key(this.area, table), $state.snapshot(value)])
		);
		for (const { table, value } of stored) this.tables[table] = value;
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

function empty(): StoredTable {
	return { rows: [], origin: { kind: 'empty', file: null, at: null }, changedAt: null };
}
