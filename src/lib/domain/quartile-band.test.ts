import { describe, expect, it } from 'vitest';
import { quartileBand, quartileEdges } from './quartile-band';

const eight = [10, 20, 30, 40, 50, 60, 70, 80];

describe('quartileBand', () => {
	it('puts the best quarter in A when higher is better', () => {
		expect(quartileBand(80, eight, 'high')).toBe('A');
		expect(quartileBand(70, eight, 'high')).toBe('A');
		expect(quartileBand(60, eight, 'high')).toBe('B');
		expect(quartileBand(30, eight, 'high')).toBe('C');
		expect(quartileBand(10, eight, 'high')).toBe('D');
	});
	it('puts the lowest in A when lower is better', () => {
		expect(quartileBand(10, eight, 'low')).toBe('A');
		expect(quartileBand(80, eight, 'low')).toBe('D');
	});
	it('gives tied values the same band, by their shared best rank', () => {
		const tied = [50, 50, 10, 20, 30, 40, 60, 70];
		expect(quartileBand(50, tied, 'high')).toBe('B');
	});
	it('gives no band to a figure shared by more than a quarter of areas', () => {
		const zeros = [0, 0, 0, 0, 0, 0.1, 0.2, 0.3];
		expect(quartileBand(0, zeros, 'low')).toBeNull();
		expect(quartileBand(0.3, zeros, 'low')).toBe('D');
	});
	it('has no band without polarity, without a value, or for a value not among them', () => {
		expect(quartileBand(50, eight, 'none')).toBeNull();
		expect(quartileBand(null, eight, 'high')).toBeNull();
		expect(quartileBand(55, eight, 'high')).toBeNull();
	});
	it('ignores missing values when banding, and the best is A even among few', () => {
		expect(quartileBand(10, [10, 20, 30, null], 'low')).toBe('A');
		expect(quartileBand(30, [10, 20, 30, null], 'low')).toBe('C');
	});
	it('bands 153 LAs into quarters of 38 or 39', () => {
		const all = Array.from({ length: 153 }, (_, i) => i);
		const bands = all.map((v) => quartileBand(v, all, 'high'));
		expect(['A', 'B', 'C', 'D'].map((b) => bands.filter((x) => x === b).length)).toEqual([
			39, 38, 38, 38
		]);
	});
});

describe('quartileEdges', () => {
	it('gives the quartiles of the values', () => {
		expect(quartileEdges([1, 2, 3, 4, 5])).toEqual([2, 3, 4]);
		expect(quartileEdges([1, 2, null])).toBeNull();
	});
});
