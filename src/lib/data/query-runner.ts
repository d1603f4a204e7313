/** A row as both DuckDB runtimes return it once normalised: plain JS values only. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Runs SQL with positional `?` parameters. Data functions take a runner instead of
 * importing an engine, so the same query runs on DuckDB in Node (build-time prerender,
 * tests) and on duckdb-wasm in the browser.
 */
export type QueryRunner = (
	sql: string,
	params?: readonly (string | number | null)[]
) => Promise<Row[]>;

/** DuckDB returns BIGINT/HUGEINT as bigint, which breaks Plot, zod and JSON: make them numbers. */
export function normaliseValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}

export function normaliseRow(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) out[key] = normaliseValue(value);
	return out;
}

/** One connection runs one statement at a time: queue callers instead of failing under Promise.all. */
export function serialise(runner: QueryRunner): QueryRunner {
	let last: Promise<unknown> = Promise.resolve();
	return (sql, params) => {
		const next = last.then(() => runner(sql, params));
		last = next.catch(() => undefined);
		return next;
	};
}
