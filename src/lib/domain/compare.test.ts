import { describe, expect, it } from 'vitest';
import { compareSeries, parseCompareAreas, unknownCompareAreas } from './compare';

describe('parseCompareAreas', () => {
	const known = new Set(['E06000033', 'E10000018', 'E08000035', 'E1', 'E2', 'E3', 'E4']);
	it('keeps known codes once, in order, at most six', () => {
		expect(parseCompareAreas('e06000033,E10000018,E06000033,BAD', known)).toEqual([
			'E06000033',
			'E10000018'
		]);
		expect(parseCompareAreas('E06000033,E10000018,E08000035,E1,E2,E3,E4', known)).toHaveLength(6);
		expect(parseCompareAreas(null, known)).toEqual([]);
	});
});

describe('unknownCompareAreas', () => {
	it('names each code that is not a local authority, once, as written', () => {
		const known = new Set(['E06000033', 'E10000018']);
		expect(unknownCompareAreas('E06000033, XYZ,e10000018,,XYZ,E99', known)).toEqual(['XYZ', 'E99']);
		expect(unknownCompareAreas(null, known)).toEqual([]);
	});
});

describe('compareSeries', () => {
	it('keeps the chosen areas in the order chosen, with missing values and their codes', () => {
		const obs = [
			{ area: 'B', year: 2024, value: 2, note: null, numerator: null, denominator: null },
			{ area: 'A', year: 2024, value: null, note: 'x', numerator: null, denominator: null },
			{ area: 'C', year: 2024, value: 9, note: null, numerator: null, denominator: null }
		];
		expect(
			compareSeries(obs, [
				{ code: 'A', name: 'Aa' },
				{ code: 'B', name: 'Bb' }
			])
		).toEqual([
			{ year: 2024, code: 'A', label: 'Aa', value: null, note: 'x' },
			{ year: 2024, code: 'B', label: 'Bb', value: 2, note: null }
		]);
	});
});
