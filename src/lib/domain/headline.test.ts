import { describe, expect, it } from 'vitest';
import { buildHeadline, type HeadlineInput } from './headline';

const base: HeadlineInput = {
	polarity: 'high',
	periodType: 'calendar_year',
	year: 2024,
	latest: { value: 16.1, note: null, numerator: 50, denominator: 310 },
	previous: { year: 2023, value: 3.8, note: null },
	england: { value: 45.9, note: null },
	region: { value: 40, note: null },
	neighbours: [50, 40, null, 30],
	allAreas: [16.1, 50, 40, 30, 90, null],
	seriesStarts: null
};

describe('buildHeadline', () => {
	it('puts latest value, change, benchmarks and rank together', () => {
		const h = buildHeadline(base);
		expect(h.period).toBe('2024');
		expect(h.change).toMatchObject({ comparable: true, direction: 'improving' });
		expect(h.england.comparison).toBe('worse');
		expect(h.neighbours).toMatchObject({ mean: 40, count: 3, of: 4, comparison: 'worse' });
		expect(h.rank).toEqual({ rank: 5, of: 5 });
	});
	it('keeps a suppressed latest value missing, with its code, and does not rank it', () => {
		const h = buildHeadline({
			...base,
			latest: { value: null, note: 'x', numerator: null, denominator: null }
		});
		expect(h.value).toBeNull();
		expect(h.note).toBe('x');
		expect(h.rank).toBeNull();
		expect(h.change.comparable).toBe(false);
		expect(h.england.comparison).toBe('not comparable');
	});
	it('does not compare across a reorganisation', () => {
		const h = buildHeadline({ ...base, seriesStarts: 2024 });
		expect(h.previous).toBeNull();
		expect(h.change).toEqual({ comparable: false, reason: 'no earlier period' });
	});
	it('gives each benchmark its one-year growth, for comparing counts', () => {
		const h = buildHeadline({
			...base,
			polarity: 'none',
			england: { value: 110, note: null },
			region: { value: 50, note: null },
			neighbours: [20, 30, null],
			previousBenchmarks: { england: 100, region: 0, neighbours: [10, 20, 5] }
		});
		expect(h.england.growth).toBeCloseTo(0.1);
		expect(h.region!.growth).toBeNull(); // no growth from zero
		// The growth of the neighbours' combined figure: (20 + 30) / (10 + 20) − 1, the third has no 2024 figure.
		expect(h.neighbours.growth.count).toBe(2);
		expect(h.neighbours.growth.mean).toBeCloseTo(50 / 30 - 1);
	});

	it('has no rank and no better/worse without polarity', () => {
		const h = buildHeadline({ ...base, polarity: 'none' });
		expect(h.rank).toBeNull();
		expect(h.england.comparison).toBe('not comparable');
		expect(h.change).toMatchObject({ direction: 'up' });
	});
});
