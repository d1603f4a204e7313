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

describe('toGrowth never bases a % change on a tiny figure', () => {
	it('starts after a base too small to mean anything (Kirklees: 7 EHC plans in January 2015)', () => {
		const g = toGrowth([
			p(2015, 'area', 7),
			p(2015, 'england', 32000),
			p(2016, 'area', 900),
			p(2016, 'england', 150000),
			p(2017, 'area', 1800),
			p(2017, 'england', 240000)
		]);
		expect(g.baseYear).toBe(2016);
		expect(g.points.find((x) => x.year === 2017 && x.series === 'area')?.value).toBe(100);
	});
	it('starts where no line later grows more than sixfold', () => {
		const g = toGrowth([p(2015, 'area', 100), p(2016, 'area', 400), p(2017, 'area', 900)]);
		expect(g.baseYear).toBe(2016);
	});
	it('has no base when no period is a fair one, and keeps the figures', () => {
		const g = toGrowth([p(2015, 'area', 3), p(2016, 'area', 12)]);
		expect(g.baseYear).toBeNull();
		expect(g.points.map((x) => x.value)).toEqual([3, 12]);
	});
});
