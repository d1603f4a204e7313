import { knownIds } from './known-ids';
import {
	LAYOUTS,
	TABLE_NAMES,
	layoutOf,
	type Column,
	type RefKind,
	type TableName,
	type Workspace
} from './schemas';

/**
 * The columns that point at rows of other tables, and how to read them, for the code that
 * finds references left pointing at nothing (missing-references.ts, dependents.ts) and the
 * zip's record of those kept on purpose (kept-references.ts).
 */
export interface RefColumn {
	table: TableName;
	column: Column;
	kind: RefKind;
	/** A list of ids in one cell (a risk's linked actions), rather than one id. */
	list: boolean;
}

/**
 * A row whose cell in one column names ids that resolve to nothing (or would, once a change is
 * made): which row, by its key as an export writes it, and which ids.
 */
export interface RowReference {
	table: TableName;
	key: string[];
	column: string;
	kind: RefKind;
	ids: string[];
}

export const REF_COLUMNS: readonly RefColumn[] = TABLE_NAMES.flatMap((table) =>
	layoutOf(table).columns.flatMap((column) =>
		column.refersTo
			? [{ table, column, kind: column.refersTo, list: Array.isArray(column.empty) }]
			: []
	)
);

/** The ids a reference cell holds: none when blank, one, or a list. */
export function idsIn(value: unknown): string[] {
	if (value === null || value === undefined) return [];
	return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** A row's key (the columns that identify it) as the text an export writes: ["2.4", "2025-06-03"]. */
export function rowKey(table: TableName, row: Record<string, unknown>): string[] {
	const layout = LAYOUTS[table];
	return layout.key.map((key) => {
		const column = layoutOf(table).columns.find((c) => c.key === key)!;
		const out = column.write(row[key] ?? null);
		if (out === null) return '';
		return 'text' in out ? out.text : 'number' in out ? String(out.number) : out.date;
	});
}

/**
 * The ids each kind of reference can resolve to, by the same rule as the import (knownIds): a
 * kind left out is not checked (plans and priorities while their table is empty).
 */
export function presentIds(
	workspace: Partial<Workspace>,
	publishedIds: Iterable<string>
): Partial<Record<RefKind, Set<string>>> {
	const known = knownIds(workspace, { publishedIndicators: publishedIds });
	return Object.fromEntries(
		Object.entries(known).map(([kind, ids]) => [kind, new Set(ids as Iterable<string>)])
	);
}
