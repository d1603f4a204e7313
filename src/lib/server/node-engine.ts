import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { createTableSql } from '$lib/data/create-tables';
import { normaliseRow, serialise, type QueryRunner } from '$lib/data/query-runner';
import { TABLES, type TableSpec } from '$lib/data/tables';

/**
 * DuckDB in Node (the same v1.4.3 engine as duckdb-wasm 1.32), loaded with the same Arrow
 * files the browser loads. Used to prerender pages at build time and by the tests.
 */
export async function createNodeRunner(
	dataDir = join(process.cwd(), 'static', 'data')
): Promise<QueryRunner> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	for (const spec of TABLES) await loadArrowFile(connection, spec, join(dataDir, spec.file));
	return serialise(async (sql, params = []) => {
		const reader = await connection.runAndReadAll(sql, params as (string | number | null)[]);
		return reader.getRowObjectsJS().map(normaliseRow);
	});
}

async function loadArrowFile(connection: DuckDBConnection, spec: TableSpec, path: string) {
	const table = tableFromIPC(readFileSync(path));
	await connection.run(createTableSql(spec.name));
	const appender = await connection.createAppender(spec.name);
	const columns = Object.entries(spec.columns).map(([name, type]) => ({
		type,
		vector: table.getChild(name)
	}));
	for (let i = 0; i < table.numRows; i++) {
		for (const { type, vector } of columns) {
			const value = vector?.get(i);
			if (value === null || value === undefined) appender.appendNull();
			else if (type === 'VARCHAR') appender.appendVarchar(String(value));
			else if (type === 'INTEGER') appender.appendInteger(Number(value));
			else if (type === 'DOUBLE') appender.appendDouble(Number(value));
			else appender.appendBoolean(Boolean(value));
		}
		appender.endRow();
	}
	appender.closeSync();
}

let shared: Promise<QueryRunner> | undefined;

/** One engine per process: prerendering 153 pages must not load the data 153 times. */
export function sharedNodeRunner(): Promise<QueryRunner> {
	return (shared ??= createNodeRunner());
}
