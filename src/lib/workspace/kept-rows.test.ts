import { describe, expect, it } from 'vitest';
import { withCurrentColumns } from './kept-rows';

describe('withCurrentColumns', () => {
	it('gives rows kept before a column existed that column’s blank value', () => {
		const [row] = withCurrentColumns('action_updates', [
			{ action_reference: '1.1', date: '2026-01-05', status: 'on_track', evidence: [] }
		]);
		expect(row).toMatchObject({
			action_reference: '1.1',
			revised_due_date: null,
			revision_reason: null,
			commentary: null
		});
	});

	it('leaves complete rows as they are, and never overwrites a value', () => {
		const complete = { id: 'P1', type: 'improvement_plan' };
		const rows = withCurrentColumns('plans', [complete]);
		expect(rows[0]).toMatchObject(complete);
		const [list] = withCurrentColumns('actions', [{ reference: '1.1' }]);
		expect(list.linked_indicators).toEqual([]);
	});
});
