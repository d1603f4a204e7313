import { base } from '$app/paths';
import type { QueryRunner } from '$lib/data/query-runner';
import type { Workspace } from '$lib/workspace';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/**
 * The in-browser database (duckdb-wasm), started on demand: only a control that needs SQL
 * (the overview's "compare any measure" panel) starts it, when it is first seen or used, so no
 * other page downloads the 34 MB engine. Pages never wait for it: their figures are
 * prerendered or drawn from small static files. Controls that need it read `status` and say
 * so while it starts, or why it could not. The tables it holds are described in
 * src/lib/data/README.md.
 */
class Engine {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	#runner: Promise<QueryRunner> | null = null;

	start(): Promise<QueryRunner> {
		if (this.#runner) return this.#runner;
		this.status = 'starting';
		performance.mark('duckdb-start');
		this.#runner = import('$lib/data/engine/browser-engine')
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

	/**
	 * Puts an area's own tables in the database, in the `workspace` schema beside the published
	 * tables, replacing what it held for that area, so a page can join them in SQL (framework
	 * measures to their observations, say).
	 */
	async attachWorkspace(area: string, workspace: Partial<Workspace>): Promise<void> {
		// Loaded here, not at the top: the footer reads this module on every page, and the
		// workspace schemas (with zod) must not weigh on pages that never use them.
		const { workspaceStatements } = await import('$lib/workspace/sql-tables');
		await this.query(async (run) => {
			for (const { sql, params } of workspaceStatements(area, workspace)) await run(sql, params);
		});
	}
}

function explain(error: unknown): string {
	if (typeof WebAssembly === 'undefined') return 'this browser does not support WebAssembly';
	const message = error instanceof Error ? error.message : String(error);
	return /fetch|network|load|wasm|instantiate|compile/i.test(message)
		? 'the database engine could not be downloaded or started (it may be blocked on this network)'
		: message;
}

/** The one engine of the page session. */
export const engine = new Engine();
