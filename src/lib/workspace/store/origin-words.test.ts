import { describe, expect, it } from 'vitest';
import { importedFrom } from './origin-words';

describe('importedFrom', () => {
	it('names the file and the day it was imported', () => {
		expect(importedFrom({ kind: 'import', file: 'our.csv', at: '2026-11-26T10:00:00.000Z' })).toBe(
			'imported from our.csv on 26 November 2026'
		);
		expect(importedFrom({ kind: 'import', file: 'our.csv', at: null })).toBe(
			'imported from our.csv'
		);
	});
	it('says nothing of shipped or empty tables', () => {
		expect(importedFrom({ kind: 'shipped', file: 'x.csv', at: null })).toBeNull();
		expect(importedFrom({ kind: 'empty', file: null, at: null })).toBeNull();
	});
});
