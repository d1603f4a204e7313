import { describe, expect, it } from 'vitest';
import { exportWorkspaceZip, importTable, importWorkspaceZip, templateCsv } from '$lib/workspace';
import { ImportClient, ImportFailed } from './import-client';
import { runImportJob, type ImportRequest, type WorkerReply } from './import-job';

const meetings = () => new TextEncoder().encode(templateCsv('meetings', { example: true }));

type Behaviour = {
	/** Fires an error instead of saying it is ready (a missing or broken worker file). */
	failsToLoad?: boolean;
	/** Answers this way instead of running the job (undefined: run it). */
	answer?: (request: ImportRequest) => WorkerReply | 'crash' | undefined;
	/** Holds replies until this many requests have come, then answers them last first. */
	holdFor?: number;
};

/**
 * Stands in for a browser Worker in Node: messages are structured-cloned (with transfer) both
 * ways, as a real worker's are, and the job runs with the same code the worker runs.
 */
function fakeWorkers(behaviour: Behaviour = {}) {
	const seen: ImportRequest[] = [];
	let started = 0;
	class FakeWorker {
		onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
		onerror: ((event: ErrorEvent) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		held: ImportRequest[] = [];
		terminated = false;
		constructor() {
			started++;
			setTimeout(() =>
				behaviour.failsToLoad ? this.fail('Failed to load') : this.send({ type: 'ready' })
			);
		}
		send(reply: WorkerReply) {
			if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
		}
		fail(message: string) {
			this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
		}
		postMessage(message: ImportRequest, options: { transfer: Transferable[] }) {
			const request = structuredClone(message, options);
			seen.push(request);
			this.held.push(request);
			if (this.held.length < (behaviour.holdFor ?? 1)) return;
			const batch = this.held.reverse();
			this.held = [];
			setTimeout(() => {
				for (const r of batch) {
					const reply = behaviour.answer?.(r) ?? {
						type: 'done' as const,
						id: r.id,
						result: runImportJob(r.job)
					};
					if (reply === 'crash') this.fail('Out of memory');
					else this.send(reply);
				}
			});
		}
		terminate() {
			this.terminated = true;
		}
	}
	return {
		create: () => new FakeWorker() as unknown as Worker,
		seen,
		started: () => started
	};
}

describe('ImportClient', () => {
	it('checks on the main thread where there are no workers', async () => {
		const client = new ImportClient(null);
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report).toEqual(importTable('meetings', meetings(), { file: 'm.csv' }));
		expect(report.goodRows).toBe(1);
	});

	it('sends the bytes to the worker (transferred, not copied) with known ids as arrays', async () => {
		const workers = fakeWorkers();
		const client = new ImportClient(workers.create);
		const bytes = meetings();
		const known = { actions: new Set(['1.1']), indicators: ['x'], risks: undefined };
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes }, known);
		expect(report).toEqual(importTable('meetings', meetings(), { file: 'm.csv' }));
		expect(bytes.byteLength).toBe(0); // the buffer now belongs to the worker
		expect(workers.seen[0].job.known).toEqual({ actions: ['1.1'], indicators: ['x'] });
	});

	it('matches replies to requests by id, whatever order they come back in', async () => {
		const workers = fakeWorkers({ holdFor: 2 });
		const client = new ImportClient(workers.create);
		const [first, second] = await Promise.all([
			client.checkTable('meetings', { name: 'first.csv', bytes: meetings() }),
			client.checkTable('risks', { name: 'second.csv', bytes: meetings() })
		]);
		expect([first.file, first.table, first.refused]).toEqual(['first.csv', 'meetings', false]);
		expect([second.file, second.table, second.refused]).toEqual(['second.csv', 'risks', true]);
		expect(workers.started()).toBe(1);
	});

	it('checks a whole-workspace zip in the worker, as importWorkspaceZip does', async () => {
		const rows = importTable('meetings', meetings(), { file: 'm.csv' }).rows;
		const zip = () => exportWorkspaceZip({ meetings: rows as never }, { formats: ['csv'] });
		const client = new ImportClient(fakeWorkers().create);
		const result = await client.checkZip({ name: 'w.zip', bytes: zip() }, {}, new Set(['a']));
		expect(result).toEqual(
			importWorkspaceZip(zip(), { file: 'w.zip', publishedIndicators: ['a'] })
		);
		expect(result.reports.meetings?.goodRows).toBe(1);
	});

	it('falls back to the main thread when the worker cannot start', async () => {
		for (const create of [
			fakeWorkers({ failsToLoad: true }).create,
			() => {
				throw new Error('Workers are blocked here');
			}
		]) {
			const client = new ImportClient(create);
			const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
			expect(report.goodRows).toBe(1);
		}
	});

	it('falls back when the worker never says it is ready', async () => {
		const silent = () =>
			({ terminate() {}, postMessage() {}, onmessage: null, onerror: null }) as unknown as Worker;
		const client = new ImportClient(silent, 10);
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report.goodRows).toBe(1);
	});

	it('turns a failed check into an ImportFailed with its message', async () => {
		const client = new ImportClient(
			fakeWorkers({ answer: (r) => ({ type: 'failed', id: r.id, message: 'boom' }) }).create
		);
		const check = client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		await expect(check).rejects.toBeInstanceOf(ImportFailed);
		await expect(check).rejects.toThrow('boom');
	});

	it('fails the waiting check when the worker stops, and starts a new worker for the next', async () => {
		let crash = true;
		const workers = fakeWorkers({ answer: () => (crash ? 'crash' : undefined) });
		const client = new ImportClient(workers.create);
		await expect(
			client.checkTable('meetings', { name: 'm.csv', bytes: meetings() })
		).rejects.toThrow('Out of memory');
		crash = false;
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report.goodRows).toBe(1);
		expect(workers.started()).toBe(2);
	});
});
