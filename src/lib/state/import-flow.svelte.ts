import {
	checkSize,
	DEFAULT_LIMITS,
	type Dependents,
	type ImportReport,
	type TableName,
	type WorkspaceImport
} from '$lib/workspace';
import { UndoRecordLost, type UndoStep } from '$lib/workspace/store/undo-record';
import { cannotCheckWords } from '$lib/workspace/store/import-words';
import type { AreaWorkspace } from './workspace.svelte';

/** What the page says happened, in words it writes itself (see routes/area/[code]/data/words.ts). */
export type FlowWords = {
	accepted: (report: ImportReport) => string;
	undone: (table: TableName, rows: number) => string;
	titleOf: (table: TableName) => string;
	/** What each other table's card says when rows referring to removed ones were kept or removed. */
	others: (found: Dependents, remove: boolean) => Partial<Record<TableName, string>>;
	/** What undoing the last change put back. */
	restored: (step: UndoStep) => string;
	/** Said when a checked file or zip is cancelled. */
	cancelled: (file: string) => string;
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Your data page's import decisions for one area's workspace: files being checked, the
 * report waiting for accept or cancel, and what just happened. One decision at a time: a new
 * check replaces any report still waiting, and a check overtaken by a newer one is dropped
 * when it ends. Moving focus is left to the page.
 */
export class ImportFlow {
	report = $state.raw<ImportReport | null>(null);
	zipReport = $state.raw<WorkspaceImport | null>(null);
	refusal = $state<string | null>(null);
	zipRefusal = $state<string | null>(null);
	/** The file each table is checking now (checks run in a worker; other tables stay usable). */
	checking = $state<Partial<Record<TableName, string>>>({});
	checkingZip = $state<string | null>(null);
	zipDone = $state('');
	/** What just happened to each table (an import accepted, an import undone). */
	done = $state<Partial<Record<TableName, string>>>({});
	/**
	 * The choice for rows of other tables that refer to rows the waiting report removes: keep
	 * them, flagged (the default: nothing lost), or remove them too.
	 */
	remove = $state(false);
	/** Those rows for the waiting file, or for the waiting zip; null when there are none. */
	readonly dependents = $derived.by(() =>
		someRows(this.report && this.workspace.dependentsOfReport(this.report))
	);
	readonly zipDependents = $derived.by(() =>
		someRows(this.zipReport && this.workspace.dependentsOfZip(this.zipReport))
	);
	/** What undoing the last change put back, or why it could not. */
	undone = $state('');
	undoRefusal = $state<string | null>(null);
	#latest = 0;
	#undoing = false;

	constructor(
		readonly workspace: AreaWorkspace,
		private readonly words: FlowWords
	) {}

	/** Starts a check: clears what was waiting, refuses a file too big to read. */
	#begin(file: File): { turn: number; tooBig: string | null } {
		this.report = this.zipReport = this.refusal = this.zipRefusal = this.undoRefusal = null;
		this.zipDone = this.undone = '';
		this.done = {};
		this.remove = false;
		return { turn: ++this.#latest, tooBig: checkSize(file.size, DEFAULT_LIMITS) };
	}

	/** Why a check did not finish, in words that say whether trying again can help. */
	#cannotCheck(file: File, error: unknown) {
		return cannotCheckWords(file.name, error);
	}

	async importFile(table: TableName, file: File | undefined) {
		if (!file || this.checking[table]) return;
		const { turn, tooBig } = this.#begin(file);
		if (tooBig) return void (this.refusal = tooBig);
		this.checking[table] = file.name;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const checked = await this.workspace.check(table, { name: file.name, bytes });
			if (turn === this.#latest) this.report = checked;
		} catch (error) {
			if (turn === this.#latest) this.refusal = this.#cannotCheck(file, error);
		} finally {
			delete this.checking[table];
		}
	}

	async importZip(file: File | undefined) {
		if (!file || this.checkingZip) return;
		const { turn, tooBig } = this.#begin(file);
		if (tooBig) return void (this.zipRefusal = tooBig);
		this.checkingZip = file.name;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const checked = await this.workspace.checkWorkspace({ name: file.name, bytes });
			if (turn === this.#latest) this.zipReport = checked;
		} catch (error) {
			if (turn === this.#latest) this.zipRefusal = this.#cannotCheck(file, error);
		} finally {
			this.checkingZip = null;
		}
	}

	#notSaved(error: unknown) {
		return `Nothing was changed: the data could not be saved in this browser (${message(error)}).`;
	}

	async acceptZip() {
		const result = this.zipReport;
		if (!result) return;
		const found = this.zipDependents;
		const remove = this.remove && found !== null;
		try {
			await this.workspace.acceptAll(result, { remove });
			const n = Object.keys(result.reports).length;
			this.zipDone = `Replaced ${n} table${n === 1 ? '' : 's'} with the data in ${result.file}.`;
			this.done = found ? this.words.others(found, remove) : {};
		} catch (error) {
			this.zipRefusal = this.#notSaved(error);
		}
		this.zipReport = null;
		this.remove = false;
	}

	/** Cancels the waiting zip, and says so in the zip's status (focus goes to its picker). */
	cancelZip() {
		if (this.zipReport) this.zipDone = this.words.cancelled(this.zipReport.file);
		this.zipReport = null;
		this.remove = false;
	}

	/** Accepts the waiting report; resolves with its table, for the page to move focus to. */
	async acceptTable(): Promise<TableName | null> {
		const checked = this.report;
		if (!checked) return null;
		const found = this.dependents;
		const remove = this.remove && found !== null;
		try {
			await this.workspace.accept(checked, { remove });
			this.done = {
				...(found ? this.words.others(found, remove) : {}),
				[checked.table]: this.words.accepted(checked)
			};
		} catch (error) {
			this.refusal = this.#notSaved(error);
		}
		this.report = null;
		this.remove = false;
		return checked.table;
	}

	/**
	 * Cancels the waiting report, and says so in its table's status; resolves with the table,
	 * for the page to move focus to its file picker.
	 */
	cancelTable(): TableName | null {
		const checked = this.report;
		if (checked) this.done = { [checked.table]: this.words.cancelled(checked.file) };
		this.report = null;
		this.remove = false;
		return checked?.table ?? null;
	}

	async resetTable(table: TableName) {
		this.refusal = this.undoRefusal = null;
		this.undone = '';
		this.done = {};
		try {
			await this.workspace.reset(table);
			this.done[table] = this.words.undone(table, this.workspace.tables[table].rows.length);
		} catch (error) {
			this.refusal = `Nothing was removed from ${this.words.titleOf(table)}: ${message(error)}.`;
		}
	}

	/**
	 * Undoes the last change, and says what it put back. A second press while one is being
	 * written is ignored, so a double click undoes one change, not two.
	 */
	async undoLast() {
		if (this.#undoing) return;
		this.#undoing = true;
		this.refusal = this.undoRefusal = null;
		this.undone = this.zipDone = '';
		this.done = {};
		try {
			const step = await this.workspace.undo();
			if (step) this.undone = this.words.restored(step);
		} catch (error) {
			this.undoRefusal =
				error instanceof UndoRecordLost
					? `The last change could not be undone: ${message(error)}, so it was taken off the list.`
					: `Nothing was undone: the data could not be saved in this browser (${message(error)}).`;
		} finally {
			this.#undoing = false;
		}
	}
}

/** Dependents worth asking about: some rows refer to what goes. */
const someRows = (found: Dependents | null) => (found && found.direct.length > 0 ? found : null);
