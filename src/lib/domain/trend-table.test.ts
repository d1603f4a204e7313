import { describe, expect, it } from 'vitest';
import { toGrowth } from './growth';
import { describeTrend, trendCsv, trendTable, type TrendPoint } from './trend-table';

const points: TrendPoint[] = [
	{ year: 2023, series: 'area', label: 'Southend-on-Sea', value: 3.8, note: null, count: null },
	{ year: 2023, series: 'england', label: 'England', value: 49.1, note: null, count: null },
	{ year: 2023, series: 'neighbours', label: 'Neighbours', value: 40.25, note: null, count: 9 },
	{ year: 2024, series: 'area', label: 'Southend-on-Sea', value: null, note: 'x', count: null },
	{ year: 2024, series: 'england', label: 'England', value: 45.9, note: null, count: null },
	{ year: 2024, series: 'neighbours', label: 'Neighbours', value: null, note: null, count: 0 }
];
const view = { unit: 'percent', periodType: 'calendar_year' } as const;

describe('trendTable', () => {
	it('pivots to periods × lines and says why a figure is missing', () => {
		const t = trendTable(points, view);
		expect(t.columns).toEqual(['Southend-on-Sea', 'Neighbours', 'England']);
		expect(t.rows[0]).toEqual({ period: '2023', cells: ['3.8%', '40.3% (9 of 10)', '49.1%'] });
		expect(t.rows[1].cells).toEqual(['suppressed', 'no neighbour figures', '45.9%']);
	});
	it('shows the figure and its growth in growth view', () => {
		const counts: TrendPoint[] = [
			{ year: 2019, series: 'area', label: 'A', value: 100, note: null, count: null },
			{ year: 2020, series: 'area', label: 'A', value: 150, note: null, count: null }
		];
		const t = trendTable(toGrowth(counts).points, {
			unit: 'count',
			periodType: 'january_snapshot',
			growth: true
		});
		expect(t.rows.map((r) => [r.period, r.cells[0]])).toEqual([
			['January 2019', '100 (0.0%)'],
			['January 2020', '150 (+50.0%)']
		]);
	});
});

describe('trendCsv', () => {
	it('keeps missing values blank with their code', () => {
		const csv = trendCsv(points, view);
		expect(csv.header).toEqual([
			'period',
			'year',
			'line',
			'value',
			'missing_value_code',
			'neighbours_with_a_value'
		]);
		expect(csv.rows[3]).toEqual(['2024', 2024, 'Southend-on-Sea', null, 'x', null]);
	});
});

describe('describeTrend', () => {
	it('summarises the latest figure against England and neighbours', () => {
		expect(describeTrend(points.slice(0, 3), view, 'Plans within 20 weeks')).toBe(
			'Plans within 20 weeks. Southend-on-Sea: 3.8% in 2023. England: 49.1%. Statistical neighbours’ average: 40.3% (9 of 10 with a figure).'
		);
	});
	it('says when there is nothing to describe', () => {
		expect(describeTrend([], { unit: 'count', periodType: 'calendar_year' }, 'Plans')).toMatch(
			/no published figures/
		);
	});
});
