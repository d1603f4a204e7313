import { layoutOf, type CellOut, type RowOf, type TableName } from '../schemas';

/**
 * A table's rows as the cells an export writes, in layout order under the officer's headers.
 * CSV and .xlsx both start here, so they always agree.
 */
export interface TableCells {
	header: string[];
	body: CellOut[][];
}

export function tableCells<T extends TableName>(table: T, rows: readonly RowOf<T>[]): TableCells {
	const layout = layoutOf(table);
	return {
		header: layout.columns.map((c) => c.header),
		body: rows.map((row) =>
			layout.columns.map((c) => c.write((row as Record<string, unknown>)[c.key] ?? c.empty))
		)
	};
}

/** A row made of each column's example, read as an import would: the templates' example row. */
export function exampleRow<T extends TableName>(table: T): RowOf<T> {
	const layout = layoutOf(table);
	const row: Record<string, unknown> = {};
	for (const column of layout.columns) {
		const parsed = column.example === '' ? null : column.parse(column.example);
		if (parsed && !parsed.ok)
			throw new Error(`The example for ${table}.${column.key} does not read: ${parsed.message}`);
		row[column.key] = parsed ? parsed.value : column.empty;
	}
	return layout.schema.parse(row) as RowOf<T>;
}
