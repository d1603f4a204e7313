import { describe, expect, it } from 'vitest';
import type { TableName } from '$lib/workspace';
import type { OtherRows, UndoStep } from '$lib/workspace/store/undo-record';
import {
	earlierWords,
	notBackWords,
	restoredWords,
	undoLastWords,
	undoScopeWords
} from './undo-words';

const AT = '2027-01-02T14:02:00.000Z';
let id = 0;
const step = (
	change: UndoStep['change'],
	restores: Partial<Record<TableName, number>>,
	others: OtherRows[] = [],
	at = AT
): UndoStep => ({
	id: ++id,
	change,
	at,
	restores: (['meetings', 'actions', 'action_updates', 'risks'] as TableName[]).flatMap((table) =>
		restores[table] === undefined ? [] : [{ table, rows: restores[table] }]
	),
	others
});
const removedWithFive: OtherRows[] = [
	{ table: 'action_updates', removed: 122, edited: 0, links: [] },
	{ table: 'risks', removed: 0, edited: 11, links: ['actions'] }
];

describe('the words for undoing the last change (times in UTC, as the tests run)', () => {
	const imported = step(
		{ kind: 'import', table: 'actions', file: 'actions.csv' },
		{ risks: 13, actions: 32, action_updates: 147 },
		removedWithFive
	);
	const reset = step(
		{ kind: 'reset', table: 'actions' },
		{ actions: 5 },
		[],
		'2027-01-02T14:05:00.000Z'
	);

	it('say on the button what the change was and when', () => {
		expect(undoLastWords(imported, 'demo', new Date('2027-01-02T18:00:00Z'))).toBe(
			'Undo the last change: importing actions.csv at 14:02'
		);
		expect(undoLastWords(imported, 'demo', new Date('2027-01-05T09:00:00Z'))).toBe(
			'Undo the last change: importing actions.csv on 2 January 2027 at 14:02'
		);
		expect(undoLastWords(reset, 'demo', new Date(AT))).toBe(
			'Undo the last change: going back to the demo data for Actions at 14:05'
		);
		expect(undoLastWords(reset, null, new Date(AT))).toBe(
			'Undo the last change: removing your import from Actions at 14:05'
		);
	});

	it('say beside it every table it puts back, and what can be undone after it', () => {
		expect(undoScopeWords(imported)).toBe(
			'It puts back every table it changed, as it was before: Actions, Action updates and Risk register.'
		);
		expect(undoScopeWords(reset)).toBe('It puts back Actions as it was before.');
		const now = new Date(AT);
		expect(earlierWords([reset], 'demo', now)).toBeNull();
		expect(earlierWords([reset, imported], 'demo', now)).toBe(
			'After it, 1 earlier change can be undone: importing actions.csv at 14:02.'
		);
		expect(earlierWords([reset, reset, imported], 'demo', now)).toBe(
			'After it, 2 earlier changes can be undone, one at a time, newest first: going back to the demo data for Actions at 14:05; importing actions.csv at 14:02.'
		);
	});

	it('say afterwards every table put back, in the workspace’s order', () => {
		expect(restoredWords(imported, 'demo')).toBe(
			'Restored the 32 actions, 147 action updates and 13 risks as they were before actions.csv was imported.'
		);
		const zip = step({ kind: 'zip', file: 'all.zip' }, { meetings: 0, risks: 1 });
		expect(restoredWords(zip, 'demo')).toBe(
			'Restored the empty Board meetings table and 1 risk as they were before all.zip was imported.'
		);
		const fromDashboard = step({ kind: 'reset', table: 'actions' }, { actions: 5 });
		expect(restoredWords(fromDashboard, 'dashboard')).toBe(
			'Restored the 5 actions as they were before the data this dashboard came with for Actions was put back.'
		);
	});
});

describe('the words for what going back for one table does not put back', () => {
	const imported = step(
		{ kind: 'import', table: 'actions', file: 'five.csv' },
		{ risks: 13, actions: 32, action_updates: 147 },
		removedWithFive
	);

	it('say what the import did to other tables, and offer to undo it whole while it is the last change', () => {
		expect(notBackWords('actions', { step: imported, depth: 0 }, 'demo')).toEqual({
			note: 'Importing five.csv also removed 122 action updates and took the links to removed actions out of 11 risks; going back to the demo data for Actions only does not undo that. To put every table back as it was before five.csv was imported, undo the whole import instead (or press “Undo the last change” twice after this).',
			whole: 'Undo the whole import of five.csv (all 3 tables it changed)'
		});
	});

	it('say how many undos it takes once later changes are above it', () => {
		expect(notBackWords('actions', { step: imported, depth: 1 }, 'demo')?.note).toMatch(
			/press “Undo the last change” 3 times after this \(which also undoes the change made since\)\.$/
		);
		expect(notBackWords('actions', { step: imported, depth: 9 }, null)?.note).toBe(
			'Importing five.csv also removed 122 action updates and took the links to removed actions out of 11 risks; removing your import from Actions only does not undo that. After this, that import can no longer be undone.'
		);
	});

	it('name the other tables a zip replaced, and say nothing when the change touched this table alone', () => {
		const zip = step({ kind: 'zip', file: 'all.zip' }, { meetings: 2, actions: 32, risks: 13 });
		expect(notBackWords('actions', { step: zip, depth: 0 }, 'demo')?.note).toMatch(
			/^Importing all\.zip also replaced Board meetings and Risk register; going back to the demo data for Actions only does not undo that\./
		);
		const kept = step({ kind: 'import', table: 'actions', file: 'a.csv' }, { actions: 32 });
		expect(notBackWords('actions', { step: kept, depth: 0 }, 'demo')).toBeNull();
		expect(notBackWords('actions', null, 'demo')).toBeNull();
	});
});
