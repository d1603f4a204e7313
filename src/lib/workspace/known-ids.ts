import type { KnownIds } from './import/table-checks';
import type { RefKind, TableName, Workspace } from './schemas';

/**
 * The ids a workspace's tables hold, by the kind of reference that points at them, for checking
 * an import's references. A kind left out is not checked, so this decides what is:
 * - a table that is missing, or is the one being replaced (`except`), is not known;
 * - plans and priorities are optional groupings, so while their table is empty they are left
 *   out too: an area that keeps only actions must not have every action's priority flagged;
 * - an empty actions or risks table is known and empty, since updates and reviews need them;
 * - indicators are the published ones plus the local ones, when the local table is known.
 */

/** The table (and its id column) each kind of reference points at. */
export const REFERRED: { readonly [K in RefKind]: { table: TableName; field: string } } = {
	plans: { table: 'plans', field: 'id' },
	priorities: { table: 'priorities', field: 'reference' },
	actions: { table: 'actions', field: 'reference' },
	risks: { table: 'risks', field: 'id' },
	indicators: { table: 'local_indicators', field: 'id' }
};

/** Kinds whose ids are not checked while their table is empty. */
const CHECKED_ONLY_WHEN_KEPT: ReadonlySet<RefKind> = new Set(['plans', 'priorities']);

export function knownIds(
	tables: Partial<Workspace>,
	options: { except?: TableName; publishedIndicators: Iterable<string> }
): KnownIds {
	const known: KnownIds = {};
	for (const [kind, { table, field }] of Object.entries(REFERRED) as [
		RefKind,
		(typeof REFERRED)[RefKind]
	][]) {
		const rows = table === options.except ? undefined : tables[table];
		if (!rows || (rows.length === 0 && CHECKED_ONLY_WHEN_KEPT.has(kind))) continue;
		const ids = rows.map((r) => String((r as Record<string, unknown>)[field]));
		known[kind] = new Set(kind === 'indicators' ? [...options.publishedIndicators, ...ids] : ids);
	}
	return known;
}
