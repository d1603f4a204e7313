import { describe, expect, it } from 'vitest';
import { indicatorView } from './indicator-view';
import {
	areaPeriods,
	changeSince,
	changeSinceWords,
	choosePeriods,
	neighbourRows,
	periodBefore
} from './measure-periods';
import { testGeography, testLa, testObs as o } from './test-geography';

describe('areaPeriods', () => {
	it('lists the area’s published periods newest first, missing ones with their code', () => {
		const periods = areaPeriods(
			[o('A', 2022, 10), o('A', 2023, null, 'c'), o('B', 2024, 5), o('A', 2020, 3)],
			'A',
			null,
			2024
		);
		expect(periods).toEqual([
			{ year: 2024, value: null, note: null },
			{ year: 2023, value: null, note: 'c' },
			{ year: 2022, value: 10, note: null },
			{ year: 2020, value: 3, note: null }
		]);
	});
	it('starts at the area’s own series after a reorganisation', () => {
		const periods = areaPeriods([o('A', 2022, 10), o('A', 2023, 12)], 'A', 2023, 2023);
		expect(periods.map((p) => p.year)).toEqual([2023]);
	});
});

describe('choosePeriods', () => {
	const years = [2025, 2024, 2020, 2015];
	it('reads the period and the earlier period from the address', () => {
		expect(choosePeriods(years, '2024', '2020')).toEqual({ year: 2024, since: 2020 });
	});
	it('falls back to the latest period, and to no "since", for anything unknown', () => {
		expect(choosePeriods(years, null, null)).toEqual({ year: 2025, since: null });
		expect(choosePeriods(years, '1999', 'x')).toEqual({ year: 2025, since: null });
		expect(choosePeriods(years, '', '')).toEqual({ year: 2025, since: null });
		expect(choosePeriods(years, '2020.5', '2015')).toEqual({ year: 2025, since: 2015 });
	});
	it('ignores a "since" that is not earlier than the period', () => {
		expect(choosePeriods(years, '2020', '2024')).toEqual({ year: 2020, since: null });
		expect(choosePeriods(years, '2020', '2020')).toEqual({ year: 2020, since: null });
	});
	it('has no period when nothing is published', () => {
		expect(choosePeriods([], '2020', null)).toEqual({ year: null, since: null });
	});
});

describe('changeSince and its words', () => {
	const figures = [
		{ year: 2025, value: 4546, note: null },
		{ year: 2020, value: 3400, note: null },
		{ year: 2015, value: 7, note: null },
		{ year: 2016, value: null, note: 'x' }
	];
	it('says the change since a chosen period as a number, a % and in words', () => {
		const since = changeSince(figures, 2025, 2020, 'none', 'january_snapshot');
		expect(since.period).toBe('January 2020');
		expect(changeSinceWords(since, 'count', 'january_snapshot')).toEqual({
			arrow: '↑',
			judgement: null,
			text: '+1,146 (+33.7%) since January 2020'
		});
	});
	it('gives no % from a base too small, and says why (Kirklees, January 2015)', () => {
		const since = changeSince(figures, 2025, 2015, 'none', 'january_snapshot');
		expect(changeSinceWords(since, 'count', 'january_snapshot').text).toBe(
			'+4,539 since January 2015 (no % change from as few as 7)'
		);
	});
	it('judges the direction by polarity, in percentage points for percentages', () => {
		const since = changeSince(
			[
				{ year: 2024, value: 16.1, note: null },
				{ year: 2019, value: 60, note: null }
			],
			2024,
			2019,
			'high',
			'calendar_year'
		);
		expect(changeSinceWords(since, 'percent', 'calendar_year')).toEqual({
			arrow: '↓',
			judgement: 'Worsening',
			text: '−43.9 percentage points since 2019'
		});
	});
	it('says which figure is missing instead of a change', () => {
		const since = changeSince(figures, 2025, 2016, 'none', 'calendar_year');
		expect(changeSinceWords(since, 'count', 'calendar_year').text).toBe(
			'No change shown since 2016: the 2016 figure is suppressed'
		);
		const none = changeSince(figures, 2025, 2019, 'none', 'calendar_year');
		expect(changeSinceWords(none, 'count', 'calendar_year').text).toBe(
			'No change shown since 2019: the 2019 figure is not published'
		);
	});
});

describe('neighbourRows', () => {
	const geography = testGeography(
		[testLa('A', { name: 'Ayton' }), testLa('B'), testLa('C'), testLa('D'), testLa('E')],
		{ A: ['B', 'C', 'D', 'E'] }
	);
	const observations = [
		o('E92000001', 2024, 50),
		o('A', 2024, 40),
		o('B', 2024, 45),
		o('C', 2024, null, 'c'),
		o('D', 2024, 30),
		o('A', 2023, 20),
		o('B', 2023, 10)
	];
	const indicator = { id: 'x', polarity: 'high' as const, period_type: 'calendar_year' as const };

	it('lists the area then its neighbours, closest first, with values and ranks among all LAs', () => {
		const view = indicatorView({ indicator, observations, geography, areaCode: 'A' })!;
		const rows = neighbourRows({ view, observations, geography, areaCode: 'A', polarity: 'high' });
		expect(
			rows.map((r) => [r.name, r.mark, r.value, r.missing, r.rank && `${r.rank.rank}/${r.rank.of}`])
		).toEqual([
			['Ayton', null, 40, null, '2/3'],
			['B', 1, 45, null, '1/3'],
			['C', 2, null, 'suppressed', null],
			['D', 3, 30, null, '3/3'],
			['E', 4, null, 'not published', null]
		]);
	});
	it('follows the chosen period', () => {
		const view = indicatorView({ indicator, observations, geography, areaCode: 'A', year: 2023 })!;
		expect(view.headline.value).toBe(20);
		const rows = neighbourRows({ view, observations, geography, areaCode: 'A', polarity: 'high' });
		expect(rows[0].rank).toEqual({ rank: 1, of: 2 });
		expect(rows[1]).toMatchObject({ value: 10, rank: { rank: 2, of: 2 } });
	});
	it('ranks nobody where neither higher nor lower is better', () => {
		const view = indicatorView({ indicator, observations, geography, areaCode: 'A' })!;
		const rows = neighbourRows({ view, observations, geography, areaCode: 'A', polarity: 'none' });
		expect(rows.every((r) => r.rank === null)).toBe(true);
	});
});

describe('periodBefore', () => {
	it('is the period before if it is published', () => {
		expect(periodBefore([2025, 2024], 2025, 'calendar_year')).toBe(2024);
		expect(periodBefore([2025, 2020], 2025, 'calendar_year')).toBeNull();
	});
});
