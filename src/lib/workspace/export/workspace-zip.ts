import { strToU8, zipSync } from 'fflate';
import type { KeptReference } from '../kept-references';
import { TABLE_NAMES, type TableName, type Workspace } from '../schemas';
import { exportCsv } from './csv-write';
import { workspaceReadme } from './readme';
import { exportXlsx } from './xlsx-table';

/**
 * The whole workspace as one .zip: README.txt, workspace.json (when the area and the time of
 * export are given), and one CSV and/or one .xlsx per table (empty tables too, so the zip shows
 * every layout). It re-imports with importWorkspaceZip.
 */
export interface WorkspaceExportOptions {
	formats?: readonly ('csv' | 'xlsx')[];
	area?: string;
	/** When the export was made, written into README.txt, workspace.json and the file dates. */
	exportedAt?: Date;
	/**
	 * Set when any table exported holds illustrative (made-up demo) rows, with the demo's label,
	 * so that importing the zip again keeps them labelled as illustrative. Needs `area` and
	 * `exportedAt`, which workspace.json must have.
	 */
	illustrative?: { label: string | null; tables?: readonly TableName[] } | null;
	/**
	 * References the workspace keeps pointing at nothing on purpose (missingReferences), so the
	 * import accepts exactly these again. Needs `area` and `exportedAt`, like `illustrative`.
	 */
	missingReferences?: readonly KeptReference[];
}

/** The zip's description of itself, read back by the import (its zip-manifest schema). */
export type ExportManifest = {
	format: 1;
	area: string;
	exported_at: string;
	illustrative: boolean;
	label: string | null;
	illustrative_tables?: readonly TableName[];
	missing_references?: readonly KeptReference[];
};

/** The import reads a label of up to this many characters. */
const MAX_LABEL = 200;

/** workspace.json's contents; null when the area or the time of export is not given. */
export function exportManifest(options: WorkspaceExportOptions): ExportManifest | null {
	if (!options.area || !options.exportedAt) {
		if (options.illustrative || options.missingReferences?.length)
			throw new Error(
				'An illustrative export, or one keeping missing references, needs the area and exportedAt for workspace.json.'
			);
		return null;
	}
	return {
		format: 1,
		area: options.area,
		exported_at: options.exportedAt.toISOString(),
		illustrative: Boolean(options.illustrative),
		label: options.illustrative?.label?.trim().slice(0, MAX_LABEL) || null,
		...(options.illustrative?.tables ? { illustrative_tables: options.illustrative.tables } : {}),
		...(options.missingReferences?.length ? { missing_references: options.missingReferences } : {})
	};
}

/** workspace.json as text: tab-indented, with each kept reference on a line of its own. */
export function manifestText(manifest: ExportManifest): string {
	const { missing_references: kept, ...rest } = manifest;
	const head = JSON.stringify(rest, null, '\t');
	if (!kept) return head + '\n';
	const lines = kept.map((k) => `\t\t${JSON.stringify(k)}`).join(',\n');
	return `${head.slice(0, -2)},\n\t"missing_references": [\n${lines}\n\t]\n}\n`;
}

export function exportWorkspaceZip(
	workspace: Partial<Workspace>,
	options: WorkspaceExportOptions = {}
): Uint8Array {
	const formats = options.formats ?? ['csv', 'xlsx'];
	const when = options.exportedAt;
	const manifest = exportManifest(options);
	const files: Record<string, Uint8Array> = {
		'README.txt': strToU8(
			workspaceReadme({
				area: options.area,
				exportedAt: when?.toISOString().slice(0, 16).replace('T', ' '),
				illustrative: options.illustrative ?? null,
				manifest: manifest !== null,
				missingReferences: options.missingReferences?.length ?? 0
			})
		)
	};
	if (manifest) files['workspace.json'] = strToU8(manifestText(manifest));
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
