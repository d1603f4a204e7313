import type { TableName } from '../schemas';
import type { ImportReport } from '../import/import-table';
import type { CheckPlace } from '../import/progress';
import type { KnownIds } from '../import/table-checks';
import type { WorkspaceImport } from '../import/workspace-zip';
import {
	plainKnown,
	runImportJob,
	type ImportJob,
	type ImportRequest,
	type JobResult,
	type WorkerReply
} from './import-job';
import { faultWords, stoppedWords, tooSlowWords, type FailureKind } from './import-words';

/**
 * How long one check may run in the worker before it is stopped: a table's file, or a whole
 * workspace .zip (up to ten tables, and both copies of each). Every file within the import
 * limits checks in a few seconds on an ordinary laptop, so a check still running after this is
 * stuck on something in the file; stopping it frees the page for the next import.
 */
export const CHECK_TIME_LIMITS_MS: Record<ImportJob['kind'], number> = {
	table: 30_000,
	zip: 60_000
};

/**
 * For browser tests only: a number of milliseconds stored under this localStorage key replaces
 * both limits, so a test can have a check stopped without a file that is truly slow. It is read
 * at each check. Harmless if set by hand: it only changes how long a check may run.
 */
export const CHECK_TIME_LIMIT_KEY = 'send-oversight:check-time-limit-ms';

/** A check that could not finish; its message is the whole sentence the page shows. */
export class ImportFailed extends Error {
	constructor(
		message: string,
		readonly kind: FailureKind = 'fault'
	) {
		super(message);
		this.name = 'ImportFailed';
	}
}

type Waiting = {
	id: number;
	job: ImportJob;
	resolve: (result: unknown) => void;
	reject: (error: Error) => void;
};
type Running = Waiting & {
	timer: ReturnType<typeof setTimeout> | undefined;
	/** Where the worker last said it had got to. */
	place: CheckPlace | null;
};

/** Vite bundles the worker as its own file beside the app's scripts, found by this exact form. */
function startImportWorker(): Worker {
	return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

export interface ImportClientOptions {
	/** How long to wait for a new worker to say it has loaded before checking on the main thread. */
	startTimeoutMs?: number;
	/** How long a check of each kind may run in the worker before it is stopped. */
	timeLimitMs?: (kind: ImportJob['kind']) => number;
}

/**
 * Sends files to the import worker one at a time and matches the replies by request id. The
 * bytes are transferred, not copied. A check that runs past its time limit is stopped by ending
 * the worker; it fails with words that name the file (and the column that took the time, from
 * the worker's progress messages), and a new worker starts for the next. Checks asked for
 * meanwhile wait here, not in the worker, so they were never sent and simply go to the new
 * worker: only the slow file fails.
 *
 * Where workers are missing or the worker does not start, the same checks run on the main
 * thread instead (slower for a large file, but they still run). A check there cannot be
 * stopped: it runs to the end, however long that takes.
 */
export class ImportClient {
	#worker: Promise<Worker | null> | null = null;
	/** The worker that has loaded and takes checks now. */
	#current: Worker | null = null;
	#waiting: Waiting[] = [];
	#running: Running | null = null;
	#nextId = 1;
	readonly #createWorker: (() => Worker) | null;
	readonly #startTimeoutMs: number;
	readonly #timeLimitMs: (kind: ImportJob['kind']) => number;

	constructor(
		createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : startImportWorker,
		options: ImportClientOptions = {}
	) {
		this.#createWorker = createWorker;
		this.#startTimeoutMs = options.startTimeoutMs ?? 20_000;
		this.#timeLimitMs = options.timeLimitMs ?? ((kind) => CHECK_TIME_LIMITS_MS[kind]);
	}

	checkTable(
		table: TableName,
		file: { name: string; bytes: Uint8Array },
		known?: KnownIds,
		publishedIndicators?: Iterable<string>
	): Promise<ImportReport> {
		return this.run({
			kind: 'table',
			table,
			file: file.name,
			bytes: file.bytes,
			known: plainKnown(known),
			publishedIndicators: publishedIndicators && Array.from(publishedIndicators, String)
		});
	}

	checkZip(
		file: { name: string; bytes: Uint8Array },
		known?: KnownIds,
		publishedIndicators?: Iterable<string>
	): Promise<WorkspaceImport> {
		return this.run({
			kind: 'zip',
			file: file.name,
			bytes: file.bytes,
			known: plainKnown(known),
			publishedIndicators: publishedIndicators && Array.from(publishedIndicators, String)
		});
	}

	run<J extends ImportJob>(job: J): Promise<JobResult<J>> {
		return new Promise<JobResult<J>>((resolve, reject) => {
			const id = this.#nextId++;
			this.#waiting.push({ id, job, resolve: resolve as (r: unknown) => void, reject });
			void this.#next();
		});
	}

	/** Sends the next waiting check, once the one before has finished. */
	async #next(): Promise<void> {
		if (this.#running || this.#waiting.length === 0) return;
		const item = this.#waiting.shift()!;
		// Held as running while the worker starts, so no other check overtakes it.
		const running: Running = { ...item, timer: undefined, place: null };
		this.#running = running;
		const worker = await this.#start();
		if (!worker) return this.#onMainThread(item);
		try {
			const buffer = item.job.bytes.buffer;
			worker.postMessage({ id: item.id, job: item.job } satisfies ImportRequest, {
				transfer: buffer instanceof ArrayBuffer ? [buffer] : []
			});
		} catch {
			// Cloning fails before anything is transferred, so the bytes are still here.
			return this.#onMainThread(item);
		}
		const limit = this.#timeLimitMs(item.job.kind);
		running.timer = setTimeout(() => this.#tooSlow(worker, limit), limit);
	}

	#onMainThread(item: Waiting): void {
		try {
			item.resolve(runImportJob(item.job));
		} catch (error) {
			item.reject(new ImportFailed(faultWords(item.job.file, messageOf(error)), 'fault'));
		}
		this.#finish();
	}

	/** The check running now is over (answered, failed or stopped): on to the next. */
	#finish(): void {
		if (this.#running) clearTimeout(this.#running.timer);
		this.#running = null;
		void this.#next();
	}

	/** Starts the worker once, waiting for it to say it has loaded; null means "use the main thread". */
	#start(): Promise<Worker | null> {
		this.#worker ??= new Promise((resolve) => {
			let worker: Worker;
			try {
				if (!this.#createWorker) return resolve(null);
				worker = this.#createWorker();
			} catch {
				return resolve(null);
			}
			const giveUp = () => {
				clearTimeout(timer);
				worker.terminate();
				resolve(null);
			};
			const timer = setTimeout(giveUp, this.#startTimeoutMs);
			worker.onerror = (event) => {
				event.preventDefault();
				giveUp();
			};
			worker.onmessage = (event: MessageEvent<WorkerReply>) => {
				if (event.data?.type !== 'ready') return;
				clearTimeout(timer);
				worker.onmessage = (reply: MessageEvent<WorkerReply>) => this.#answer(reply.data);
				worker.onerror = (error) => {
					error.preventDefault();
					this.#stopped(worker, error.message || 'it ended unexpectedly');
				};
				worker.onmessageerror = () => this.#stopped(worker, 'its answer could not be read');
				this.#current = worker;
				resolve(worker);
			};
		});
		return this.#worker;
	}

	#answer(reply: WorkerReply): void {
		const running = this.#running;
		// A reply for a check no longer running (it was stopped) is dropped.
		if (reply.type === 'ready' || !running || reply.id !== running.id) return;
		if (reply.type === 'progress') {
			running.place = reply.place;
			return;
		}
		if (reply.type === 'done') running.resolve(reply.result);
		else running.reject(new ImportFailed(faultWords(running.job.file, reply.message), 'fault'));
		this.#finish();
	}

	/** The check ran past its limit: the worker is ended, and the next check gets a new one. */
	#tooSlow(worker: Worker, limit: number): void {
		const running = this.#end(worker);
		if (!running) return;
		running.reject(
			new ImportFailed(tooSlowWords(running.job.file, limit, running.place), 'too-slow')
		);
		this.#finish();
	}

	/** The worker broke: the check it was running fails, and the next check starts a new worker. */
	#stopped(worker: Worker, detail: string): void {
		const running = this.#end(worker);
		if (!running) return;
		running.reject(new ImportFailed(stoppedWords(running.job.file, detail), 'stopped'));
		this.#finish();
	}

	/** Ends the worker; the check it was running, if it is still this client's worker. */
	#end(worker: Worker): Running | null {
		worker.terminate();
		if (this.#current !== worker) return null;
		this.#current = null;
		this.#worker = null;
		return this.#running;
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The test hook's limit (see CHECK_TIME_LIMIT_KEY), or null when none is set. */
export function testTimeLimit(): number | null {
	try {
		const ms = Number(globalThis.localStorage?.getItem(CHECK_TIME_LIMIT_KEY) ?? NaN);
		return Number.isFinite(ms) && ms > 0 ? ms : null;
	} catch {
		// Storage can be blocked (private modes, sandboxed frames): no hook then.
		return null;
	}
}

/** The page's one client; its worker starts with the first file checked. */
export const importClient = new ImportClient(undefined, {
	timeLimitMs: (kind) => testTimeLimit() ?? CHECK_TIME_LIMITS_MS[kind]
});
