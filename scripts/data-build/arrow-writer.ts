import {
	Bool,
	Dictionary,
	Float64,
	Int32,
	Table,
	tableToIPC,
	Utf8,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import type { ColumnType, TableSpec } from '../../src/lib/data/tables';

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
	// Dictionary-encoded: codes, ids and source names repeat thousands of times.
	VARCHAR: () => new Dictionary(new Utf8(), new Int32()),
	INTEGER: () => new Int32(),
	DOUBLE: () => new Float64(),
	BOOLEAN: () => new Bool()
};

/** Rows → an Arrow IPC stream with the table's declared column types (nulls kept as nulls). */
export function toArrowIPC(spec: TableSpec, rows: readonly Record<string, unknown>[]): Uint8Array {
	const vectors = Object.fromEntries(
		Object.entries(spec.columns).map(([name, type]) => [
			name,
			vectorFromArray(
				rows.map((r) => r[name] ?? null),
				ARROW_TYPES[type]()
			)
		])
	);
	return tableToIPC(new Table(vectors), 'stream');
}
