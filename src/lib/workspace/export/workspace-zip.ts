import { strToU8, zipSync } from 'fflate';
import { TABLE_NAMES, type TableName, type Workspace } from '../schemas';
import { exportCsv } from './csv-write';
import { workspaceReadme } from './readme';
import { exportXlsx } from './xlsx-table';

/**
 * The whole workspace as one .zip: README.txt, and one CSV and/or one .xlsx per table (empty
 * tables too, so the zip shows every layout). It re-imports with importWorkspaceZip.
 */
export interface WorkspaceExportOptions {
	formats?: readonly ('csv' | 'xlsx')[];
	area?: string;
	/** When the export was made, written into README.txt and the zip's file dates. */
	exportedAt?: Date;
}

export function exportWorkspaceZip(
	workspace: Partial<Workspace>,
	options: WorkspaceExportOptions = {}
): Uint8Array {
	const formats = options.formats ?? ['csv', 'xlsx'];
	const when = options.exportedAt;
	const files: Record<string, Uint8Array> = {
		'README.txt': strToU8(
			workspaceReadme({
				area: options.area,
				exportedAt: when?.toISOString().slice(0, 16).replace('T', ' ')
			})
		)
	};
	for (const table of TABLE_NAMES) {
		const rows = (workspace[table] ?? []) as Workspace[TableName];
		if (formats.includes('csv')) files[`${table}.csv`] = strToU8(exportCsv(table, rows));
		if (formats.includes('xlsx')) files[`${table}.xlsx`] = exportXlsx(table, rows);
	}
	// .xlsx files are already compressed; storing them saves time for nothing lost.
	return zipSync(
		Object.fromEntries(
			Object.entries(files).map(([name, data]) => [
				name,
				[data, { level: name.endsWith('.xlsx') ? 0 : 6 }]
			])
		),
		{ mtime: when ?? new Date(Date.UTC(2020, 0, 1)) }
	);
}
