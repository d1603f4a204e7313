import { describe, expect, it } from 'vitest';
import { indicatorView } from './indicator-view';
import { periodBasis, seriesRule } from './series-rules';
import { testGeography, testLa, testObs } from './test-geography';
import { trendTable } from './trend-table';

describe('series rules', () => {
	it('EHC plans in force start in January 2015 and read as statements or EHC plans to 2018', () => {
		expect(seriesRule('ehc_plans_in_force')?.from).toBe(2015);
		expect(seriesRule('ehc_plans_in_force')?.reason).toMatch(/^Figures start in January 2015/);
		expect(periodBasis('ehc_plans_in_force', 2018)).toBe('statements or EHC plans');
		expect(periodBasis('ehc_plans_in_force', 2019)).toBeNull();
		expect(seriesRule('new_ehc_plans')).toBeNull();
	});

	it('labels the bridged periods in the trend table and the headline', () => {
		const geography = testGeography([testLa('A')], {});
		const observations = [2017, 2018, 2019].flatMap((y) => [
			testObs('E92000001', y, 1000 * y),
			testObs('A', y, y)
		]);
		const indicator = {
			id: 'ehc_plans_in_force',
			polarity: 'none' as const,
			period_type: 'january_snapshot' as const
		};
		const view = indicatorView({ indicator, observations, geography, areaCode: 'A' })!;
		const table = trendTable(view.trend, { unit: 'count', periodType: 'january_snapshot' });
		expect(table.rows.map((r) => r.period)).toEqual([
			'January 2017 (statements or EHC plans)',
			'January 2018 (statements or EHC plans)',
			'January 2019'
		]);
		expect(view.headline.basis).toBeUndefined();
		const early = indicatorView({
			indicator,
			observations: observations.filter((o) => o.year <= 2018),
			geography,
			areaCode: 'A'
		})!;
		expect(early.headline.basis).toBe('statements or EHC plans');
	});
});
