import { describe, expect, it } from 'vitest';
import { implausibleJumps, median } from './jump';

const series = (start: number, values: number[]) =>
	values.map((value, i) => ({ year: start + i, value }));

describe('implausibleJumps', () => {
	it('flags a dip the next year undoes (Kirklees, requests refused: 0.5% among 27–31%)', () => {
		const jumps = implausibleJumps(series(2019, [27.4, 30.9, 0.5, 29.1, 31.2, 28.6]));
		expect(jumps).toHaveLength(1);
		expect(jumps[0]).toMatchObject({
			year: 2021,
			value: 0.5,
			before: { year: 2020, value: 30.9 },
			after: { year: 2022, value: 29.1 }
		});
		// Without 0.5% the series moves 3.5, 1.8, 2.1, 2.6 points a year: median 2.35.
		expect(jumps[0].typicalChange).toBeCloseTo(2.35, 9);
	});

	it('flags a spike upwards as well as a dip', () => {
		expect(implausibleJumps(series(2015, [100, 104, 990, 108, 111])).map((j) => j.year)).toEqual([
			2017
		]);
	});

	it('does not flag a lasting step, however large (a real collapse in timeliness)', () => {
		expect(implausibleJumps(series(2018, [90, 95.7, 92, 71.7, 3.8, 16.1, 12]))).toEqual([]);
	});

	it('does not flag a break the series does not come back from, or one near the level', () => {
		// After the dip the series settles 13 points higher: it does not come back half way.
		expect(implausibleJumps(series(2018, [30, 31, 30, 5, 43, 42, 43]))).toEqual([]);
		// A 1.2-point move in a series that moves 0.2 a year, but only 4% of its level.
		expect(implausibleJumps(series(2019, [28.1, 28.3, 29.5, 28.3, 28.5]))).toEqual([]);
	});

	it('flags a published figure wildly out of line: a region’s total given to one council', () => {
		const jumps = implausibleJumps(series(2019, [301, 345, 387, 6078, 593, 640]));
		expect(jumps.map((j) => j.year)).toEqual([2022]);
	});

	it('never flags the first or last figure', () => {
		expect(implausibleJumps(series(2018, [0.5, 30, 31, 29, 30]))).toEqual([]);
		expect(implausibleJumps(series(2018, [30, 31, 29, 30, 0.5]))).toEqual([]);
	});

	it('does not flag a change within five times the median change', () => {
		// without 21 the changes are 2, 0, 2: median 2, limit 10; 21 moves 9 each way
		expect(implausibleJumps(series(2018, [10, 12, 21, 12, 14]))).toEqual([]);
	});

	it('needs four figures, and a series that moves, to judge', () => {
		expect(implausibleJumps(series(2018, [30, 0.5, 30]))).toEqual([]);
		expect(implausibleJumps(series(2018, [0, 0, 0, 7, 0, 0]))).toEqual([]); // median change 0
	});

	it('takes the figures in period order and skips gaps in the years', () => {
		const shuffled = [
			{ year: 2023, value: 29 },
			{ year: 2019, value: 30 },
			{ year: 2022, value: 1 }, // 2020 and 2021 not published
			{ year: 2018, value: 31 },
			{ year: 2024, value: 30 }
		];
		expect(implausibleJumps(shuffled).map((j) => j.year)).toEqual([2022]);
	});
});

describe('median', () => {
	it('is the middle value, or the mean of the two middle values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});
