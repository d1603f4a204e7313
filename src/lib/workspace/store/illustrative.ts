import type { ShippedWorkspace, StoredTable } from './stored-tables';

/** Said of illustrative rows whose label was lost (a workspace.json with no label). */
export const UNLABELLED_ILLUSTRATIVE = 'Made up to show how the dashboard works';

/**
 * Whether a table holds illustrative (made-up demo) rows, and the label they came with: rows
 * shipped from an illustrative workspace, or imported from a zip whose workspace.json says it is
 * illustrative. An empty table holds nothing made up. The same rule on every page.
 */
export function isIllustrative(
	table: StoredTable,
	shipped: ShippedWorkspace | null
): { label: string } | null {
	const source = illustrativeSource(table, shipped);
	return source && { label: source.label ?? UNLABELLED_ILLUSTRATIVE };
}

/** As isIllustrative, but with the label as it was given (null when none), for exports. */
export function illustrativeSource(
	table: StoredTable,
	shipped: ShippedWorkspace | null
): { label: string | null } | null {
	if (table.rows.length === 0) return null;
	if (table.origin.illustrative) return { label: table.origin.illustrative.label };
	if (table.origin.kind === 'shipped' && shipped?.illustrative) return { label: shipped.label };
	return null;
}
