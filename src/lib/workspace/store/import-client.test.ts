import { describe, expect, it } from 'vitest';
import { exportWorkspaceZip, importTable, importWorkspaceZip, templateCsv } from '$lib/workspace';
import {
	CHECK_TIME_LIMIT_KEY,
	CHECK_TIME_LIMITS_MS,
	ImportClient,
	ImportFailed,
	testTimeLimit
} from './import-client';
import { runImportJob, type ImportRequest, type WorkerReply } from './import-job';

const meetings = () => new TextEncoder().encode(templateCsv('meetings', { example: true }));

type Behaviour = {
	/** Fires an error instead of saying it is ready (a missing or broken worker file). */
	failsToLoad?: boolean;
	/**
	 * Answers this way instead of running the job (undefined: run it). A list is sent in order
	 * (progress, say); with no answer among it, the job never ends.
	 */
	answer?: (request: ImportRequest) => WorkerReply | WorkerReply[] | 'crash' | undefined;
};

/**
 * Stands in for a browser Worker in Node: messages are structured-cloned (with transfer) both
 * ways, as a real worker's are, and the job runs with the same code the worker runs.
 */
function fakeWorkers(behaviour: Behaviour = {}) {
	const seen: ImportRequest[] = [];
	const workers: FakeWorker[] = [];
	class FakeWorker {
		onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
		onerror: ((event: ErrorEvent) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		seen: ImportRequest[] = [];
		terminated = false;
		constructor() {
			workers.push(this);
			setTimeout(() =>
				behaviour.failsToLoad ? this.fail('Failed to load') : this.send({ type: 'ready' })
			);
		}
		send(reply: WorkerReply) {
			if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
		}
		fail(message: string) {
			if (!this.terminated) this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
		}
		postMessage(message: ImportRequest, options: { transfer: Transferable[] }) {
			const request = structuredClone(message, options);
			seen.push(request);
			this.seen.push(request);
			setTimeout(() => {
				const reply = behaviour.answer?.(request) ?? {
					type: 'done' as const,
					id: request.id,
					result: runImportJob(request.job)
				};
				if (reply === 'crash') this.fail('Out of memory');
				else for (const r of [reply].flat()) this.send(r);
			});
		}
		terminate() {
			this.terminated = true;
		}
	}
	return {
		create: () => new FakeWorker() as unknown as Worker,
		seen,
		workers,
		started: () => workers.length
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

	it('sends one check at a time, in the order asked, and answers each by its id', async () => {
		const workers = fakeWorkers();
		const client = new ImportClient(workers.create);
		const first = client.checkTable('meetings', { name: 'first.csv', bytes: meetings() });
		const second = client.checkTable('risks', { name: 'second.csv', bytes: meetings() });
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(workers.seen.map((r) => r.job.file)).toEqual(['first.csv']);
		const [a, b] = await Promise.all([first, second]);
		expect([a.file, a.table, a.refused]).toEqual(['first.csv', 'meetings', false]);
		expect([b.file, b.table, b.refused]).toEqual(['second.csv', 'risks', true]);
		expect(workers.seen.map((r) => r.job.file)).toEqual(['first.csv', 'second.csv']);
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
		const client = new ImportClient(silent, { startTimeoutMs: 10 });
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report.goodRows).toBe(1);
	});

	it('turns a failed check into an ImportFailed that says trying the same file again will not help', async () => {
		const client = new ImportClient(
			fakeWorkers({ answer: (r) => ({ type: 'failed', id: r.id, message: 'boom' }) }).create
		);
		const check = client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		await expect(check).rejects.toBeInstanceOf(ImportFailed);
		await expect(check).rejects.toMatchObject({
			kind: 'fault',
			message: expect.stringMatching(
				/^m\.csv could not be checked: something in it made the checker fail \(boom\)\. Nothing was changed\. Importing the same file again will not help/
			)
		});
	});

	it('fails the waiting check when the worker stops, and starts a new worker for the next', async () => {
		let crash = true;
		const workers = fakeWorkers({ answer: () => (crash ? 'crash' : undefined) });
		const client = new ImportClient(workers.create);
		await expect(
			client.checkTable('meetings', { name: 'm.csv', bytes: meetings() })
		).rejects.toMatchObject({
			kind: 'stopped',
			message: expect.stringMatching(
				/^m\.csv could not be checked: the checker stopped \(Out of memory\)\. Nothing was changed\./
			)
		});
		crash = false;
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report.goodRows).toBe(1);
		expect(workers.started()).toBe(2);
	});

	it('turns a check that fails on the main thread into an ImportFailed too', async () => {
		const client = new ImportClient(null);
		const job = { kind: 'table', table: 'nonsense', file: 'm.csv', bytes: meetings() } as const;
		await expect(client.run(job as never)).rejects.toMatchObject({
			name: 'ImportFailed',
			kind: 'fault'
		});
	});
});

describe('a check that runs past its time limit', () => {
	const hang = () => [] as WorkerReply[];

	it('is stopped: the worker is ended, the check fails saying so, and the next check gets a new worker', async () => {
		let slow = true;
		const workers = fakeWorkers({ answer: () => (slow ? hang() : undefined) });
		const client = new ImportClient(workers.create, { timeLimitMs: () => 30 });
		const check = client.checkTable('actions', { name: 'actions.csv', bytes: meetings() });
		await expect(check).rejects.toBeInstanceOf(ImportFailed);
		await expect(check).rejects.toMatchObject({
			kind: 'too-slow',
			message:
				'Checking actions.csv took longer than 30 milliseconds, so it was stopped. The file may be too large for this computer to check: remove what it does not need (old rows, other sheets, extra columns), then import it again. Nothing was changed.'
		});
		expect(workers.workers[0].terminated).toBe(true);
		slow = false;
		const report = await client.checkTable('meetings', { name: 'm.csv', bytes: meetings() });
		expect(report.goodRows).toBe(1);
		expect(workers.started()).toBe(2);
	});

	it('names the column that took most of the time, from the worker’s progress', async () => {
		const workers = fakeWorkers({
			answer: (r) => [
				{
					type: 'progress',
					id: r.id,
					place: { file: 'framework.csv', row: 40, column: 'Owner', slowest: 'Milestones' }
				}
			]
		});
		const client = new ImportClient(workers.create, { timeLimitMs: () => 1500 });
		await expect(
			client.checkTable('framework', { name: 'framework.csv', bytes: meetings() })
		).rejects.toThrow(
			"Checking framework.csv took longer than 1.5 seconds, so it was stopped. Most of that time went on the column 'Milestones': look there for very long or unusual entries, then import the file again. Nothing was changed."
		);
	});

	it('names the table’s file inside a zip', async () => {
		const place = { file: 'actions.csv', row: 3, column: 'Update', slowest: null };
		const workers = fakeWorkers({ answer: (r) => [{ type: 'progress', id: r.id, place }] });
		const client = new ImportClient(workers.create, {
			timeLimitMs: (kind) => (kind === 'zip' ? 40 : 0)
		});
		await expect(client.checkZip({ name: 'w.zip', bytes: meetings() })).rejects.toThrow(
			/^Checking w\.zip took longer than 40 milliseconds, so it was stopped, while checking actions\.csv in it\. The file may be too large/
		);
	});

	it('leaves the checks waiting behind it to the new worker, never sent to the stopped one', async () => {
		const workers = fakeWorkers({
			answer: (r) => (r.job.file === 'slow.csv' ? hang() : undefined)
		});
		const client = new ImportClient(workers.create, { timeLimitMs: () => 30 });
		const slow = client.checkTable('meetings', { name: 'slow.csv', bytes: meetings() });
		const next = client.checkTable('meetings', { name: 'next.csv', bytes: meetings() });
		await expect(slow).rejects.toMatchObject({ kind: 'too-slow' });
		expect((await next).goodRows).toBe(1);
		expect(workers.workers.map((w) => w.seen.map((r) => r.job.file))).toEqual([
			['slow.csv'],
			['next.csv']
		]);
	});

	it('gives each check its own limit, counted from when it is sent', async () => {
		const workers = fakeWorkers({
			answer: (r) => {
				// Each answers after 80 ms, within its own 200 ms but not three of them back to back.
				const reply = { type: 'done' as const, id: r.id, result: runImportJob(r.job) };
				setTimeout(() => workers.workers[0].send(reply), 80);
				return [];
			}
		});
		const client = new ImportClient(workers.create, { timeLimitMs: () => 200 });
		const checks = ['a', 'b', 'c', 'd'].map((name) =>
			client.checkTable('meetings', { name: `${name}.csv`, bytes: meetings() })
		);
		expect((await Promise.all(checks)).map((r) => r.goodRows)).toEqual([1, 1, 1, 1]);
	});
});

describe('the time limit', () => {
	it('is 30 seconds for a table’s file and 60 for a whole-workspace zip', () => {
		expect(CHECK_TIME_LIMITS_MS).toEqual({ table: 30_000, zip: 60_000 });
	});

	it('can be set for a browser test under a localStorage key, and is otherwise not', () => {
		const store = new Map<string, string>();
		const storage = {
			getItem: (key: string) => store.get(key) ?? null
		};
		Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
		try {
			expect(testTimeLimit()).toBeNull();
			store.set(CHECK_TIME_LIMIT_KEY, '250');
			expect(testTimeLimit()).toBe(250);
			for (const bad of ['0', '-5', 'soon', ''])
				expect((store.set(CHECK_TIME_LIMIT_KEY, bad), testTimeLimit()), bad).toBeNull();
		} finally {
			delete (globalThis as { localStorage?: unknown }).localStorage;
		}
		expect(testTimeLimit()).toBeNull();
	});
});
