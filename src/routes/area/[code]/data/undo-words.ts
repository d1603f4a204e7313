/**
 * The words for undoing the last change: what the change was and when, on the button, and
 * afterwards exactly which tables were put back.
 */
import { countRows, LAYOUTS } from '$lib/workspace';
import { restoredTables, type Change, type UndoRecord } from '$lib/workspace/store/undo-record';
import { listWords, titleOf, type ShippedKind } from './words';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** What the shipped data is called, for a change that went back to it. */
function shippedData(shipped: ShippedKind): string {
	return shipped === 'demo' ? 'the demo data' : 'the data this dashboard came with';
}

/** "importing actions.csv", "going back to the demo data for Actions". */
export function changeWords(change: Change, shipped: ShippedKind): string {
	if (change.kind === 'import' || change.kind === 'zip') return `importing ${change.file}`;
	if (!shipped) return `removing your import from ${titleOf(change.table)}`;
	return `going back to ${shippedData(shipped)} for ${titleOf(change.table)}`;
}

/** "at 14:02" today, else "on 2 January 2027 at 14:02", in the reader's own time. */
export function whenWords(at: string, now = new Date()): string {
	const then = new Date(at);
	const today = day.format(then) === day.format(now);
	return `${today ? '' : `on ${day.format(then)} `}at ${time.format(then)}`;
}

/** The button: "Undo the last change: importing actions.csv at 14:02". */
export function undoLastWords(record: UndoRecord, shipped: ShippedKind, now = new Date()): string {
	return `Undo the last change: ${changeWords(record.change, shipped)} ${whenWords(record.at, now)}`;
}

/** "before actions.csv was imported", "before the demo data for Actions was put back". */
function beforeWords(change: Change, shipped: ShippedKind): string {
	if (change.kind === 'import' || change.kind === 'zip')
		return `before ${change.file} was imported`;
	if (!shipped) return `before your import into ${titleOf(change.table)} was removed`;
	return `before ${shippedData(shipped)} for ${titleOf(change.table)} was put back`;
}

/**
 * Said once undone: "Restored the 32 actions, 147 action updates and 13 risks as they were
 * before actions.csv was imported."
 */
export function restoredWords(record: UndoRecord, shipped: ShippedKind): string {
	const tables = restoredTables(record).map((table) => {
		const n = record.before[table]!.rows.length;
		const title = LAYOUTS[table].title;
		if (n === 0) return `the empty ${title}${table === 'risks' ? '' : ' table'}`;
		return countRows(table, n);
	});
	// "the 32 actions, 147 action updates and the empty Risk register"
	const the = tables[0].startsWith('the ') ? '' : 'the ';
	return `Restored ${the}${listWords(tables)} as they were ${beforeWords(record.change, shipped)}.`;
}
