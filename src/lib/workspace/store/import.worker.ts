/**
 * Checks imported files off the main thread, so a large spreadsheet never freezes the page.
 * Loaded by import-client.ts; it says "ready" once its code has loaded, then answers each
 * request by id. A file it cannot check becomes a "failed" reply, never an uncaught error.
 */
import { runImportJob, type ImportRequest, type WorkerReply } from './import-job';

const reply = (message: WorkerReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	const { id, job } = event.data;
	try {
		reply({ type: 'done', id, result: runImportJob(job) });
	} catch (error) {
		reply({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
	}
});

reply({ type: 'ready' });
