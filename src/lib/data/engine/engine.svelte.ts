import { base } from '$app/paths';
import type { QueryRunner } from '../query-runner';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/**
 * The in-browser database, started once in the background after the page is shown.
 * Pages never wait for it: their figures are prerendered. Controls that need it read
 * `status` and say so while it starts, or why it could not.
 */
class Engine {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	#runner: Promise<QueryRunner> | null = null;

	start(): Promise<QueryRunner> {
		if (this.#runner) return this.#runner;
		this.status = 'starting';
		this.#runner = import('./browser-engine')
			.then(({ startBrowserEngine }) => startBrowserEngine(base))
			.then((runner) => {
				this.status = 'ready';
				performance.mark('duckdb-ready');
				return runner;
			})
			.catch((error: unknown) => {
				this.status = 'failed';
				this.error = explain(error);
				throw error;
			});
		this.#runner.catch(() => undefined);
		return this.#runner;
	}

	/** Runs a query once the database is ready (starting it if needed). */
	async query<T>(fn: (run: QueryRunner) => Promise<T>): Promise<T> {
		return fn(await this.start());
	}
}

function explain(error: unknown): string {
	if (typeof WebAssembly === 'undefined') return 'this browser does not support WebAssembly';
	const message = error instanceof Error ? error.message : String(error);
	return /fetch|network|load|wasm|instantiate|compile/i.test(message)
		? 'the database engine could not be downloaded or started (it may be blocked on this network)'
		: message;
}

export const engine = new Engine();
