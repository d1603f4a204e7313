import { REFERRED, knownIds } from '../known-ids';
import { TABLE_NAMES, type RefKind, type TableName, type Workspace } from '../schemas';
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

/**
 * Tables others refer to come first, each before the tables that name it (priorities name
 * plans, actions name priorities), so their ids are known when the others are checked.
 */
const REFERRED_FIRST: TableName[] = ['local_indicators', 'plans', 'priorities', 'actions', 'risks'];
const ORDER: TableName[] = [
	...REFERRED_FIRST,
	...TABLE_NAMES.filter((t) => !REFERRED_FIRST.includes(t))
];

export function importWorkspaceZip(
	bytes: Uint8Array,
	options: WorkspaceImportOptions
): WorkspaceImport {
	const limits = withLimits(options.limits);
	// Read more than once (once per table), so a one-pass iterable is copied first.
	const published = options.publishedIndicators && [...options.publishedIndicators];
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
		const read: Partial<Workspace> = {};
		for (const table of ORDER) {
			const entry = byName.get(`${table}.csv`) ?? byName.get(`${table}.xlsx`);
			if (!entry) continue;
			tables.add(entry.name);
			const data = inflateEntry(bytes, entry, budget);
			const report = importTable(table, data, {
				file: entry.name,
				limits,
				known,
				publishedIndicators: published
			});
			(result.reports as Record<string, ImportReport>)[table] = report;
			(read as Record<string, unknown[]>)[table] = report.rows;
			updateKnown(known, table, read, published);
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

/**
 * Once the zip's copy of a table is read, references to it are checked against that copy, not
 * the current workspace's, by the same rules as the Your data page (see knownIds): an empty
 * priorities table in the zip means actions' priorities go unchecked. Without the published
 * indicator ids the zip's local ones alone would flag every published id, so then the ids
 * given in `known` stand.
 */
function updateKnown(
	known: KnownIds,
	table: TableName,
	read: Partial<Workspace>,
	publishedIndicators: Iterable<string> | undefined
): void {
	const fromZip = knownIds(read, { publishedIndicators: publishedIndicators ?? [] });
	for (const [kind, referred] of Object.entries(REFERRED) as [RefKind, { table: TableName }][]) {
		if (referred.table !== table || (kind === 'indicators' && !publishedIndicators)) continue;
		if (fromZip[kind]) known[kind] = fromZip[kind];
		else delete known[kind];
	}
}
