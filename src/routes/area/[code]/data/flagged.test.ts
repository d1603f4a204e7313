import { describe, expect, it } from 'vitest';
import type { RowReference } from '$lib/workspace';
import { disclosureWords, flaggedTables } from './flagged';

const risk = (id: string, column: string, ...ids: string[]): RowReference => ({
	table: 'risks',
	key: [id],
	column,
	kind: column === 'linked_actions' ? 'actions' : 'indicators',
	ids
});
const update = (action: string, date: string): RowReference => ({
	table: 'action_updates',
	key: [action, date],
	column: 'action_reference',
	kind: 'actions',
	ids: [action]
});

describe('the list of rows that refer to something missing', () => {
	it('gives each table’s rows by their key, with the ids not found under the column’s heading', () => {
		const tables = flaggedTables([
			update('1.6', '2025-06-03'),
			update('1.6', '2025-09-09'),
			risk('SR1', 'linked_actions', '1.4', '3.5')
		]);
		expect(tables).toEqual([
			{
				table: 'action_updates',
				caption: 'Action updates that refer to something missing',
				// The reference is the row's own key: said once, in its heading.
				headers: ['Action reference (not found)', 'Date'],
				lines: [
					['1.6', '2025-06-03'],
					['1.6', '2025-09-09']
				],
				idsLast: false,
				rows: 2,
				more: null
			},
			{
				table: 'risks',
				caption: 'Risks that refer to something missing',
				headers: ['Risk id', 'Linked actions not found'],
				lines: [['SR1', '1.4, 3.5']],
				idsLast: true,
				rows: 1,
				more: null
			}
		]);
		expect(disclosureWords(tables)).toBe(
			'List them (2 action updates and 1 risk), with what each refers to'
		);
		expect(disclosureWords(tables.slice(0, 1))).toBe(
			'List the 2 action updates and what each refers to'
		);
		expect(disclosureWords(tables.slice(1))).toBe('Show the risk and what it refers to');
	});

	it('keeps a row’s columns together, and names the column when there is more than one', () => {
		const [risks] = flaggedTables([
			risk('SR1', 'linked_actions', '1.4'),
			risk('SR2', 'linked_actions', '2.1'),
			risk('SR1', 'trigger_indicator', 'gone')
		]);
		expect(risks.headers).toEqual(['Risk id', 'Column', 'Not found']);
		expect(risks.lines).toEqual([
			['SR1', 'Linked actions', '1.4'],
			['SR1', 'Trigger indicator', 'gone'],
			['SR2', 'Linked actions', '2.1']
		]);
		expect(risks.rows).toBe(2);
	});

	it('lists at most the first rows, and says how many there are', () => {
		const many = Array.from({ length: 1234 }, (_, i) => update(`${i}`, '2025-06-03'));
		const [updates] = flaggedTables(many);
		expect(updates.lines).toHaveLength(200);
		expect(updates.rows).toBe(1234);
		expect(updates.more).toBe('Only the first 200 of 1,234 action updates are listed.');
		expect(flaggedTables(many, 2000)[0].more).toBeNull();
	});
});
