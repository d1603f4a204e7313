import { TABLE_NAMES, type RowOf, type TableName } from '../schemas';
import { isEmptyTable } from './import-table';
import type { WorkspaceImport } from './workspace-zip';

/**
 * What accepting a checked workspace .zip would do: replace each table the zip holds, all at
 * once, or nothing at all. A table file with a header and no rows (as an export writes an
 * empty table) empties that table, so export-then-import gives back the same workspace.
 */
export interface TableReplacement {
	table: TableName;
	/** The file inside the zip the rows came from. */
	file: string;
	rows: RowOf<TableName>[];
	/** True when the zip's file has no rows, so the table will be emptied. */
	emptied: boolean;
}

export interface WorkspacePlan {
	/** The tables to replace, in the workspace's order; none when blocked. */
	replace: TableReplacement[];
	/** Why nothing can be imported, in words for the page; null when it can. */
	blocked: string | null;
}

export function planWorkspaceImport(result: WorkspaceImport): WorkspacePlan {
	if (result.refused) return { replace: [], blocked: 'Nothing can be imported from this file.' };
	const unusable: string[] = [];
	const replace: TableReplacement[] = [];
	for (const table of TABLE_NAMES) {
		const report = result.reports[table];
		if (!report) continue;
		const empty = isEmptyTable(report);
		// A refused file, or one whose every row has problems, would wipe the table by mistake.
		if ((report.refused && !empty) || (!report.refused && report.goodRows === 0))
			unusable.push(report.file);
		else replace.push({ table, file: report.file, rows: report.rows, emptied: empty });
	}
	if (unusable.length === 0) return { replace, blocked: null };
	const one = unusable.length === 1;
	const files =
		unusable.length < 2
			? unusable[0]
			: `${unusable.slice(0, -1).join(', ')} and ${unusable.at(-1)}`;
	return {
		replace: [],
		blocked: `Nothing can be imported while ${files} ${one ? 'has' : 'have'} no rows that can be used. Fix ${one ? 'it' : 'them'}, or take ${one ? 'it' : 'them'} out of the zip, and import the zip again.`
	};
}
