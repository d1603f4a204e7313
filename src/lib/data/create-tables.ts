import { TABLES } from './tables';

/** CREATE TABLE statements from the shared column specs, so both runtimes hold identical tables. */
export function createTableSql(name: string): string {
	const spec = TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`unknown table ${name}`);
	const columns = Object.entries(spec.columns).map(([column, type]) => `"${column}" ${type}`);
	return `CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`;
}
