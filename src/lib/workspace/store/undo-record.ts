import { TABLE_NAMES, type RefKind, type TableName } from '$lib/workspace';
import { idbGet, idbSetMany } from './idb';
import { isKeptHere, storeKey, type StoredTable } from './stored-tables';

/**
 * The last changes to an area's workspace, newest first, kept in IndexedDB beside its tables
 * and written in the same transaction as each change, so "Undo the last change" survives a
 * reload and, pressed again, goes further back. Each change's record holds every table it
 * touched, exactly as it was before: rows, where they came from (and their illustrative
 * label), and when this browser last changed them.
 *
 * Stored as: `<area>:undo` the stack (UndoStack: each step's words and row counts, never its
 * rows), and `<area>:undo:<id>` each step's record (UndoRecord), read only when it is undone.
 */
export type Change =
	| { kind: 'import'; table: TableName; file: string }
	| { kind: 'zip'; file: string }
	| { kind: 'reset'; table: TableName };

export interface UndoRecord {
	change: Change;
	/** When the change was made (ISO). */
	at: string;
	before: Partial<Record<TableName, StoredTable>>;
}

/**
 * What a change did to rows of a table that referred to rows it removed ("remove them too"):
 * rows removed, and rows kept with their links to these kinds of row taken out.
 */
export type OtherRows = { table: TableName; removed: number; edited: number; links: RefKind[] };

/** One change that can be undone, as the page names it. */
export interface UndoStep {
	id: number;
	change: Change;
	at: string;
	/** The tables undoing it puts back, in the workspace's order, and their rows then. */
	restores: { table: TableName; rows: number }[];
	/** Rows of other tables it removed, or took references out of; none when it kept them. */
	others: OtherRows[];
}

export interface UndoStack {
	format: 1;
	/** The id the next step gets. */
	next: number;
	/** Newest first, at most UNDO_LIMIT. */
	steps: UndoStep[];
}

/** How many changes can be undone, one after another. Each keeps a copy of what it replaced. */
export const UNDO_LIMIT = 10;

export const undoStackKey = (area: string) => `${area}:undo`;
export const undoRecordKey = (area: string, id: number) => `${area}:undo:${id}`;
/** Where the one last change was kept before there was a stack: moved into it when read. */
export const legacyUndoKey = (area: string) => `${area}:last-change`;

export const emptyUndoStack = (): UndoStack => ({ format: 1, next: 1, steps: [] });

/**
 * The writes that make `tables` the area's tables, in one transaction: a table kept in this
 * browser is written; one that was the shipped table (or empty) is removed, so the shipped
 * file is read again. `extra` goes in the same transaction (the undo stack, say).
 */
export function tableWrites(
	area: string,
	tables: Partial<Record<TableName, StoredTable>>,
	extra: { set?: [string, unknown][]; remove?: string[] } = {}
): { set: [string, unknown][]; remove: string[] } {
	const set: [string, unknown][] = [...(extra.set ?? [])];
	const remove = [...(extra.remove ?? [])];
	for (const table of TABLE_NAMES) {
		const value = tables[table];
		if (!value) continue;
		if (isKeptHere(value)) set.push([storeKey(area, table), value]);
		else remove.push(storeKey(area, table));
	}
	return { set, remove };
}

/** The tables a step puts back, in the workspace's order. */
export const restoredTables = (step: UndoStep): TableName[] => step.restores.map((r) => r.table);

function stepOf(id: number, record: UndoRecord, others: OtherRows[]): UndoStep {
	return {
		id,
		change: record.change,
		at: record.at,
		restores: TABLE_NAMES.flatMap((table) => {
			const before = record.before[table];
			return before ? [{ table, rows: before.rows.length }] : [];
		}),
		others
	};
}

/**
 * A change pushed onto the stack: the stack after it, and what to write and remove with the
 * change's tables (its record; the records of steps that fall off the end).
 */
export function pushStep(
	area: string,
	stack: UndoStack,
	record: UndoRecord,
	others: OtherRows[] = []
): { stack: UndoStack; set: [string, unknown][]; remove: string[] } {
	const id = stack.next;
	const steps = [stepOf(id, record, others), ...stack.steps];
	const next: UndoStack = { format: 1, next: id + 1, steps: steps.slice(0, UNDO_LIMIT) };
	return {
		stack: next,
		set: [
			[undoStackKey(area), next],
			[undoRecordKey(area, id), record]
		],
		remove: steps.slice(UNDO_LIMIT).map((s) => undoRecordKey(area, s.id))
	};
}

/**
 * The newest step taken off the stack: the stack after it, and what to write and remove with
 * the tables it puts back. An emptied stack is removed, so an untouched area keeps nothing.
 */
export function popStep(
	area: string,
	stack: UndoStack
): { step: UndoStep; stack: UndoStack; set: [string, unknown][]; remove: string[] } | null {
	const [step, ...rest] = stack.steps;
	if (!step) return null;
	const after: UndoStack = { ...stack, steps: rest };
	const empty = rest.length === 0;
	return {
		step,
		stack: after,
		set: empty ? [] : [[undoStackKey(area), after]],
		remove: [undoRecordKey(area, step.id), ...(empty ? [undoStackKey(area)] : [])]
	};
}

/**
 * The newest step that changed `table` (what made it as it is now), and how many newer steps
 * are above it; null when no step on the stack changed it.
 */
export function lastStepFor(
	steps: readonly UndoStep[],
	table: TableName
): { step: UndoStep; depth: number } | null {
	const depth = steps.findIndex((s) => s.restores.some((r) => r.table === table));
	return depth < 0 ? null : { step: steps[depth], depth };
}

/**
 * The area's undo stack from IndexedDB. A last change kept before there was a stack becomes
 * its one step, moved to the stack's keys in one transaction.
 */
export async function readUndoStack(area: string): Promise<UndoStack> {
	const stack = await idbGet<UndoStack>(undoStackKey(area));
	if (stack) return stack;
	const legacy = await idbGet<UndoRecord>(legacyUndoKey(area));
	if (!legacy) return emptyUndoStack();
	const moved = pushStep(area, emptyUndoStack(), legacy);
	await idbSetMany(moved.set, [legacyUndoKey(area)]);
	return moved.stack;
}

/** Undo found no record of what a step replaced (the browser cleared it, say). */
export class UndoRecordLost extends Error {}

/** A step's record, with the tables it puts back; undefined when this browser no longer has it. */
export const readUndoRecord = (area: string, step: UndoStep) =>
	idbGet<UndoRecord>(undoRecordKey(area, step.id));
