import { importTable } from '../../src/lib/workspace/import/import-table';
import { emptyWorkspace, TABLE_NAMES, type Workspace } from '../../src/lib/workspace/schemas';
import { fixture } from './make-files';

/** The indicator ids the good fixtures name that are published ones. */
export const GOOD_PUBLISHED = ['pct_within_20wk_excl_exceptions', 'tribunal_appeal_rate'];

/** The good/ fixtures as one workspace, every reference in it resolving. */
export function goodWorkspace(): Workspace {
	const workspace = emptyWorkspace() as Record<string, unknown[]>;
	for (const table of TABLE_NAMES)
		workspace[table] = importTable(table, fixture(`good/${table}.csv`), { file: table }).rows;
	return workspace as unknown as Workspace;
}
