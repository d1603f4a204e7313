import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyTable, type StoredTable } from './stored-tables';
import {
	emptyUndoStack,
	lastStepFor,
	popStep,
	pushStep,
	readUndoStack,
	restoredTables,
	tableWrites,
	UNDO_LIMIT,
	type UndoRecord,
	type UndoStack
} from './undo-record';

// IndexedDB as a Map, for the stack kept before there was one.
const db = vi.hoisted(() => new Map<string, unknown>());
vi.mock('./idb', () => ({
	idbGet: async (key: string) => structuredClone(db.get(key)),
	idbSetMany: async (entries: [string, unknown][], remove: string[] = []) => {
		for (const [key, value] of entries) db.set(key, structuredClone(value));
		for (const key of remove) db.delete(key);
	}
}));
beforeEach(() => db.clear());

const imported: StoredTable = {
	rows: [],
	origin: { kind: 'import', file: 'actions.csv', at: '2027-01-02T14:02:00.000Z' },
	changedAt: '2027-01-02T14:02:00.000Z'
};
const shipped = (n = 0): StoredTable => ({
	rows: Array.from({ length: n }, () => ({}) as never),
	origin: { kind: 'shipped', file: 'risks.csv', at: null },
	changedAt: null
});
const record = (file: string, before: UndoRecord['before'] = { actions: shipped(32) }) =>
	({
		change: { kind: 'import', table: 'actions', file },
		at: '2027-01-02T14:02:00.000Z',
		before
	}) satisfies UndoRecord;

describe('the writes that make tables the area’s own', () => {
	it('writes tables this browser changed, and removes shipped or empty ones so the files are read again', () => {
		expect(
			tableWrites('E06000033', { risks: shipped(), actions: imported, meetings: emptyTable() })
		).toEqual({
			set: [['E06000033:actions', imported]],
			remove: ['E06000033:meetings', 'E06000033:risks']
		});
	});

	it('adds the undo stack’s own writes and removals to the same transaction', () => {
		expect(tableWrites('A', { risks: shipped() }, { remove: ['A:undo:1'] }).remove).toEqual([
			'A:undo:1',
			'A:risks'
		]);
		expect(tableWrites('A', {}, { set: [['A:undo', 1]] }).set).toEqual([['A:undo', 1]]);
	});
});

describe('the undo stack', () => {
	it('puts each change on top, with the tables it puts back and their rows then', () => {
		const first = pushStep('A', emptyUndoStack(), record('a.csv'));
		expect(first.set).toEqual([
			['A:undo', first.stack],
			['A:undo:1', record('a.csv')]
		]);
		expect(first.remove).toEqual([]);
		const before = { risks: shipped(13), actions: imported, action_updates: shipped(147) };
		const others = [{ table: 'action_updates' as const, removed: 122, edited: 0, links: [] }];
		const second = pushStep('A', first.stack, record('b.csv', before), others);
		expect(second.stack.steps.map((s) => [s.id, s.change])).toEqual([
			[2, { kind: 'import', table: 'actions', file: 'b.csv' }],
			[1, { kind: 'import', table: 'actions', file: 'a.csv' }]
		]);
		expect(second.stack.steps[0]).toMatchObject({
			restores: [
				{ table: 'actions', rows: 0 },
				{ table: 'action_updates', rows: 147 },
				{ table: 'risks', rows: 13 }
			],
			others
		});
		expect(restoredTables(second.stack.steps[0])).toEqual(['actions', 'action_updates', 'risks']);
	});

	it(`keeps the last ${UNDO_LIMIT} changes, removing the record of the one that falls off`, () => {
		let stack: UndoStack = emptyUndoStack();
		let last: ReturnType<typeof pushStep> | undefined;
		for (let i = 1; i <= UNDO_LIMIT + 1; i++) {
			last = pushStep('A', stack, record(`${i}.csv`));
			stack = last.stack;
		}
		expect(stack.steps).toHaveLength(UNDO_LIMIT);
		expect(stack.steps[0].id).toBe(UNDO_LIMIT + 1);
		expect(stack.steps.at(-1)!.id).toBe(2);
		expect(last!.remove).toEqual(['A:undo:1']);
	});

	it('takes the newest off, and forgets the stack once it is empty', () => {
		const one = pushStep('A', emptyUndoStack(), record('a.csv')).stack;
		const two = pushStep('A', one, record('b.csv')).stack;
		const popped = popStep('A', two)!;
		expect(popped.step.change).toMatchObject({ file: 'b.csv' });
		expect(popped.stack.steps.map((s) => s.id)).toEqual([1]);
		expect([popped.set, popped.remove]).toEqual([[['A:undo', popped.stack]], ['A:undo:2']]);
		const last = popStep('A', popped.stack)!;
		expect([last.set, last.remove]).toEqual([[], ['A:undo:1', 'A:undo']]);
		expect(popStep('A', last.stack)).toBeNull();
	});

	it('finds the newest change that made a table as it is, and how many are above it', () => {
		let stack = pushStep('A', emptyUndoStack(), record('a.csv')).stack;
		stack = pushStep('A', stack, {
			change: { kind: 'reset', table: 'risks' },
			at: '2027-01-02T15:00:00.000Z',
			before: { risks: imported }
		}).stack;
		expect(lastStepFor(stack.steps, 'actions')).toMatchObject({ step: { id: 1 }, depth: 1 });
		expect(lastStepFor(stack.steps, 'risks')).toMatchObject({ step: { id: 2 }, depth: 0 });
		expect(lastStepFor(stack.steps, 'meetings')).toBeNull();
	});

	it('moves a last change kept before there was a stack into it, once', async () => {
		db.set('A:last-change', record('old.csv'));
		const stack = await readUndoStack('A');
		expect(stack.steps.map((s) => [s.id, s.change])).toEqual([
			[1, { kind: 'import', table: 'actions', file: 'old.csv' }]
		]);
		expect([...db.keys()].sort()).toEqual(['A:undo', 'A:undo:1']);
		await expect(readUndoStack('A')).resolves.toEqual(stack);
		await expect(readUndoStack('B')).resolves.toEqual(emptyUndoStack());
	});
});
