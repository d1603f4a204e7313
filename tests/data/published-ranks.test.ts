/**
 * Ranks, quartile bands and "N local authorities have a figure" for periods before a
 * reorganisation, computed here from the published CSVs (d3-dsv, nothing from the build or the
 * app's rank code) and compared with what the app's model and view give. Every LA published in
 * the period counts, the former ones (Cumbria before April 2023) included.
 */
import { describe, expect, it } from 'vitest';
import { getHeadlineTile } from '$lib/data/queries/headline';
import { getIndicator } from '$lib/data/queries/indicators';
import { getGeography, getIndicatorObservations } from '$lib/data/queries/indicator-data';
import { indicatorView } from '$lib/domain/indicator-view';
import { useBuiltModel } from './support/built-model';
import { PUBLISHED, readCsv, type CsvRow } from './support/published-csv';

const { run } = useBuiltModel();

const CORNWALL = 'E06000052';
const CUMBRIA = 'E10000006';
const CUMBERLAND = 'E06000063';
const WESTMORLAND = 'E06000064';

/** Standard competition rank ("1224") of `mine` among `values`, higher better or lower better. */
function rankOf(mine: number, values: number[], higherBetter: boolean) {
	return 1 + values.filter((v) => (higherBetter ? v > mine : v < mine)).length;
}

/** The view of a measure as it stood in `year` (the latest period on or before it). */
async function viewIn(indicatorId: string, areaCode: string, year: number) {
	const observations = (await getIndicatorObservations(run, indicatorId)).filter(
		(o) => o.year <= year
	);
	const view = indicatorView({
		indicator: await getIndicator(run, indicatorId),
		observations,
		geography: await getGeography(run),
		areaCode
	});
	expect(view?.year).toBe(year);
	return view!;
}

const numeric = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);

describe('KS4 destinations of pupils with an EHC plan, 2021/22 (Cumbria published, split 2023)', () => {
	const rows = readCsv(PUBLISHED, 'ks4_destinations_by_sen_la_2019_2022.csv').filter(
		(r: CsvRow) =>
			r.time_period === '202122' &&
			r.geographic_level === 'Local authority' &&
			r.characteristic === 'EHC plan or Statement' &&
			r.destination_measure === 'overall'
	);
	const published = rows.flatMap((r) => {
		const v = numeric(r.pct_of_cohort);
		return v === null ? [] : [{ dfe: r.old_la_code, name: r.la_name, value: v }];
	});
	const values = published.map((p) => p.value);
	const cornwall = published.find((p) => p.name === 'Cornwall')!;
	const cumbria = published.find((p) => p.dfe === '909')!;

	it('the published file has 151 LAs with a figure, Cumbria 92.7% among them', () => {
		expect(published).toHaveLength(151);
		expect(cumbria.value).toBe(92.7);
	});

	it('Cornwall’s headline ranks it among all 151: 64th', async () => {
		const { headline } = await getHeadlineTile(run, {
			areaCode: CORNWALL,
			indicatorId: 'ks4_dest_overall_ehcp'
		});
		expect(headline.year).toBe(2022);
		expect(headline.value).toBe(cornwall.value);
		const expected = rankOf(cornwall.value, values, true);
		expect(expected).toBe(64);
		expect(headline.rank).toEqual({ rank: expected, of: 151 });
	});

	it('the every-LA figures, band and quartile edges are over the same 151, Cumbria named as former', async () => {
		const view = await viewIn('ks4_dest_overall_ehcp', CORNWALL, 2022);
		expect(view.distribution).toHaveLength(151);
		const row = view.distribution.find((d) => d.code === CUMBRIA);
		expect(row).toMatchObject({
			value: 92.7,
			name: 'Cumbria (former county council, split April 2023)'
		});
		// Band by rank, as LAIT: rank r of n falls in quarter floor(4(r−1)/n) + 1.
		const rank = rankOf(cornwall.value, values, true);
		expect(view.band).toBe('ABCD'[Math.floor((4 * (rank - 1)) / values.length)]);
		// Quartile edges: linear interpolation between order statistics of the 151 values.
		const sorted = [...values].sort((a, b) => a - b);
		const at = (p: number) => {
			const i = (sorted.length - 1) * p;
			const lo = Math.floor(i);
			return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
		};
		expect(view.quartiles![0]).toBeCloseTo(at(0.25), 9);
		expect(view.quartiles![1]).toBeCloseTo(at(0.5), 9);
		expect(view.quartiles![2]).toBeCloseTo(at(0.75), 9);
	});
});

describe('2023: Cumberland and Westmorland and Furness, and Cumbria’s last January', () => {
	const timeliness = readCsv(PUBLISHED, 'ehcp_timeliness_20wk_la_2014_2024.csv').filter(
		(r) => r.year === '2023' && r.geographic_level === 'Local authority'
	);

	it('20-week timeliness 2023: the new councils are ranked among every LA with a figure', async () => {
		const published = timeliness.flatMap((r) => {
			const v = numeric(r.pct_within_20wk_incl_exceptions);
			return v === null ? [] : [{ code: r.new_la_code, value: v }];
		});
		const values = published.map((p) => p.value);
		for (const code of [CUMBERLAND, WESTMORLAND]) {
			const mine = published.find((p) => p.code === code)!;
			const view = await viewIn('pct_within_20wk_incl_exceptions', code, 2023);
			expect(view.headline.rank).toEqual({
				rank: rankOf(mine.value, values, true),
				of: values.length
			});
			expect(view.distribution).toHaveLength(values.length);
		}
	});

	it('EHC plans in force, January 2023: Cumbria counts (it still existed), its successors have no figure', async () => {
		const published = readCsv(PUBLISHED, 'sen2_ehcp_key_metrics_long_2010_2025.csv').filter(
			(r) =>
				r.year === '2023' &&
				r.metric === 'ehc_plans_in_force' &&
				r.geographic_level === 'Local authority' &&
				numeric(r.value) !== null
		);
		const view = await viewIn('ehc_plans_in_force', CORNWALL, 2023);
		expect(view.distribution).toHaveLength(published.length);
		expect(view.distribution.map((d) => d.code)).toContain(CUMBRIA);
		expect(view.distribution.map((d) => d.code)).not.toContain(CUMBERLAND);
	});
});
