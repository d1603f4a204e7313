import { layoutOf, type RowOf, type TableName } from './schemas';

/**
 * Rows kept in a browser before a table gained a column have no value for it at all. They are
 * given the column's blank value (null, or [] for a list) on load, so every view can rely on
 * each row having every field the schema has today.
 */
export function withCurrentColumns<T extends TableName>(
	table: T,
	rows: readonly Record<string, unknown>[]
): RowOf<T>[] {
	const columns = layoutOf(table).columns;
	return rows.map((row) => {
		const missing = columns.filter((c) => !(c.key in row));
		if (!missing.length) return row as RowOf<T>;
		return {
			...Object.fromEntries(missing.map((c) => [c.key, structuredClone(c.empty)])),
			...row
		} as RowOf<T>;
	});
}
