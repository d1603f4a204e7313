import { layoutOf, TABLE_NAMES, type Column, type TableName, type Workspace } from './schemas';

/**
 * The area's own tables as SQL, for the database that already holds the published ones (DuckDB
 * in the browser, and in Node for tests): each table `t` becomes `workspace.t`, with the area's
 * ONS code as its first column (`area_code`, as in `observations`) and then one column per
 * layout column under its key. Lists are VARCHAR[] (`unnest` them to join); milestones are a
 * list of STRUCT(value DOUBLE, date DATE). Written only with `?` parameters, never with values
 * in the SQL text, so an officer's text cannot change a statement.
 */
export const WORKSPACE_SCHEMA = 'workspace';

/** Rows per INSERT: enough to be quick, few enough parameters for either engine. */
const BATCH = 200;

export type Statement = { sql: string; params: (string | number | null)[] };

const TYPE: Record<Column['sql'], string> = {
	VARCHAR: 'VARCHAR',
	DATE: 'DATE',
	DOUBLE: 'DOUBLE',
	BOOLEAN: 'BOOLEAN',
	'VARCHAR[]': 'VARCHAR[]',
	MILESTONES: 'STRUCT("value" DOUBLE, "date" DATE)[]'
};

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const workspaceTable = (table: TableName) => `${WORKSPACE_SCHEMA}.${quoted(table)}`;

/** CREATE TABLE for one workspace table (every area's rows share it). */
export function createWorkspaceTableSql(table: TableName): string {
	const columns = layoutOf(table).columns.map((c) => `${quoted(c.key)} ${TYPE[c.sql]}`);
	return `CREATE TABLE IF NOT EXISTS ${workspaceTable(table)} ("area_code" VARCHAR, ${columns.join(', ')})`;
}

/** One cell as placeholders and their parameters. */
function cell(column: Column, value: unknown): { sql: string; params: Statement['params'] } {
	if (value === null || value === undefined) return { sql: 'NULL', params: [] };
	switch (column.sql) {
		case 'VARCHAR[]': {
			const list = value as string[];
			if (list.length === 0) return { sql: '[]::VARCHAR[]', params: [] };
			return { sql: `[${list.map(() => '?').join(', ')}]::VARCHAR[]`, params: list };
		}
		case 'MILESTONES': {
			const list = value as { value: number; date: string }[];
			if (list.length === 0) return { sql: `[]::${TYPE.MILESTONES}`, params: [] };
			return {
				sql: `[${list.map(() => `{'value': ?::DOUBLE, 'date': ?::DATE}`).join(', ')}]`,
				params: list.flatMap((m) => [m.value, m.date])
			};
		}
		case 'DATE':
			return { sql: '?::DATE', params: [value as string] };
		case 'DOUBLE':
			return { sql: '?::DOUBLE', params: [value as number] };
		case 'BOOLEAN':
			// As text: a runner's parameters are text and numbers only.
			return { sql: '?::BOOLEAN', params: [value ? 'true' : 'false'] };
		default:
			return { sql: '?', params: [String(value)] };
	}
}

/**
 * Everything that puts an area's tables in the database: the schema and tables (made once),
 * the area's old rows out, and its rows in, in batches. Tables the workspace does not hold are
 * left empty for the area, so a query never reads another moment's rows.
 */
export function workspaceStatements(area: string, workspace: Partial<Workspace>): Statement[] {
	const statements: Statement[] = [
		{ sql: `CREATE SCHEMA IF NOT EXISTS ${WORKSPACE_SCHEMA}`, params: [] }
	];
	for (const table of TABLE_NAMES) {
		const columns = layoutOf(table).columns;
		statements.push({ sql: createWorkspaceTableSql(table), params: [] });
		statements.push({
			sql: `DELETE FROM ${workspaceTable(table)} WHERE "area_code" = ?`,
			params: [area]
		});
		const rows = (workspace[table] ?? []) as Record<string, unknown>[];
		for (let start = 0; start < rows.length; start += BATCH) {
			const values: string[] = [];
			const params: Statement['params'] = [];
			for (const row of rows.slice(start, start + BATCH)) {
				const cells = columns.map((c) => cell(c, row[c.key]));
				values.push(`(?, ${cells.map((c) => c.sql).join(', ')})`);
				params.push(area, ...cells.flatMap((c) => c.params));
			}
			statements.push({
				sql: `INSERT INTO ${workspaceTable(table)} VALUES ${values.join(', ')}`,
				params
			});
		}
	}
	return statements;
}
