import { describe, expect, it } from 'vitest';
import { toGrowth } from './growth';
import type { TrendPoint, TrendSeries } from './trend-table';

const p = (year: number, series: TrendSeries, value: number | null): TrendPoint => ({
	year,
	series,
	label: series,
	value,
	note: null,
	count: null
});

describe('toGrowth', () => {
	it('expresses each line as % change since the first year all lines have a figure above zero', () => {
		const g = toGrowth([
			p(2015, 'area', 0),
			p(2015, 'england', 100),
			p(2016, 'area', 200),
			p(2016, 'england', 1000),
			p(2017, 'area', 300),
			p(2017, 'england', 1500)
		]);
		expect(g.baseYear).toBe(2016);
		expect(g.points.map((x) => [x.year, x.series, x.value, x.actual])).toEqual([
			[2016, 'area', 0, 200],
			[2016, 'england', 0, 1000],
			[2017, 'area', 50, 300],
			[2017, 'england', 50, 1500]
		]);
	});
	it('keeps missing figures missing', () => {
		const g = toGrowth([p(2016, 'area', 100), p(2017, 'area', null)]);
		expect(g.points[1]).toMatchObject({ value: null, actual: null });
	});
	it('has no base when a line never has a figure', () => {
		expect(toGrowth([p(2016, 'area', null)]).baseYear).toBeNull();
	});
});
