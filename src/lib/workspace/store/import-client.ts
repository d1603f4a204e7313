import type { TableName } from '../schemas';
import type { ImportReport } from '../import/import-table';
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

/** A check that could not finish (the worker stopped, say); the page shows it as a refusal. */
export class ImportFailed extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFailed';
	}
}

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void };

/** Vite bundles the worker as its own file beside the app's scripts, found by this exact form. */
function startImportWorker(): Worker {
	return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Sends files to the import worker and matches the replies by request id. The bytes are
 * transferred, not copied. Where workers are missing or the worker does not start, the same
 * checks run on the main thread instead (slower for a large file, but they still run).
 */
export class ImportClient {
	#worker: Promise<Worker | null> | null = null;
	#pending = new Map<number, Pending>();
	#nextId = 1;

	constructor(
		private readonly createWorker: (() => Worker) | null = typeof Worker === 'undefined'
			? null
			: startImportWorker,
		private readonly startTimeoutMs = 20_000
	) {}

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

	async run<J extends ImportJob>(job: J): Promise<JobResult<J>> {
		const worker = await this.#start();
		if (!worker) return runImportJob(job);
		return new Promise<JobResult<J>>((resolve, reject) => {
			const id = this.#nextId++;
			this.#pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
			try {
				const buffer = job.bytes.buffer;
				worker.postMessage({ id, job } satisfies ImportRequest, {
					transfer: buffer instanceof ArrayBuffer ? [buffer] : []
				});
			} catch {
				// Cloning fails before anything is transferred, so the bytes are still here.
				this.#pending.delete(id);
				try {
					resolve(runImportJob(job));
				} catch (error) {
					reject(asError(error));
				}
			}
		});
	}

	/** Starts the worker once, waiting for it to say it has loaded; null means "use the main thread". */
	#start(): Promise<Worker | null> {
		this.#worker ??= new Promise((resolve) => {
			let worker: Worker;
			try {
				if (!this.createWorker) return resolve(null);
				worker = this.createWorker();
			} catch {
				return resolve(null);
			}
			const giveUp = () => {
				clearTimeout(timer);
				worker.terminate();
				resolve(null);
			};
			const timer = setTimeout(giveUp, this.startTimeoutMs);
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
					this.#stop(worker, error.message || 'the checker stopped unexpectedly');
				};
				worker.onmessageerror = () => this.#stop(worker, 'the checker’s reply could not be read');
				resolve(worker);
			};
		});
		return this.#worker;
	}

	#answer(reply: WorkerReply) {
		if (reply.type === 'ready') return;
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		this.#pending.delete(reply.id);
		if (reply.type === 'done') pending.resolve(reply.result);
		else pending.reject(new ImportFailed(reply.message));
	}

	/** The worker broke: every check still waiting fails, and the next one starts a new worker. */
	#stop(worker: Worker, message: string) {
		worker.terminate();
		this.#worker = null;
		for (const pending of this.#pending.values()) pending.reject(new ImportFailed(message));
		this.#pending.clear();
	}
}

function asError(error: unknown): Error {
	return error instanceof Error ? error : new ImportFailed(String(error));
}

/** The page's one client; its worker starts with the first file checked. */
export const importClient = new ImportClient();
