import { z } from 'zod';
import type { KnownIds } from './import/table-checks';
import type { MissingReference } from './missing-references';
import { idsIn, REF_COLUMNS, rowKey } from './references';
import { countRows, REF_NOUNS } from './row-words';
import { TABLE_NAMES, type TableName } from './schemas';

/**
 * References a workspace keeps pointing at nothing on purpose (an update whose action was
 * removed, kept when the person chose to keep it), as an export's workspace.json lists them.
 * Importing that zip accepts exactly these, so export → import gives back the same rows; a
 * hand-made zip with a mistyped reference is still reported as a problem.
 */
export const keptReferenceSchema = z.object({
	table: z.enum(TABLE_NAMES),
	/** The row's key as the export writes it: ["2.4", "2026-06-03"]. */
	row: z.array(z.string().max(1_000)).min(1).max(10),
	/** The column's key (action_reference), not its heading, which may be written otherwise. */
	column: z.string().max(100),
	ids: z.array(z.string().max(1_000)).min(1).max(1_000)
});
export type KeptReference = z.infer<typeof keptReferenceSchema>;

/** More than any workspace has rows that refer to other tables. */
export const MAX_KEPT_REFERENCES = 100_000;

export function keptReferences(missing: readonly MissingReference[]): KeptReference[] {
	return missing.map(({ table, key, column, ids }) => ({ table, row: key, column, ids }));
}

/**
 * For the import's reference check: whether a row's id in a column is one the zip kept
 * pointing at nothing. Undefined when the zip kept none in this table.
 */
export function keptTest(
	table: TableName,
	kept: readonly KeptReference[] | undefined
): ((row: Record<string, unknown>, column: string, id: string) => boolean) | undefined {
	const mine = kept?.filter((k) => k.table === table) ?? [];
	if (!mine.length) return undefined;
	const listed = new Set(
		mine.flatMap((k) => k.ids.map((id) => JSON.stringify([k.column, ...k.row, id])))
	);
	return (row, column, id) => listed.has(JSON.stringify([column, ...rowKey(table, row), id]));
}

/**
 * "3 action updates refer to actions not in this zip; kept as they were exported, and
 * flagged.": one line per column, for the rows an import accepted because the zip kept them.
 */
export function keptNotices(
	table: TableName,
	rows: readonly Record<string, unknown>[],
	known: KnownIds
): string[] {
	const notes: string[] = [];
	for (const { column, kind } of REF_COLUMNS.filter((c) => c.table === table)) {
		if (!known[kind]) continue;
		const ids = new Set(known[kind]);
		const n = rows.filter((row) => idsIn(row[column.key]).some((id) => !ids.has(id))).length;
		if (!n) continue;
		const where = kind === 'indicators' ? 'neither published nor in this zip' : 'not in this zip';
		notes.push(
			`${countRows(table, n)} ${n === 1 ? 'refers' : 'refer'} to ${REF_NOUNS[kind][1]} ${where}; kept as ${n === 1 ? 'it was' : 'they were'} exported, and flagged.`
		);
	}
	return notes;
}
