import { keptNotices, type KeptReference } from '../kept-references';
import { REFERRED, knownIds } from '../known-ids';
import { TABLE_NAMES, type RefKind, type TableName, type Workspace } from '../schemas';
import { importTable, type ImportReport } from './import-table';
import { withLimits, type ImportLimits } from './limits';
import { FileRefused, fileProblem, type Problem } from './problems';
import type { Progress } from './progress';
import { checkSize } from './read-file';
import { sniff } from './sniff';
import type { KnownIds } from './table-checks';
import { chooseAmong, chooseCopy, shortName, type TableCopy } from './zip-copies';
import { MANIFEST_NAME, readManifest } from './zip-manifest';
import { inflateEntry, listZip, newBudget, type ZipEntry } from './zip-read';

/**
 * A whole-workspace .zip (as exportWorkspaceZip writes it) back into per-table reports. Each
 * table is read from <table>.csv or <table>.xlsx; when the zip has both, both are read and the
 * one to use chosen as chooseCopy says. References are checked against the tables in the zip
 * where it has them, else against `known` (the current workspace). workspace.json, when there
 * is one, says which area the zip is for and whether its data is illustrative.
 */
export interface WorkspaceImport {
	file: string;
	refused: boolean;
	/** Problems with the zip itself: why it was refused. */
	problems: Problem[];
	/**
	 * Things worth knowing about the zip that do not stop the import: which of two different
	 * copies of a table was used, files that were ignored, a workspace.json that could not be
	 * read.
	 */
	notices: Problem[];
	reports: { [T in TableName]?: ImportReport<T> };
	/** Files in the zip that are not a table (README.txt and workspace.json are expected and not listed). */
	ignored: string[];
	/** The area the zip was exported for, from workspace.json; null when it does not say. */
	area: string | null;
	/**
	 * Set when workspace.json says the data is illustrative (the demo), with its label and the
	 * tables that hold it; without `tables` (an older export) every table the zip holds does.
	 */
	illustrative: { label: string | null; tables?: TableName[] } | null;
}

export interface WorkspaceImportOptions {
	file: string;
	limits?: Partial<ImportLimits>;
	/** Ids in the current workspace, used for tables the zip does not have. */
	known?: KnownIds;
	/**
	 * Published indicator ids: with the zip's local indicators they make the "indicators" ids,
	 * and no local indicator may use one.
	 */
	publishedIndicators?: Iterable<string>;
	/** Told where the check has got to, file by file (see progress.ts). */
	progress?: Progress;
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

/** Files a zip is expected to hold besides the tables. */
const EXPECTED = /(^|\/)(README\.txt|workspace\.json)$/i;
/** What the computer adds when it makes a zip (macOS's __MACOSX folder, Finder and Explorer files). */
const SYSTEM = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;
/** The names the workspace's files go by, for messages. */
const TABLE_FILES = TABLE_NAMES.map((t) => `${t}.csv`).join(', ');

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
		notices: [],
		reports: {},
		ignored: [],
		area: null,
		illustrative: null
	};
	options.progress?.file(options.file);
	try {
		const tooBig = checkSize(bytes.byteLength, limits);
		if (tooBig) throw new FileRefused(tooBig);
		if (sniff(bytes).kind !== 'zip')
			throw new FileRefused(
				'This is not a .zip file. Export the workspace as a .zip, or import one table’s CSV or .xlsx.'
			);
		const entries = listZip(bytes, limits);
		const budget = newBudget(limits);
		const byName = new Map<string, ZipEntry[]>();
		for (const entry of entries) {
			if (entry.name.endsWith('/') || SYSTEM.test(entry.name)) continue;
			const name = baseName(entry.name).toLowerCase();
			const same = byName.get(name);
			if (same) same.push(entry);
			else byName.set(name, [entry]);
		}
		/** The file of this name; where folders hold more than one, the one chooseAmong picks. */
		const entryCalled = (name: string): ZipEntry | undefined => {
			const same = byName.get(name);
			if (!same) return undefined;
			const choice = chooseAmong(same);
			if (choice.note) result.notices.push(fileProblem(options.file, choice.note));
			return choice.use;
		};
		const manifestEntry = entryCalled(MANIFEST_NAME);
		let kept: KeptReference[] = [];
		if (manifestEntry) {
			const manifest = readManifest(bytes, manifestEntry, budget);
			if (manifest.ok) {
				result.area = manifest.manifest.area;
				const { illustrative, label, illustrative_tables: tables } = manifest.manifest;
				result.illustrative = illustrative ? { label, ...(tables ? { tables } : {}) } : null;
				kept = manifest.manifest.missing_references ?? [];
			} else result.notices.push(fileProblem(options.file, manifest.why));
		}
		const known: KnownIds = { ...options.known };
		const read: Partial<Workspace> = {};
		let tables = 0;
		for (const table of ORDER) {
			const copies = (['csv', 'xlsx'] as const).flatMap((ext): TableCopy[] => {
				const entry = entryCalled(`${table}.${ext}`);
				if (!entry) return [];
				const data = inflateEntry(bytes, entry, budget);
				const report = importTable(table, data, {
					file: shortName(entry.name),
					limits,
					known,
					publishedIndicators: published,
					keptMissing: kept,
					progress: options.progress
				});
				return [{ entry, report }];
			});
			if (copies.length === 0) continue;
			tables++;
			const choice =
				copies.length === 2 ? chooseCopy(copies[0], copies[1]) : { use: copies[0], note: null };
			if (choice.note) result.notices.push(fileProblem(options.file, choice.note));
			const report = choice.use.report;
			for (const note of kept.length ? keptNotices(table, report.rows, known) : [])
				result.notices.push(fileProblem(options.file, note));
			(result.reports as Record<string, ImportReport>)[table] = report;
			(read as Record<string, unknown[]>)[table] = report.rows;
			updateKnown(known, table, read, published);
		}
		result.ignored = ignoredFiles(entries);
		if (tables === 0)
			throw new FileRefused(`The zip holds none of the workspace files (${TABLE_FILES}).`);
		if (result.ignored.length > 0) result.notices.push(ignoredNote(options.file, result.ignored));
	} catch (error) {
		if (!(error instanceof FileRefused)) throw error;
		result.refused = true;
		result.reports = {};
		result.notices = [];
		result.area = null;
		result.illustrative = null;
		result.problems.push(fileProblem(options.file, error.message));
	}
	return result;
}

const TABLE_FILE_NAMES = new Set(TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.xlsx`]));
const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/** Files that are neither a table nor expected, leaving out folders and what the system adds. */
function ignoredFiles(entries: ZipEntry[]): string[] {
	const isTableFile = (name: string) => TABLE_FILE_NAMES.has(baseName(name).toLowerCase());
	return entries
		.map((e) => e.name)
		.filter((n) => !n.endsWith('/') && !isTableFile(n) && !EXPECTED.test(n) && !SYSTEM.test(n))
		.map(shortName);
}

/** "Board meetings.csv is not one of the workspace’s files (meetings.csv, …), so it was ignored." */
function ignoredNote(file: string, ignored: string[]): Problem {
	const shown =
		ignored.length > 10 ? [...ignored.slice(0, 9), `${ignored.length - 9} more`] : ignored;
	const names =
		shown.length < 2 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
	const one = ignored.length === 1;
	return fileProblem(
		file,
		`${names} ${one ? 'is not one of' : 'are not among'} the workspace’s files (${TABLE_FILES}, or the same names ending .xlsx), so ${one ? 'it was' : 'they were'} ignored.`
	);
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
