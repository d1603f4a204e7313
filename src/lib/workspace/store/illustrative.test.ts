import { describe, expect, it } from 'vitest';
import { illustrativeSource, isIllustrative, UNLABELLED_ILLUSTRATIVE } from './illustrative';
import type { Origin, ShippedWorkspace, StoredTable } from './stored-tables';

const DEMO: ShippedWorkspace = { illustrative: true, label: 'Made up for the demo' };
const REAL: ShippedWorkspace = { illustrative: false, label: 'Our records' };
const table = (origin: Partial<Origin>, rows = 3): StoredTable => ({
	rows: Array.from({ length: rows }, () => ({}) as never),
	origin: { kind: 'shipped', file: 'x.csv', at: null, ...origin },
	changedAt: null
});

describe('isIllustrative', () => {
	it('is the shipped label for rows shipped from an illustrative workspace', () => {
		expect(isIllustrative(table({}), DEMO)).toEqual({ label: 'Made up for the demo' });
		expect(isIllustrative(table({}), REAL)).toBeNull();
		expect(isIllustrative(table({}), null)).toBeNull();
	});

	it('is the label carried by rows imported from an illustrative zip, shipped or not', () => {
		const imported = table({ kind: 'import', illustrative: { label: 'From the zip' } });
		expect(isIllustrative(imported, null)).toEqual({ label: 'From the zip' });
		expect(isIllustrative(imported, REAL)).toEqual({ label: 'From the zip' });
		const unlabelled = table({ kind: 'import', illustrative: { label: null } });
		expect(isIllustrative(unlabelled, DEMO)).toEqual({ label: UNLABELLED_ILLUSTRATIVE });
		expect(illustrativeSource(unlabelled, DEMO)).toEqual({ label: null });
	});

	it('is null for the officer’s own imports, and for a table with no rows', () => {
		expect(isIllustrative(table({ kind: 'import' }), DEMO)).toBeNull();
		expect(isIllustrative(table({}, 0), DEMO)).toBeNull();
		expect(
			isIllustrative(table({ kind: 'import', illustrative: { label: 'x' } }, 0), DEMO)
		).toBeNull();
		expect(isIllustrative(table({ kind: 'empty' }, 0), DEMO)).toBeNull();
	});
});
