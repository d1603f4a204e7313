import { describe, expect, it } from 'vitest';
import { emptyTable, type StoredTable } from './stored-tables';
import { restoredTables, tableWrites, undoKey, type UndoRecord } from './undo-record';

const imported: StoredTable = {
	rows: [],
	origin: { kind: 'import', file: 'actions.csv', at: '2027-01-02T14:02:00.000Z' },
	changedAt: '2027-01-02T14:02:00.000Z'
};
const shipped: StoredTable = {
	rows: [],
	origin: { kind: 'shipped', file: 'risks.csv', at: null },
	changedAt: null
};

describe('the writes that make tables the area’s own', () => {
	it('writes tables this browser changed, and removes shipped or empty ones so the files are read again', () => {
		expect(
			tableWrites('E06000033', { risks: shipped, actions: imported, meetings: emptyTable() })
		).toEqual({
			set: [['E06000033:actions', imported]],
			remove: ['E06000033:meetings', 'E06000033:risks']
		});
	});

	it('adds the undo record’s own write or removal to the same transaction', () => {
		const record: UndoRecord = {
			change: { kind: 'reset', table: 'actions' },
			at: imported.changedAt!,
			before: { risks: shipped, actions: imported }
		};
		expect(tableWrites('A', record.before, { remove: [undoKey('A')] }).remove).toEqual([
			'A:last-change',
			'A:risks'
		]);
		expect(tableWrites('A', {}, { set: [[undoKey('A'), record]] }).set).toEqual([
			['A:last-change', record]
		]);
		expect(restoredTables(record)).toEqual(['actions', 'risks']);
	});
});
