import { idsIn, presentIds, REF_COLUMNS, rowKey, type RowReference } from './references';
import { TABLE_NAMES, type RefKind, type TableName, type Workspace } from './schemas';

/**
 * What replacing tables does to the rows of other tables that refer to theirs: importing 5
 * actions over 32 leaves the updates and risks of the other 27 pointing at nothing. The person
 * chooses before accepting: keep those rows (flagged, see missing-references.ts) or remove
 * them too. "Remove" takes the least needed to leave no reference pointing at nothing:
 * - a row whose required reference goes is removed (an update of a removed action);
 * - a list keeps the row and loses only the removed ids (a risk linked to 3 actions, 1 removed,
 *   keeps the other 2 links);
 * - an optional single reference is blanked, with the cells that only make sense with it (a
 *   risk's trigger is its indicator, a side and a value).
 * Removing rows can leave others pointing at nothing in turn (removing priorities removes their
 * actions, and those actions' updates): that cascade is worked out too, so it can be named.
 */
export interface DependentGroup {
	/** The table holding the rows that refer, the kind they refer to, and the columns they use. */
	table: TableName;
	kind: RefKind;
	columns: string[];
	/** Rows that refer, each once (a risk whose indicator and trigger both go counts once). */
	rows: number;
	/** The ids that would resolve to nothing, each once, in the order the rows name them. */
	ids: string[];
	/**
	 * What "remove them too" does: remove the rows, or take the references out of them. (No
	 * table refers to one kind both ways, so a group is one or the other.)
	 */
	removes: 'rows' | 'references';
	/**
	 * True when the ids were in their table before (the change removes them); false when that
	 * table was not checked before (plans and priorities while empty), so they never were.
	 */
	wereThere: boolean;
}

/** What "remove them too" does to one table. */
export interface TableRemoval {
	table: TableName;
	/** Rows removed, in all. */
	removed: number;
	/** Of those, rows removed only because rows removed with them went (the cascade). */
	cascade: number;
	/** Rows kept with references taken out. */
	edited: number;
}

export interface Dependents {
	/** Rows of the tables the change keeps that refer to what it removes. */
	direct: DependentGroup[];
	/** Those rows by table, each once, whatever they refer to: what "keep them" flags. */
	referring: { table: TableName; rows: number }[];
	/** Each of those rows by its key, a line per column, with the ids it would be left naming. */
	rows: RowReference[];
	/** Rows "remove them too" would leave pointing at nothing in turn, and so removes as well. */
	cascade: DependentGroup[];
	/** Table by table, in the workspace's order, what "remove them too" does. */
	removal: TableRemoval[];
	/** Every table "remove them too" changes (replaced ones included), as it would be. */
	removeTables: Partial<Workspace>;
}

/** Cells blanked with an optional reference: a trigger is its indicator, a side and a value. */
const BLANK_WITH: Partial<Record<string, readonly string[]>> = {
	'risks.trigger_indicator': ['trigger_when', 'trigger_value']
};

type Found = {
	table: TableName;
	row: number;
	/** The row's key, which names it across the steps of a cascade. */
	key: string;
	column: string;
	kind: RefKind;
	ids: string[];
	removes: 'rows' | 'references';
	wereThere: boolean;
};
type Rows = Record<string, unknown>[];

/**
 * `replacing` holds the tables the change replaces, with their new rows; the other tables of
 * `current` are kept. Published indicator ids always count as present.
 */
export function dependentsOf(
	current: Workspace,
	replacing: Partial<Workspace>,
	publishedIds: Iterable<string>
): Dependents {
	const published = [...publishedIds];
	const next = { ...current, ...replacing } as Workspace;
	const kept = TABLE_NAMES.filter((t) => !(t in replacing));
	const direct = newlyMissing(current, next, published, kept);
	const cascade: Found[] = [];
	// Rows by table and key, so a row edited first and removed later counts once, as removed.
	const removed = new Map<TableName, Set<string>>();
	const edited = new Map<TableName, Set<string>>();
	const cascaded = new Map<TableName, Set<string>>();
	const changed = new Set<TableName>();
	let state = next;
	let found = direct;
	while (found.length) {
		const after = applyRemoval(state, found, removed, edited);
		for (const f of found) changed.add(f.table);
		// Only removed rows take ids away; references taken out of a row take none.
		if (!found.some((f) => f.removes === 'rows')) {
			state = after;
			break;
		}
		found = newlyMissing(state, after, published, TABLE_NAMES);
		cascade.push(...found);
		for (const f of found)
			if (f.removes === 'rows')
				cascaded.set(f.table, (cascaded.get(f.table) ?? new Set()).add(f.key));
		state = after;
	}
	return {
		direct: group(direct),
		referring: TABLE_NAMES.flatMap((table) => {
			const rows = new Set(direct.filter((f) => f.table === table).map((f) => f.key)).size;
			return rows ? [{ table, rows }] : [];
		}),
		rows: direct.map(({ table, key, column, kind, ids }) => ({
			table,
			key: JSON.parse(key) as string[],
			column,
			kind,
			ids
		})),
		cascade: group(cascade),
		removal: TABLE_NAMES.flatMap((table) => {
			const gone = removed.get(table) ?? new Set();
			const n = gone.size;
			const c = cascaded.get(table)?.size ?? 0;
			const e = [...(edited.get(table) ?? [])].filter((k) => !gone.has(k)).length;
			return n || e ? [{ table, removed: n, cascade: c, edited: e }] : [];
		}),
		removeTables: Object.fromEntries([...changed].map((t) => [t, state[t]])) as Partial<Workspace>
	};
}

/** References in `tables` that resolve in `before` (or were not checked) but not in `after`. */
function newlyMissing(
	before: Workspace,
	after: Workspace,
	published: string[],
	tables: readonly TableName[]
): Found[] {
	const was = presentIds(before, published);
	const now = presentIds(after, published);
	const found: Found[] = [];
	for (const { table, column, kind, list } of REF_COLUMNS) {
		const ids = now[kind];
		if (!ids || !tables.includes(table)) continue;
		const removes = column.required && !list ? 'rows' : 'references';
		(after[table] as Rows).forEach((row, index) => {
			const gone = idsIn(row[column.key]).filter(
				(id) => !ids.has(id) && (!was[kind] || was[kind].has(id))
			);
			if (gone.length)
				found.push({
					table,
					row: index,
					key: JSON.stringify(rowKey(table, row)),
					column: column.key,
					kind,
					ids: gone,
					removes,
					wereThere: Boolean(was[kind])
				});
		});
	}
	return found;
}

/** The tables with `found` removed or taken out; counts what it does, by table. */
function applyRemoval(
	state: Workspace,
	found: Found[],
	removed: Map<TableName, Set<string>>,
	edited: Map<TableName, Set<string>>
): Workspace {
	const mark = (into: Map<TableName, Set<string>>, f: Found) =>
		into.set(f.table, (into.get(f.table) ?? new Set()).add(f.key));
	const after = { ...state };
	for (const table of new Set(found.map((f) => f.table))) {
		const byRow = new Map<number, Found[]>();
		for (const f of found)
			if (f.table === table) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
		const rows = (state[table] as Rows).flatMap((row, index) => {
			const edits = byRow.get(index);
			if (!edits) return [row];
			if (edits.some((f) => f.removes === 'rows')) {
				mark(removed, edits[0]);
				return [];
			}
			mark(edited, edits[0]);
			const copy = { ...row };
			for (const { column, ids } of edits) {
				if (Array.isArray(copy[column]))
					copy[column] = (copy[column] as string[]).filter((id) => !ids.includes(id));
				else
					for (const key of [column, ...(BLANK_WITH[`${table}.${column}`] ?? [])]) copy[key] = null;
			}
			return [copy];
		});
		(after as Record<TableName, unknown>)[table] = rows;
	}
	return after;
}

function group(found: Found[]): DependentGroup[] {
	const groups = new Map<string, DependentGroup & { seen: Set<string> }>();
	for (const f of found) {
		const at = `${f.table}\u0000${f.kind}`;
		const g = groups.get(at) ?? {
			table: f.table,
			kind: f.kind,
			columns: [],
			rows: 0,
			ids: [],
			removes: f.removes,
			wereThere: true,
			seen: new Set<string>()
		};
		groups.set(at, g);
		if (!g.columns.includes(f.column)) g.columns.push(f.column);
		if (!g.seen.has(f.key)) g.rows++;
		g.seen.add(f.key);
		g.wereThere &&= f.wereThere;
		for (const id of f.ids) if (!g.ids.includes(id)) g.ids.push(id);
	}
	return [...groups.values()]
		.sort((a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table))
		.map((g) => ({
			table: g.table,
			kind: g.kind,
			columns: g.columns,
			rows: g.rows,
			ids: g.ids,
			removes: g.removes,
			wereThere: g.wereThere
		}));
}
