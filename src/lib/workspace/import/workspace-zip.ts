import { TABLE_NAMES, type TableName } from '../schemas';
import { importTable, type ImportReport } from './import-table';
import { withLimits, type ImportLimits } from './limits';
import { FileRefused, fileProblem, type Problem } from './problems';
import { checkSize } from './read-file';
import { sniff } from './sniff';
import type { KnownIds } from './table-checks';
import { inflateEntry, listZip, newBudget } from './zip-read';

/**
 * A whole-workspace .zip (as exportWorkspaceZip writes it) back into per-table reports. Each
 * table is read from <table>.csv, or <table>.xlsx when there is no CSV. References are checked
 * against the tables in the zip where it has them, else against `known` (the current workspace).
 */
export interface WorkspaceImport {
	file: string;
	refused: boolean;
	/** Problems with the zip itself. */
	problems: Problem[];
	reports: { [T in TableName]?: ImportReport<T> };
	/** Files in the zip that are not a table (README.txt is expected and not listed). */
	ignored: string[];
}

export interface WorkspaceImportOptions {
	file: string;
	limits?: Partial<ImportLimits>;
	/** Ids in the current workspace, used for tables the zip does not have. */
	known?: KnownIds;
	/** Published indicator ids; with the zip's local indicators they make the "indicators" ids. */
	publishedIndicators?: Iterable<string>;
}

/** Tables others refer to come first, so their ids are known when the others are checked. */
const ORDER: TableName[] = [
	'local_indicators',
	'actions',
	'risks',
	...TABLE_NAMES.filter((t) => !['local_indicators', 'actions', 'risks'].includes(t))
];

export function importWorkspaceZip(
	bytes: Uint8Array,
	options: WorkspaceImportOptions
): WorkspaceImport {
	const limits = withLimits(options.limits);
	const result: WorkspaceImport = {
		file: options.file,
		refused: false,
		problems: [],
		reports: {},
		ignored: []
	};
	try {
		const tooBig = checkSize(bytes.byteLength, limits);
		if (tooBig) throw new FileRefused(tooBig);
		if (sniff(bytes).kind !== 'zip')
			throw new FileRefused(
				'This is not a .zip file. Export the workspace as a .zip, or import one table’s CSV or .xlsx.'
			);
		const entries = listZip(bytes, limits);
		const budget = newBudget(limits);
		const byName = new Map(entries.map((e) => [e.name.split('/').pop()!.toLowerCase(), e]));
		const tables = new Set<string>();
		const known: KnownIds = { ...options.known };
		for (const table of ORDER) {
			const entry = byName.get(`${table}.csv`) ?? byName.get(`${table}.xlsx`);
			if (!entry) continue;
			tables.add(entry.name);
			const data = inflateEntry(bytes, entry, budget);
			const report = importTable(table, data, { file: entry.name, limits, known });
			(result.reports as Record<string, ImportReport>)[table] = report;
			if (table === 'local_indicators' && options.publishedIndicators)
				known.indicators = [
					...options.publishedIndicators,
					...report.rows.map((r) => (r as { id: string }).id)
				];
			if (table === 'actions')
				known.actions = report.rows.map((r) => (r as { reference: string }).reference);
			if (table === 'risks') known.risks = report.rows.map((r) => (r as { id: string }).id);
		}
		const isTableFile = (name: string) =>
			TABLE_NAMES.some((t) => new RegExp(`(^|/)${t}\\.(csv|xlsx)$`, 'i').test(name));
		result.ignored = entries
			.map((e) => e.name)
			.filter((n) => !n.endsWith('/') && !isTableFile(n) && !/(^|\/)README\.txt$/i.test(n));
		if (tables.size === 0)
			throw new FileRefused(
				`The zip holds none of the workspace files (${TABLE_NAMES.map((t) => `${t}.csv`).join(', ')}).`
			);
	} catch (error) {
		if (!(error instanceof FileRefused)) throw error;
		result.refused = true;
		result.reports = {};
		result.problems.push(fileProblem(options.file, error.message));
	}
	return result;
}
