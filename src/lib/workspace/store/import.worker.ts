/**
 * Checks imported files off the main thread, so a large spreadsheet never freezes the page.
 * Loaded by import-client.ts; it says "ready" once its code has loaded, then answers each
 * request by id. A file it cannot check becomes a "failed" reply, never an uncaught error.
 * While a check runs it says where it has got to, at most every 200 ms, so that a check
 * stopped for taking too long can name the column that made it slow.
 */
import { ProgressTracker } from '../import/progress';
import { runImportJob, type ImportRequest, type WorkerReply } from './import-job';

/** How often, at most, the worker says where it has got to (each message costs the page a little). */
const PROGRESS_EVERY_MS = 200;

const reply = (message: WorkerReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	const { id, job } = event.data;
	const progress = new ProgressTracker(
		(place) => reply({ type: 'progress', id, place }),
		PROGRESS_EVERY_MS
	);
	try {
		reply({ type: 'done', id, result: runImportJob(job, progress) });
	} catch (error) {
		reply({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
	}
});

reply({ type: 'ready' });
