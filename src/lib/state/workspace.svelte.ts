import {
	dependentsOf,
	exportCsv,
	exportWorkspaceZip,
	exportXlsx,
	keptReferences,
	knownIds,
	missingReferences,
	planWorkspaceImport,
	TABLE_NAMES,
	type Dependents,
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
import { withCurrentColumns } from '$lib/workspace/kept-rows';
import { idbSetMany } from '$lib/workspace/store/idb';
import { illustrativeSource, isIllustrative } from '$lib/workspace/store/illustrative';
import { importClient } from '$lib/workspace/store/import-client';
import {
	emptyTable,
	loadShippedIndex,
	loadShippedTable,
	loadStoredTable,
	type ShippedWorkspace,
	type StoredTable
} from '$lib/workspace/store/stored-tables';
import {
	emptyUndoStack,
	popStep,
	pushStep,
	readUndoRecord,
	readUndoStack,
	tableWrites,
	UndoRecordLost,
	type Change,
	type OtherRows,
	type UndoStack,
	type UndoStep
} from '$lib/workspace/store/undo-record';

type Tables = Record<TableName, StoredTable>;

/** How an accepted change treats rows of other tables that refer to rows it removes. */
export type AcceptOptions = {
	/** Remove them too (see dependentsOf); by default they are kept, and flagged. */
	remove?: boolean;
	now?: Date;
};

/**
 * The area's own tables in the browser. Imports are checked first and change nothing until
 * accepted; an accepted change writes every table it touches, and the record that undoes it,
 * to IndexedDB in one transaction. The last changes (UNDO_LIMIT) can be undone one after
 * another. Tables are only ever replaced whole, never edited in place, and changes run one at
 * a time, each from the tables the one before left.
 */
export class AreaWorkspace {
	tables = $state.raw<Tables>(
		Object.fromEntries(TABLE_NAMES.map((t) => [t, emptyTable()])) as Tables
	);
	shipped = $state<ShippedWorkspace | null>(null);
	ready = $state(false);
	error = $state<string | null>(null);
	/** The changes that can be undone, newest first (see undo-record.ts). */
	undoStack = $state.raw<UndoStack>(emptyUndoStack());
	/** The last change, which "Undo the last change" undoes; null when there is none. */
	readonly lastChange = $derived<UndoStep | null>(this.undoStack.steps[0] ?? null);
	/** Rows whose references resolve to nothing: kept, and flagged wherever they are shown. */
	readonly missing = $derived.by(() => missingReferences(this.rows(), this.publishedIndicators()));

	/** The change being written, if any: the next waits for it. */
	#queue: Promise<unknown> = Promise.resolve();

	constructor(
		readonly area: string,
		private base: string,
		private publishedIndicators: () => string[]
	) {}

	async load() {
		try {
			const index = await loadShippedIndex(this.base);
			this.shipped = index[this.area] ?? null;
			const read = TABLE_NAMES.map((t) => loadStoredTable(this.area, this.base, t, { index }));
			const tables = await Promise.all(read);
			this.tables = Object.fromEntries(TABLE_NAMES.map((t, i) => [t, tables[i]])) as Tables;
			this.undoStack = await readUndoStack(this.area);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.ready = true;
		}
	}

	/** The shipped workspace's version of a table, or an empty one. */
	async shippedTable(table: TableName): Promise<StoredTable> {
		if (!this.shipped) return emptyTable();
		return loadShippedTable(this.area, this.base, table);
	}

	/** Every table's rows, for the pure rules. */
	rows(): Workspace {
		return Object.fromEntries(
			TABLE_NAMES.map((t) => [t, this.tables[t].rows])
		) as unknown as Workspace;
	}

	/** Ids other tables can refer to, for checking references on import. */
	known(except?: TableName): KnownIds {
		return knownIds(this.rows(), { except, publishedIndicators: this.publishedIndicators() });
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

	/** What accepting a checked file would do to rows of other tables that refer to its table. */
	dependentsOfReport(report: ImportReport): Dependents | null {
		if (report.refused || report.goodRows === 0) return null;
		return dependentsOf(this.rows(), { [report.table]: report.rows }, this.publishedIndicators());
	}

	/** The same for a checked .zip: only the tables it does not replace can be left behind. */
	dependentsOfZip(result: WorkspaceImport): Dependents | null {
		const plan = planWorkspaceImport(result);
		if (plan.blocked) return null;
		const replacing = Object.fromEntries(plan.replace.map((r) => [r.table, r.rows]));
		return dependentsOf(this.rows(), replacing, this.publishedIndicators());
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

	/**
	 * Replaces the table with the report's good rows, all at once, and keeps it. Rows of other
	 * tables that refer to the rows it removes are kept (and flagged), or removed too.
	 */
	async accept(report: ImportReport, options: AcceptOptions = {}) {
		const at = (options.now ?? new Date()).toISOString();
		const next: Partial<Tables> = {
			[report.table]: {
				rows: report.rows,
				origin: { kind: 'import', file: report.file, at },
				changedAt: at
			}
		};
		const others = options.remove
			? this.#removeDependents(this.dependentsOfReport(report), next, at)
			: [];
		await this.#commit(
			{ kind: 'import', table: report.table, file: report.file },
			next,
			at,
			others
		);
	}

	/**
	 * Replaces every table a checked workspace .zip holds, all at once. Every table is written to
	 * IndexedDB in one transaction before any is shown, so a failed write changes nothing.
	 */
	async acceptAll(result: WorkspaceImport, options: AcceptOptions = {}) {
		const plan = planWorkspaceImport(result);
		if (plan.blocked) throw new Error(plan.blocked);
		const at = (options.now ?? new Date()).toISOString();
		// Made-up rows stay labelled, and only those: the zip's workspace.json lists the tables
		// that held them when it was exported (an older one says only that some did: all, then).
		const illustrative = result.illustrative;
		const madeUp = (table: TableName) =>
			illustrative && (!illustrative.tables || illustrative.tables.includes(table))
				? { illustrative: { label: illustrative.label ?? null } }
				: {};
		const next: Partial<Tables> = Object.fromEntries(
			plan.replace.map(({ table, file, rows }) => [
				table,
				{
					rows,
					origin: { kind: 'import', file: `${file} in ${result.file}`, at, ...madeUp(table) },
					changedAt: at
				} satisfies StoredTable
			])
		);
		const others = options.remove
			? this.#removeDependents(this.dependentsOfZip(result), next, at)
			: [];
		await this.#commit({ kind: 'zip', file: result.file }, next, at, others);
	}

	/** Puts back the shipped table (or empties it), as a change that can be undone. */
	async reset(table: TableName) {
		const shipped = await this.shippedTable(table);
		await this.#commit({ kind: 'reset', table }, { [table]: shipped }, new Date().toISOString());
	}

	/**
	 * Puts back every table the last change touched, as it was before, in one transaction, and
	 * takes it off the stack, so the next undo goes further back. Resolves with what was
	 * undone, for the page to say so; null when there is nothing to undo.
	 */
	undo(): Promise<UndoStep | null> {
		return this.#serial(async () => {
			const popped = popStep(this.area, this.undoStack);
			if (!popped) return null;
			const record = await readUndoRecord(this.area, popped.step);
			if (!record) {
				// Nothing to put back (cleared by the browser, say): the step goes, and says so.
				await idbSetMany(popped.set, popped.remove);
				this.undoStack = popped.stack;
				throw new UndoRecordLost('what it replaced is no longer kept in this browser');
			}
			const before = Object.fromEntries(
				Object.entries(record.before).map(([t, table]) => [
					t,
					{ ...table, rows: withCurrentColumns(t as TableName, table.rows) }
				])
			) as Partial<Tables>;
			const writes = tableWrites(this.area, before, popped);
			await idbSetMany(writes.set, writes.remove);
			this.tables = { ...this.tables, ...before };
			this.undoStack = popped.stack;
			return popped.step;
		});
	}

	/**
	 * "Remove them too": the other tables' rows as dependentsOf leaves them, where they came
	 * from kept. Resolves with what it does to each, for the undo stack's words.
	 */
	#removeDependents(found: Dependents | null, next: Partial<Tables>, at: string): OtherRows[] {
		for (const [table, rows] of Object.entries(found?.removeTables ?? {}) as [
			TableName,
			RowOf<TableName>[]
		][])
			next[table] = { ...(next[table] ?? this.tables[table]), rows, changedAt: at };
		if (!found) return [];
		const editing = [...found.direct, ...found.cascade].filter((g) => g.removes === 'references');
		return found.removal.map(({ table, removed, edited }) => ({
			table,
			removed,
			edited,
			links: [...new Set(editing.filter((g) => g.table === table).map((g) => g.kind))]
		}));
	}

	/**
	 * Writes the changed tables, the record that undoes them and the undo stack in one
	 * transaction, then shows them.
	 */
	#commit(change: Change, next: Partial<Tables>, at: string, others: OtherRows[] = []) {
		return this.#serial(async () => {
			const before = Object.fromEntries(
				TABLE_NAMES.filter((t) => next[t]).map((t) => [t, this.tables[t]])
			);
			const pushed = pushStep(this.area, this.undoStack, { change, at, before }, others);
			const writes = tableWrites(this.area, next, pushed);
			await idbSetMany(writes.set, writes.remove);
			this.tables = { ...this.tables, ...next };
			this.undoStack = pushed.stack;
		});
	}

	/** Runs changes one at a time, so each starts from what the one before left. */
	#serial<T>(work: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(work, work);
		this.#queue = run.catch(() => {});
		return run;
	}

	exportTable(table: TableName, format: 'csv' | 'xlsx'): string | Uint8Array {
		const rows = this.tables[table].rows;
		return format === 'csv' ? exportCsv(table, rows as never) : exportXlsx(table, rows as never);
	}

	exportAll(now = new Date()): Uint8Array {
		const illustrative = TABLE_NAMES.flatMap((table) => {
			const found = illustrativeSource(this.tables[table], this.shipped);
			return found ? [{ table, label: found.label }] : [];
		});
		return exportWorkspaceZip(this.rows(), {
			formats: ['csv', 'xlsx'],
			area: this.area,
			exportedAt: now,
			illustrative: illustrative.length
				? {
						label: illustrative.find((i) => i.label !== null)?.label ?? null,
						tables: illustrative.map((i) => i.table)
					}
				: null,
			missingReferences: keptReferences(this.missing)
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
