/**
 * EHC plans in force across the transfer of statements to EHC plans (September 2014 – March
 * 2018), checked against the published key-metrics CSV read here with d3-dsv: January 2015–2018
 * are DfE's "statements or EHC plans" totals, January 2019 on are EHC plans, and the series
 * starts in January 2015 on every page (overview chart, measure page, compare).
 */
import { describe, expect, it } from 'vitest';
import { getHeadlineTile } from '$lib/data/queries/headline';
import { getIndicator } from '$lib/data/queries/indicators';
import { getGeography, getIndicatorObservations } from '$lib/data/queries/indicator-data';
import { getTrend } from '$lib/data/queries/trend';
import { indicatorView } from '$lib/domain/indicator-view';
import { useBuiltModel } from './support/built-model';
import { PUBLISHED, readCsv } from './support/published-csv';

const { run, observation } = useBuiltModel();
const KM = readCsv(PUBLISHED, 'sen2_ehcp_key_metrics_long_2010_2025.csv');

const published = (metric: string, dfe: string, year: number) => {
	const rows = KM.filter(
		(r) =>
			r.metric === metric &&
			r.geographic_level === 'Local authority' &&
			r.old_la_code === dfe &&
			r.year === String(year)
	);
	expect(rows, `${metric} ${dfe} ${year}`).toHaveLength(1);
	return rows[0].value === '' ? null : Number(rows[0].value);
};

describe.each([
	{ name: 'Kirklees', code: 'E08000034', dfe: '382' },
	{ name: 'Southend-on-Sea', code: 'E06000033', dfe: '882' },
	{ name: 'Leicestershire', code: 'E10000018', dfe: '855' }
])('$name, EHC plans in force', ({ code, dfe }) => {
	it('January 2015–2018 are the published statements-or-EHC-plans totals; 2019 on, EHC plans', async () => {
		for (const year of [2015, 2016, 2017, 2018]) {
			const o = await observation('ehc_plans_in_force', code, year);
			expect(o.value).toBe(published('statements_or_ehc_plans_in_force', dfe, year));
			expect(o.source).toMatch(/statements or EHC plans/);
		}
		for (const year of [2019, 2022, 2025])
			expect((await observation('ehc_plans_in_force', code, year)).value).toBe(
				published('ehc_plans_in_force', dfe, year)
			);
	});

	it('the overview chart and the measure page both start in January 2015, with the early years labelled', async () => {
		const overview = await getTrend(run, { areaCode: code, indicatorId: 'ehc_plans_in_force' });
		const page = indicatorView({
			indicator: await getIndicator(run, 'ehc_plans_in_force'),
			observations: await getIndicatorObservations(run, 'ehc_plans_in_force'),
			geography: await getGeography(run),
			areaCode: code
		})!.trend;
		const years = (points: typeof page) =>
			[...new Set(points.filter((p) => p.series === 'area').map((p) => p.year))].sort();
		expect(years(overview)[0]).toBe(2015);
		expect(years(page)).toEqual(years(overview));
		expect(page.find((p) => p.series === 'area' && p.year === 2016)?.basis).toBe(
			'statements or EHC plans'
		);
		expect(page.find((p) => p.series === 'area' && p.year === 2019)?.basis).toBeUndefined();
	});
});

describe('no growth from a base of a few plans', () => {
	it('Kirklees January 2015 is 1,907 statements or EHC plans, not 7 EHC plans', async () => {
		expect(published('ehc_plans_in_force', '382', 2015)).toBe(7);
		expect((await observation('ehc_plans_in_force', 'E08000034', 2015)).value).toBe(1907);
		const { headline } = await getHeadlineTile(run, {
			areaCode: 'E08000034',
			indicatorId: 'ehc_plans_in_force'
		});
		// Growth since January 2015 is about 2.3 times, not 639 times.
		expect(headline.value! / 1907).toBeLessThan(3);
	});

	it('no EHC plans in force figure before January 2015 (statements only: their own measure)', async () => {
		const rows = await run(
			`SELECT count(*) AS n FROM observations WHERE indicator_id = 'ehc_plans_in_force' AND year < 2015`
		);
		expect(Number(rows[0].n)).toBe(0);
	});
});
