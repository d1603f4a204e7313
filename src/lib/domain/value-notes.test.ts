import { describe, expect, it } from 'vitest';
import { describeMissing, readPublishedCell } from './value-notes';

describe('readPublishedCell', () => {
	it('reads plain and formatted numbers', () => {
		expect(readPublishedCell('638745')).toEqual({ ok: true, value: 638745, note: null });
		expect(readPublishedCell('1,992')).toEqual({ ok: true, value: 1992, note: null });
		expect(readPublishedCell('16.1')).toEqual({ ok: true, value: 16.1, note: null });
		expect(readPublishedCell('0')).toEqual({ ok: true, value: 0, note: null });
		expect(readPublishedCell('-0.3')).toEqual({ ok: true, value: -0.3, note: null });
	});

	it('turns every published code into a missing value with its reason, never zero', () => {
		for (const code of ['x', 'c', 'z', 'low', ':', '-', '~', '..', 'X', 'LOW']) {
			const cell = readPublishedCell(code);
			expect(cell.ok && cell.value).toBe(null);
			expect(cell.ok && cell.note).toBe(code.toLowerCase());
		}
	});

	it('reads a long run of digits in linear time', () => {
		const start = performance.now();
		expect(readPublishedCell(`${'1'.repeat(50_000)}x`).ok).toBe(false);
		expect(readPublishedCell('1.')).toEqual({ ok: true, value: 1, note: null });
		expect(performance.now() - start).toBeLessThan(1000);
	});

	it('treats an empty cell as missing without a reason', () => {
		expect(readPublishedCell('')).toEqual({ ok: true, value: null, note: null });
		expect(readPublishedCell(undefined)).toEqual({ ok: true, value: null, note: null });
	});

	it('rejects anything else with a reason a person can read', () => {
		const cell = readPublishedCell('n/a');
		expect(cell.ok).toBe(false);
		expect(!cell.ok && cell.reason).toMatch(/'n\/a' is neither a number nor a known code/);
		expect(readPublishedCell('12abc').ok).toBe(false);
	});
});

describe('describeMissing', () => {
	it('says suppressed, not applicable or not available', () => {
		expect(describeMissing('x').label).toBe('suppressed');
		expect(describeMissing('c').label).toBe('suppressed');
		expect(describeMissing('z').label).toBe('not applicable');
		expect(describeMissing(':').label).toBe('not available');
		expect(describeMissing(null).label).toBe('no data');
		expect(describeMissing('z').words).toContain('“z”');
	});
});
