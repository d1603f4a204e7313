import { describe, expect, it } from 'vitest';
import type { StoredTable } from '$lib/workspace/store/stored-tables';
import type { UndoRecord } from '$lib/workspace/store/undo-record';
import { restoredWords, undoLastWords } from './undo-words';

const table = (n: number): StoredTable => ({
	rows: Array.from({ length: n }, () => ({}) as never),
	origin: { kind: 'shipped', file: null, at: null },
	changedAt: null
});
const AT = '2027-01-02T14:02:00.000Z';
const record = (change: UndoRecord['change'], before: UndoRecord['before']): UndoRecord => ({
	change,
	at: AT,
	before
});

describe('the words for undoing the last change (times in UTC, as the tests run)', () => {
	const imported = record(
		{ kind: 'import', table: 'actions', file: 'actions.csv' },
		{ risks: table(13), actions: table(32), action_updates: table(147) }
	);

	it('say on the button what the change was and when', () => {
		expect(undoLastWords(imported, 'demo', new Date('2027-01-02T18:00:00Z'))).toBe(
			'Undo the last change: importing actions.csv at 14:02'
		);
		expect(undoLastWords(imported, 'demo', new Date('2027-01-05T09:00:00Z'))).toBe(
			'Undo the last change: importing actions.csv on 2 January 2027 at 14:02'
		);
		const reset = record({ kind: 'reset', table: 'actions' }, { actions: table(5) });
		expect(undoLastWords(reset, 'demo', new Date(AT))).toBe(
			'Undo the last change: going back to the demo data for Actions at 14:02'
		);
		expect(undoLastWords(reset, null, new Date(AT))).toBe(
			'Undo the last change: removing your import from Actions at 14:02'
		);
	});

	it('say afterwards every table put back, in the workspace’s order', () => {
		expect(restoredWords(imported, 'demo')).toBe(
			'Restored the 32 actions, 147 action updates and 13 risks as they were before actions.csv was imported.'
		);
		const zip = record({ kind: 'zip', file: 'all.zip' }, { meetings: table(0), risks: table(1) });
		expect(restoredWords(zip, 'demo')).toBe(
			'Restored the empty Board meetings table and 1 risk as they were before all.zip was imported.'
		);
		const reset = record({ kind: 'reset', table: 'actions' }, { actions: table(5) });
		expect(restoredWords(reset, 'dashboard')).toBe(
			'Restored the 5 actions as they were before the data this dashboard came with for Actions was put back.'
		);
	});
});
