import {
	checkSize,
	DEFAULT_LIMITS,
	type ImportReport,
	type TableName,
	type WorkspaceImport
} from '$lib/workspace';
import type { AreaWorkspace } from './workspace.svelte';

/** What the page says happened, in words it writes itself (see routes/area/[code]/data/words.ts). */
export type FlowWords = {
	accepted: (report: ImportReport) => string;
	undone: (table: TableName, rows: number) => string;
	titleOf: (table: TableName) => string;
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
	#latest = 0;

	constructor(
		readonly workspace: AreaWorkspace,
		private readonly words: FlowWords
	) {}

	/** Starts a check: clears what was waiting, refuses a file too big to read. */
	#begin(file: File): { turn: number; tooBig: string | null } {
		this.report = this.zipReport = this.refusal = this.zipRefusal = null;
		this.zipDone = '';
		this.done = {};
		return { turn: ++this.#latest, tooBig: checkSize(file.size, DEFAULT_LIMITS) };
	}

	#cannotCheck(file: File, error: unknown) {
		return `${file.name} could not be checked (${message(error)}). Nothing was changed; try again.`;
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
		try {
			await this.workspace.acceptAll(result);
			const n = Object.keys(result.reports).length;
			this.zipDone = `Replaced ${n} table${n === 1 ? '' : 's'} with the data in ${result.file}.`;
		} catch (error) {
			this.zipRefusal = this.#notSaved(error);
		}
		this.zipReport = null;
	}

	cancelZip() {
		this.zipReport = null;
	}

	/** Accepts the waiting report; resolves with its table, for the page to move focus to. */
	async acceptTable(): Promise<TableName | null> {
		const checked = this.report;
		if (!checked) return null;
		try {
			await this.workspace.accept(checked);
			this.done[checked.table] = this.words.accepted(checked);
		} catch (error) {
			this.refusal = this.#notSaved(error);
		}
		this.report = null;
		return checked.table;
	}

	cancelTable(): TableName | null {
		const table = this.report?.table ?? null;
		this.report = null;
		return table;
	}

	async resetTable(table: TableName) {
		this.refusal = null;
		try {
			await this.workspace.reset(table);
			this.done[table] = this.words.undone(table, this.workspace.tables[table].rows.length);
		} catch (error) {
			this.refusal = `Nothing was removed from ${this.words.titleOf(table)}: ${message(error)}.`;
		}
	}
}
