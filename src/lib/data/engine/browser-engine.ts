// The one module that starts duckdb-wasm. It is only ever loaded by a dynamic import on the
// client (see engine.svelte.ts): a top-level import would break prerendering.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { createTableSql } from '../create-tables';
import { manifestSchema } from '../schemas';
import { normaliseRow, serialise, type QueryRunner } from '../query-runner';
import { DATA_PATH } from '../tables';

/**
 * Starts DuckDB-wasm from the app's own files (the `eh` bundle only: no CDN, so it works
 * on an intranet) and loads the app's Arrow tables into it.
 */
export async function startBrowserEngine(base: string): Promise<QueryRunner> {
	// The data files download while the engine compiles: neither waits for the other.
	const files = loadDataFiles(base);
	files.catch(() => undefined);

	// The engine's wasm (34 MB) downloads here at once, while the worker's own script loads, and
	// the worker compiles it from memory: it would otherwise ask for it only once it had loaded.
	// A blocked download (proxy, policy) fails here with a reason, never leaving the worker waiting.
	const wasm = fetch(ehWasm).then(async (response) => {
		if (!response.ok)
			throw new Error(`the database engine could not be downloaded (${response.status})`);
		return URL.createObjectURL(await response.blob());
	});
	const worker = new Worker(ehWorker);
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) =>
			reject(new Error(`the database worker failed: ${event.message}`))
		);
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		const url = await Promise.race([wasm, failed]);
		try {
			await Promise.race([db.instantiate(url), failed]);
		} finally {
			URL.revokeObjectURL(url);
		}
	} catch (error) {
		worker.terminate();
		throw error;
	}
	performance.mark('duckdb-instantiated');
	const connection = await db.connect();

	for (const { table, bytes } of await files) {
		// Same declared tables as DuckDB in Node; an empty table has nothing to insert.
		await connection.query(createTableSql(table));
		if (bytes) await connection.insertArrowFromIPCStream(bytes, { name: table, create: false });
		performance.mark(`duckdb-loaded-${table}`);
	}

	return serialise(async (sql, params = []) => {
		const statement = await connection.prepare(sql);
		try {
			const result = await statement.query(...params);
			return result.toArray().map((row) => normaliseRow(row.toJSON()));
		} finally {
			await statement.close();
		}
	});
}

/** The manifest's Arrow files, fetched (cache-busted by their hash) in parallel. */
async function loadDataFiles(base: string): Promise<{ table: string; bytes: Uint8Array | null }[]> {
	const response = await fetch(`${base}/${DATA_PATH}/manifest.json`);
	if (!response.ok) throw new Error(`Could not load the data manifest: ${response.status}`);
	const manifest = manifestSchema.parse(await response.json());
	return Promise.all(
		manifest.tables.map(async ({ table, file, rows, sha256 }) => {
			if (rows === 0) return { table, bytes: null };
			const download = await fetch(`${base}/${DATA_PATH}/${file}?v=${sha256.slice(0, 12)}`);
			if (!download.ok) throw new Error(`Could not load ${file}: ${download.status}`);
			const bytes = new Uint8Array(await download.arrayBuffer());
			performance.mark(`duckdb-downloaded-${table}`);
			return { table, bytes };
		})
	);
}
