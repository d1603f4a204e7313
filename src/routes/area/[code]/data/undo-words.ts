/**
 * The words for undoing the last change: what the change was and when, on the button, which
 * tables it puts back and what can be undone after it, and afterwards exactly which tables
 * were put back. Also what going back to the shipped data for one table leaves as it is.
 */
import { countRows, LAYOUTS, REF_NOUNS, type RefKind, type TableName } from '$lib/workspace';
import { UNDO_LIMIT, type Change, type UndoStep } from '$lib/workspace/store/undo-record';
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
export function undoLastWords(step: UndoStep, shipped: ShippedKind, now = new Date()): string {
	return `Undo the last change: ${changeWords(step.change, shipped)} ${whenWords(step.at, now)}`;
}

/** Beside the button: "It puts back every table it changed: Actions, Action updates and Risk register." */
export function undoScopeWords(step: UndoStep): string {
	const titles = step.restores.map((r) => titleOf(r.table));
	if (titles.length === 1) return `It puts back ${titles[0]} as it was before.`;
	return `It puts back every table it changed, as it was before: ${listWords(titles)}.`;
}

/**
 * "After it, 1 earlier change can be undone: importing actions.csv at 14:02.", newest first;
 * null when there is none.
 */
export function earlierWords(
	steps: readonly UndoStep[],
	shipped: ShippedKind,
	now = new Date()
): string | null {
	const earlier = steps.slice(1);
	if (!earlier.length) return null;
	const each = earlier.map((s) => `${changeWords(s.change, shipped)} ${whenWords(s.at, now)}`);
	return earlier.length === 1
		? `After it, 1 earlier change can be undone: ${each[0]}.`
		: `After it, ${earlier.length} earlier changes can be undone, one at a time, newest first: ${each.join('; ')}.`;
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
export function restoredWords(step: UndoStep, shipped: ShippedKind): string {
	const tables = step.restores.map(({ table, rows }) => {
		const title = LAYOUTS[table].title;
		if (rows === 0) return `the empty ${title}${table === 'risks' ? '' : ' table'}`;
		return countRows(table, rows);
	});
	// "the 32 actions, 147 action updates and the empty Risk register"
	const the = tables[0].startsWith('the ') ? '' : 'the ';
	return `Restored ${the}${listWords(tables)} as they were ${beforeWords(step.change, shipped)}.`;
}

/** "removed actions", "removed actions and indicators"; "removed rows" when not known. */
const linksTo = (kinds: readonly RefKind[]) =>
	`removed ${kinds.length ? listWords(kinds.map((k) => REF_NOUNS[k][1])) : 'rows'}`;

/** "once", "twice", "3 times". */
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * What going back to the shipped data for one table does not put back: the other tables the
 * change that made it changed too (rows it removed, links it took out, tables a zip
 * replaced), and how to put them back. Null when that change touched this table alone.
 * `made` is that change and how many later ones are above it (lastStepFor).
 */
export function notBackWords(
	table: TableName,
	made: { step: UndoStep; depth: number } | null,
	shipped: ShippedKind
): { note: string; whole: string | null } | null {
	if (!made) return null;
	const { step, depth } = made;
	const others = step.restores.filter((r) => r.table !== table).map((r) => r.table);
	if (!others.length) return null;
	const effects = step.others.filter((o) => others.includes(o.table));
	const replaced = others.filter((t) => !effects.some((o) => o.table === t));
	const did = [
		...effects.flatMap(({ table: t, removed, edited, links }) => [
			...(removed ? [`removed ${countRows(t, removed)}`] : []),
			...(edited ? [`took the links to ${linksTo(links)} out of ${countRows(t, edited)}`] : [])
		]),
		...(replaced.length === 0
			? []
			: replaced.length <= 2
				? [`replaced ${listWords(replaced.map(titleOf))}`]
				: [`replaced ${replaced.length} other tables`])
	];
	const change = step.change.kind === 'reset' ? null : step.change.file;
	if (!change || !did.length) return null;
	const going = changeWords({ kind: 'reset', table }, shipped);
	const note = `Importing ${change} also ${listWords(did)}; ${going} only does not undo that.`;
	const asWas = `as it was before ${change} was imported`;
	const presses = (n: number) => `press “Undo the last change” ${times(n)} after this`;
	if (depth === 0)
		return {
			note: `${note} To put every table back ${asWas}, undo the whole import instead (or ${presses(2)}).`,
			whole: `Undo the whole import of ${change} (all ${step.restores.length} tables it changed)`
		};
	// Going back is a change too: the import is then one step further down the stack.
	if (depth + 1 >= UNDO_LIMIT)
		return { note: `${note} After this, that import can no longer be undone.`, whole: null };
	return {
		note: `${note} To put every table back ${asWas}, ${presses(depth + 2)} (which also undoes the ${depth === 1 ? 'change' : `${depth} changes`} made since).`,
		whole: null
	};
}
