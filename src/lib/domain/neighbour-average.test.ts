import { describe, expect, it } from 'vitest';
import { neighbourAverage } from './neighbour-average';

describe('neighbourAverage', () => {
	it('is the mean of the neighbours that have a value, saying how many', () => {
		expect(neighbourAverage([10, 20, null, 30])).toEqual({ mean: 20, count: 3, of: 4 });
	});
	it('has no mean when no neighbour has a value', () => {
		expect(neighbourAverage([null, null])).toEqual({ mean: null, count: 0, of: 2 });
		expect(neighbourAverage([])).toEqual({ mean: null, count: 0, of: 0 });
	});
	it('counts a published zero as a value', () => {
		expect(neighbourAverage([0, 10])).toEqual({ mean: 5, count: 2, of: 2 });
	});
});
