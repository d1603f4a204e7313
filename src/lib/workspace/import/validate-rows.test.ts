import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { col } from '../schemas/columns';
import { defineLayout } from '../schemas/layout';
import { matchHeader } from './header';
import { withLimits } from './limits';
import { validateRows } from './validate-rows';

describe('validateRows', () => {
	it('makes a cell or row whose check fails unexpectedly a problem on its row', () => {
		const broken = { ...col.text('note', 'Note', { about: '', example: '' }) };
		broken.parse = (text) => {
			if (text === 'boom') throw new RangeError('Invalid time value');
			return { ok: true, value: text };
		};
		const layout = defineLayout({
			name: 'meetings',
			title: 'Test',
			about: '',
			schema: z.object({ note: z.string().nullable() }).superRefine((row) => {
				if (row.note === 'rule') throw new TypeError('unexpected');
			}),
			key: [],
			columns: [broken]
		});
		const rows = [
			{ row: 1, cells: ['Note'] },
			{ row: 2, cells: ['fine'] },
			{ row: 3, cells: ['boom'] },
			{ row: 4, cells: ['rule'] }
		];
		const result = validateRows(layout, matchHeader(layout, rows)!, rows, {
			file: 't.csv',
			limits: withLimits()
		});
		expect(result.candidates.map((c) => c.row)).toEqual([2]);
		expect(result.problems.map((p) => p.message)).toEqual([
			"Row 3, column 'Note': 'boom' could not be read as text",
			'Row 4: this row could not be checked; look for anything unusual in its cells'
		]);
	});
});
