import { describe, expect, it } from 'vitest';
import { isIsoDate, localIsoDate, workspaceAsOf } from './as-of';

describe('isIsoDate', () => {
	it('accepts real calendar dates written YYYY-MM-DD', () => {
		for (const d of ['2026-11-26', '2024-02-29', '2000-01-01']) expect(isIsoDate(d)).toBe(true);
	});
	it('refuses dates that do not exist, other spellings and non-strings', () => {
		for (const d of [
			'2026-02-30',
			'2025-02-29',
			'2026-13-01',
			'26/11/2026',
			'2026-11-26T00:00',
			''
		])
			expect(isIsoDate(d), d).toBe(false);
		expect(isIsoDate(null)).toBe(false);
		expect(isIsoDate(20261126)).toBe(false);
	});
});

describe('localIsoDate', () => {
	it('is the date on the local clock, padded', () => {
		expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
		expect(localIsoDate(new Date(2026, 10, 26, 0, 0))).toBe('2026-11-26');
	});
});

describe('workspaceAsOf', () => {
	const now = new Date(2028, 5, 1, 12);
	it('is the shipped date while shipped rows are in use, however late the reader is', () => {
		expect(workspaceAsOf({ shippedAsOf: '2026-11-26', holdsShippedRows: true, now })).toBe(
			'2026-11-26'
		);
	});
	it('is the reader’s today once no shipped rows are left, or when nothing is shipped', () => {
		expect(workspaceAsOf({ shippedAsOf: '2026-11-26', holdsShippedRows: false, now })).toBe(
			'2028-06-01'
		);
		expect(workspaceAsOf({ shippedAsOf: undefined, holdsShippedRows: true, now })).toBe(
			'2028-06-01'
		);
	});
	it('ignores a shipped date that is not a real date', () => {
		expect(workspaceAsOf({ shippedAsOf: '2026-02-30', holdsShippedRows: true, now })).toBe(
			'2028-06-01'
		);
	});
});
