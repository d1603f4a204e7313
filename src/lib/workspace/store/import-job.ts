import type { TableName } from '../schemas';
import { importTable, type ImportReport } from '../import/import-table';
import type { CheckPlace, Progress } from '../import/progress';
import type { KnownIds } from '../import/table-checks';
import { importWorkspaceZip, type WorkspaceImport } from '../import/workspace-zip';

/**
 * One file to check, as it crosses to the import worker and back. Everything in it must survive
 * structured cloning, so known ids travel as plain arrays, never Sets or Svelte proxies.
 */
export type PlainKnownIds = { [K in keyof KnownIds]?: string[] };

export type ImportJob =
	| {
			kind: 'table';
			table: TableName;
			file: string;
			bytes: Uint8Array;
			known?: PlainKnownIds;
			/** So a local measure cannot take a published measure's id. */
			publishedIndicators?: string[];
	  }
	| {
			kind: 'zip';
			file: string;
			bytes: Uint8Array;
			known?: PlainKnownIds;
			publishedIndicators?: string[];
	  };

export type JobResult<J extends ImportJob> = J extends { kind: 'table' }
	? ImportReport
	: WorkspaceImport;

/** Main thread → worker. */
export type ImportRequest = { id: number; job: ImportJob };
/**
 * Worker → main thread: ready once loaded, then for each request where it has got to (now and
 * then, while it runs) and one answer.
 */
export type WorkerReply =
	| { type: 'ready' }
	| { type: 'progress'; id: number; place: CheckPlace }
	| { type: 'done'; id: number; result: ImportReport | WorkspaceImport }
	| { type: 'failed'; id: number; message: string };

/** Known ids as arrays of strings; a kind left out stays out (it is then not checked). */
export function plainKnown(known: KnownIds | undefined): PlainKnownIds | undefined {
	if (!known) return undefined;
	const plain: PlainKnownIds = {};
	for (const [kind, ids] of Object.entries(known) as [keyof KnownIds, Iterable<string>][])
		if (ids !== undefined) plain[kind] = Array.from(ids, String);
	return plain;
}

/** The check itself, the same in the worker and on the main thread. */
export function runImportJob<J extends ImportJob>(job: J, progress?: Progress): JobResult<J> {
	if (job.kind === 'table')
		return importTable(job.table, job.bytes, {
			file: job.file,
			known: job.known,
			publishedIndicators: job.publishedIndicators,
			progress
		}) as JobResult<J>;
	return importWorkspaceZip(job.bytes, {
		file: job.file,
		known: job.known,
		publishedIndicators: job.publishedIndicators,
		progress
	}) as JobResult<J>;
}
