import { describe, expect, it } from 'vitest';
import { indicatorView, latestYearOf } from './indicator-view';
import { testGeography, testLa, testObs } from './test-geography';

const geography = testGeography(
	[
		testLa('A'),
		testLa('B'),
		testLa('C'),
		testLa('NEW', { seriesStarts: 2023 }),
		{ ...testLa('OLD'), status: 'former', replaced_in: 2023, successors: 2 }
	],
	{ A: ['B', 'C', 'NEW'], NEW: ['A'] }
);
const o = testObs;
const indicator = { id: 'x', polarity: 'high' as const, period_type: 'calendar_year' as const };

describe('indicatorView', () => {
	const observations = [
		o('E92000001', 2023, 50),
		o('E92000001', 2024, 52),
		o('R', 2024, 48),
		o('A', 2023, 40),
		o('A', 2024, 45),
		o('B', 2024, 45),
		o('C', 2024, null, 'x'),
		o('NEW', 2024, 70),
		o('OLD', 2022, 30),
		o('OLD', 2024, 99)
	];

	it('benchmarks against England, region and the neighbours that have a figure; ties share a rank', () => {
		const v = indicatorView({ indicator, observations, geography, areaCode: 'A' })!;
		expect(v.year).toBe(2024);
		expect(v.headline.england.value).toBe(52);
		expect(v.headline.region?.value).toBe(48);
		expect(v.headline.neighbours).toMatchObject({ mean: 57.5, count: 2, of: 3 }); // C is suppressed
		expect(v.headline.rank).toEqual({ rank: 2, of: 3 }); // A and B tie; OLD was replaced in 2023
		expect(v.band).toBe('B');
		expect(v.headline.change).toMatchObject({ comparable: true, direction: 'improving' });
	});

	it('marks a reorganised area’s series instead of joining it to the council it replaced', () => {
		const v = indicatorView({ indicator, observations, geography, areaCode: 'NEW' })!;
		expect(v.trend.filter((p) => p.series === 'area').map((p) => p.year)).toEqual([2024]);
		expect(v.headline.change).toMatchObject({ comparable: false });
	});

	it('ranks and bands a period among every LA that existed then, former ones included and named', () => {
		const early = [
			o('E92000001', 2022, 50),
			o('A', 2022, 40),
			o('B', 2022, 45),
			o('OLD', 2022, 42),
			o('NEW', 2022, 99) // published for a council that did not exist yet: not ranked
		];
		const v = indicatorView({ indicator, observations: early, geography, areaCode: 'A' })!;
		expect(v.headline.rank).toEqual({ rank: 3, of: 3 });
		expect(v.band).toBe('C'); // 3rd of 3: rank 3 falls in the third quarter
		expect(v.distribution.map((d) => [d.code, d.name])).toEqual([
			['A', 'A'],
			['B', 'B'],
			['OLD', 'OLD (former council, split April 2023)']
		]);
		expect(v.quartiles).toBeNull(); // fewer than four figures
	});

	it('leaves the strip plot to current LAs with a figure, picking out the area and its neighbours', () => {
		const v = indicatorView({ indicator, observations, geography, areaCode: 'A' })!;
		expect(v.distribution.map((d) => [d.code, d.role])).toEqual([
			['A', 'area'],
			['B', 'neighbour'],
			['NEW', 'neighbour']
		]);
	});

	it('has no band or rank without polarity, and is null for an unknown area', () => {
		const v = indicatorView({
			indicator: { ...indicator, polarity: 'none' },
			observations,
			geography,
			areaCode: 'A'
		})!;
		expect(v.band).toBeNull();
		expect(v.headline.rank).toBeNull();
		expect(indicatorView({ indicator, observations, geography, areaCode: 'ZZ' })).toBeNull();
	});

	it('takes the latest period from England’s figures', () => {
		expect(
			latestYearOf([o('E92000001', 2023, 1), o('A', 2025, 2), o('E92000001', 2024, null)])
		).toBe(2023);
		expect(latestYearOf([o('A', 2025, 2)])).toBe(2025);
	});
});
