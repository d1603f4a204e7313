/**
 * Data accuracy: every figure the app's data layer returns is checked against the published
 * CSV it came from (data/published/), read here with d3-dsv and nothing from the build code,
 * or against the "Quick facts" table of the reference data README. Expected values are never
 * copied from the app's own output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNeighbours } from '$lib/data/queries/areas';
import { getHeadlineTile } from '$lib/data/queries/headline';
import { getInspectionOverview } from '$lib/data/queries/inspections';
import { getTrend } from '$lib/data/queries/trend';
import { INDICATORS } from '../../scripts/data-build/catalogue';
import { figureOf, useBuiltModel } from './support/built-model';
import {
	BCP,
	CAMDEN,
	CUMBERLAND,
	DORSET,
	EAST,
	ENGLAND,
	HACKNEY,
	LEICS,
	LONDON,
	NORTH_NORTHANTS,
	SOUTHEND,
	areaCodeReader,
	la,
	onsCodesToday,
	type Place
} from './support/dfe-areas';
import { PUBLISHED, cell, only, readCsv, type CsvRow } from './support/published-csv';

// ---------------------------------------------------------------------------------------------
// Reading the published files, independently of scripts/data-build

const FILES = {
	keyMetrics: 'sen2_ehcp_key_metrics_long_2010_2025.csv',
	timeliness: 'ehcp_timeliness_20wk_la_2014_2024.csv',
	tribunal: 'send_tribunal_appeal_rate_la_2014_2024.csv',
	neighbours: 'statistical_neighbours_2025.csv',
	ofsted2016: 'ofsted_area_send_inspections_2016_2022.csv',
	ofsted2023: 'ofsted_area_send_outcomes_2023_framework.csv',
	ofstedSummary: 'ofsted_area_send_summary_dec2023.csv'
} as const;

const KM = readCsv(PUBLISHED, FILES.keyMetrics);
const TL = readCsv(PUBLISHED, FILES.timeliness);
const TR = readCsv(PUBLISHED, FILES.tribunal);
const SN = readCsv(PUBLISHED, FILES.neighbours);
const OF16 = readCsv(PUBLISHED, FILES.ofsted2016);
const OF23 = readCsv(PUBLISHED, FILES.ofsted2023);
const OFSUM = readCsv(PUBLISHED, FILES.ofstedSummary);

// Areas shared with the SEN2 release suite come from support/dfe-areas; these two are only here.
const CITY = la('201', 'E09000001', 'City of London');
const LEICESTER = la('856', 'E06000016', 'Leicester');

const ONS_TODAY = onsCodesToday(KM);

/**
 * EHC plans in force before January 2019 are not shown as published: January 2015–2018 read as
 * DfE's statements-or-EHC-plans totals and earlier years (all z) are left out, so the series
 * starts in 2015 on every page. statements-transition.test.ts checks those rows.
 */
const transitionRow = (r: CsvRow) => r.metric === 'ehc_plans_in_force' && Number(r.year) <= 2018;
/** The model's area code for a row of a DfE file (these files have no Inner / Outer London). */
const areaCodeOf = areaCodeReader(ONS_TODAY);

// ---------------------------------------------------------------------------------------------
// The app's data layer, built once from the published files

const { run, outDir, observation, allObservations } = useBuiltModel();

// ---------------------------------------------------------------------------------------------

describe('SEN2 key metrics (sen2_ehcp_key_metrics_long_2010_2025.csv)', () => {
	const cases: { metric: string; place: Place; year: number }[] = [
		{ metric: 'ehc_plans_in_force', place: SOUTHEND, year: 2025 },
		{ metric: 'ehc_plans_in_force', place: LEICS, year: 2025 },
		{ metric: 'ehc_plans_in_force', place: ENGLAND, year: 2025 },
		{ metric: 'ehc_plans_in_force', place: EAST, year: 2025 },
		{ metric: 'ehc_plans_in_force', place: CAMDEN, year: 2019 },
		{ metric: 'ehc_plans_in_force', place: DORSET, year: 2020 },
		{ metric: 'ehc_plans_in_force', place: CUMBERLAND, year: 2024 },
		// ehc_plans_in_force before January 2019 reads as statements or EHC plans (published z before
		// 2015, left out): statements-transition.test.ts checks those years.
		{ metric: 'statements_or_ehc_plans_in_force', place: SOUTHEND, year: 2015 },
		{ metric: 'statements_in_force', place: ENGLAND, year: 2014 },
		{ metric: 'statements_in_force', place: SOUTHEND, year: 2010 },
		{ metric: 'statements_or_ehc_plans_in_force', place: LEICS, year: 2017 },
		{ metric: 'new_ehc_plans', place: SOUTHEND, year: 2024 },
		{ metric: 'new_ehc_plans', place: LEICS, year: 2024 },
		{ metric: 'new_ehc_plans', place: ENGLAND, year: 2024 },
		{ metric: 'new_ehc_plans', place: NORTH_NORTHANTS, year: 2022 },
		{ metric: 'new_ehc_plans', place: LONDON, year: 2017 },
		{ metric: 'requests_received', place: SOUTHEND, year: 2024 },
		{ metric: 'requests_received', place: LEICS, year: 2018 },
		{ metric: 'requests_received', place: ENGLAND, year: 2016 },
		{ metric: 'requests_received', place: LEICESTER, year: 2023 }, // published as x
		{ metric: 'requests_refused', place: HACKNEY, year: 2023 }, // published as x
		{ metric: 'requests_refused_pct', place: SOUTHEND, year: 2024 },
		{ metric: 'requests_refused_pct', place: LEICS, year: 2015 },
		{ metric: 'requests_refused_pct', place: ENGLAND, year: 2020 }, // derived from the counts (not published for 2019–2022)
		{ metric: 'requests_refused_pct', place: LEICESTER, year: 2023 }, // blank, no code: missing with no reason
		{ metric: 'assessed_plan_not_issued', place: BCP, year: 2023 }
	];

	it.each(cases)(
		'$metric for $place.label in $year matches the CSV',
		async ({ metric, place, year }) => {
			const row = only(
				KM,
				(r) => r.metric === metric && r.year === String(year) && place.match(r),
				`${metric} ${place.label} ${year}`
			);
			const published = cell(row.value);
			const expected =
				published.value === null
					? { value: null, note: published.note ?? cell(row.value_note).note }
					: published;
			expect(figureOf(await observation(metric, place.code, year))).toEqual(expected);
		}
	);

	it.each([
		{ place: SOUTHEND, year: 2024 },
		{ place: LEICS, year: 2024 },
		{ place: ENGLAND, year: 2024 },
		{ place: EAST, year: 2019 },
		{ place: CAMDEN, year: 2021 }
	])(
		'requests_refused_pct for $place.label in $year carries refused ÷ received from the CSV',
		async ({ place, year }) => {
			const count = (metric: string) =>
				cell(
					only(KM, (r) => r.metric === metric && r.year === String(year) && place.match(r), metric)
						.value
				).value;
			const o = await observation('requests_refused_pct', place.code, year);
			expect(o.numerator).toBe(count('requests_refused'));
			expect(o.denominator).toBe(count('requests_received'));
		}
	);

	it.each(['E08000020', 'E06000048'])(
		'rows published under the old ONS code %s (Gateshead / Northumberland) land on today’s code',
		async (oldCode) => {
			const rows = KM.filter((r) => r.new_la_code === oldCode && !transitionRow(r));
			expect(rows.length).toBeGreaterThan(0);
			const today = ONS_TODAY.get(rows[0].old_la_code)!;
			expect(today).not.toBe(oldCode);
			for (const r of rows) {
				const o = await observation(r.metric, today, Number(r.year));
				expect(figureOf(o), `${r.la_name} ${r.metric} ${r.year}`).toEqual(
					cell(r.value).value === null
						? { value: null, note: cell(r.value_note).note }
						: cell(r.value)
				);
			}
			expect(
				await run(`SELECT count(*)::INTEGER AS n FROM observations WHERE area_code = ?`, [oldCode])
			).toEqual([{ n: 0 }]);
			expect(await run(`SELECT code FROM areas WHERE code = ?`, [oldCode])).toEqual([]);
		}
	);

	it('every x / z cell of the file is null with its code in the model, never 0', async () => {
		const coded = KM.filter(
			(r) =>
				r.value.trim() === '' &&
				r.value_note.trim() !== '' &&
				!r.metric.startsWith('pct_new_plans_within_20wk') &&
				!transitionRow(r)
		);
		expect(new Set(coded.map((r) => r.value_note))).toEqual(new Set(['x', 'z']));
		const model = await allObservations([...new Set(coded.map((r) => r.metric))]);
		for (const r of coded) {
			const o = model.get(`${r.metric}|${areaCodeOf(r)}|${r.year}`);
			expect(
				o && figureOf(o),
				`row for ${r.la_name || r.geographic_level} ${r.metric} ${r.year}`
			).toEqual({ value: null, note: r.value_note });
		}
	});
});

describe('20-week timeliness (ehcp_timeliness_20wk_la_2014_2024.csv)', () => {
	const cases: { kind: 'incl' | 'excl'; place: Place; year: number }[] = [
		{ kind: 'incl', place: SOUTHEND, year: 2023 },
		{ kind: 'incl', place: SOUTHEND, year: 2014 }, // z, with published counts of 0 and 0
		{ kind: 'excl', place: SOUTHEND, year: 2024 },
		{ kind: 'incl', place: LEICS, year: 2024 },
		{ kind: 'excl', place: LEICS, year: 2016 },
		{ kind: 'incl', place: ENGLAND, year: 2019 },
		{ kind: 'excl', place: ENGLAND, year: 2024 },
		{ kind: 'incl', place: EAST, year: 2023 },
		{ kind: 'incl', place: CAMDEN, year: 2022 },
		{ kind: 'incl', place: HACKNEY, year: 2023 }, // x
		{ kind: 'incl', place: CITY, year: 2024 }, // 80 including exceptions …
		{ kind: 'excl', place: CITY, year: 2024 }, // … but x excluding them
		{ kind: 'excl', place: DORSET, year: 2024 }, // x
		{ kind: 'incl', place: BCP, year: 2023 },
		{ kind: 'incl', place: CUMBERLAND, year: 2023 }
	];

	it.each(cases)(
		'$kind. exceptions for $place.label in $year: percentage, code and counts match the CSV',
		async ({ kind, place, year }) => {
			const row = only(
				TL,
				(r) => r.year === String(year) && place.match(r),
				`${place.label} ${year}`
			);
			const o = await observation(`pct_within_20wk_${kind}_exceptions`, place.code, year);
			expect(figureOf(o)).toEqual(cell(row[`pct_within_20wk_${kind}_exceptions`]));
			expect(o.numerator).toBe(cell(row[`issued_within_20wk_${kind}_exceptions`]).value);
			expect(o.denominator).toBe(cell(row[`plans_issued_${kind}_exceptions`]).value);
		}
	);

	it('every z / x percentage of the file is null with its code in the model, never 0', async () => {
		const model = await allObservations([
			'pct_within_20wk_incl_exceptions',
			'pct_within_20wk_excl_exceptions'
		]);
		let coded = 0;
		for (const r of TL) {
			for (const kind of ['incl', 'excl']) {
				const published = cell(r[`pct_within_20wk_${kind}_exceptions`]);
				const o = model.get(`pct_within_20wk_${kind}_exceptions|${areaCodeOf(r)}|${r.year}`);
				expect(o && figureOf(o), `${r.la_name || r.geographic_level} ${r.year} ${kind}`).toEqual(
					published
				);
				if (published.note) coded++;
			}
		}
		expect(coded).toBeGreaterThan(100);
	});

	it('Leicestershire’s trend 2014–2024 is the CSV series, year by year', async () => {
		const points = (
			await getTrend(run, {
				areaCode: LEICS.code,
				indicatorId: 'pct_within_20wk_incl_exceptions',
				fromYear: 2014
			})
		).filter((p) => p.series === 'area');
		const expected = TL.filter(LEICS.match).map((r) => ({
			year: Number(r.year),
			...cell(r.pct_within_20wk_incl_exceptions)
		}));
		expect(expected.map((e) => e.year)).toEqual([
			2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(points.map((p) => ({ year: p.year, value: p.value, note: p.note }))).toEqual(expected);
	});

	it('Dorset Council’s trend starts in 2019 (reorganisation) and matches the CSV from then on', async () => {
		const points = (
			await getTrend(run, {
				areaCode: DORSET.code,
				indicatorId: 'pct_within_20wk_incl_exceptions',
				fromYear: 2014
			})
		).filter((p) => p.series === 'area');
		const expected = TL.filter(DORSET.match)
			.filter((r) => Number(r.year) >= 2019)
			.map((r) => ({ year: Number(r.year), ...cell(r.pct_within_20wk_incl_exceptions) }));
		expect(expected[0].year).toBe(2019);
		expect(points.map((p) => ({ year: p.year, value: p.value, note: p.note }))).toEqual(expected);
	});
});

describe('SEND Tribunal appeal rate (send_tribunal_appeal_rate_la_2014_2024.csv)', () => {
	// The MoJ table identifies LAs by name, so rows are found here by la_name.
	const cases: { name: string; code: string; year: number }[] = [
		{ name: 'Southend-on-Sea', code: SOUTHEND.code, year: 2024 },
		{ name: 'Leicestershire', code: LEICS.code, year: 2024 },
		{ name: 'England Total', code: ENGLAND.code, year: 2024 },
		{ name: 'England Total', code: ENGLAND.code, year: 2014 },
		{ name: 'Camden', code: CAMDEN.code, year: 2023 },
		{ name: 'Bournemouth, Christchurch and Poole', code: BCP.code, year: 2024 },
		{ name: 'Dorset', code: DORSET.code, year: 2021 },
		{ name: 'Cumberland', code: CUMBERLAND.code, year: 2020 }, // .. (did not exist yet)
		{ name: 'Cumberland', code: CUMBERLAND.code, year: 2024 },
		{ name: 'Bournemouth', code: 'E06000028', year: 2016 }, // published without a code
		{ name: 'Poole', code: 'E06000029', year: 2018 }, // published without a code
		{ name: 'Bournemouth', code: 'E06000028', year: 2020 }, // ..
		// Published with another LA's DfE code in the file (see scripts/data-build/observations.ts):
		{ name: 'Northamptonshire', code: 'E10000021', year: 2016 },
		{ name: 'Northamptonshire', code: 'E10000021', year: 2022 }, // .. after the 2021 split
		{ name: 'Nottingham', code: 'E06000018', year: 2016 },
		{ name: 'Nottinghamshire', code: 'E10000024', year: 2024 },
		{ name: 'Cambridgeshire', code: 'E10000003', year: 2024 },
		{ name: 'Central Bedfordshire', code: 'E06000056', year: 2024 }
	];

	it.each(cases)(
		'$name ($code) in $year: rate, code, appeals and decisions match the CSV',
		async ({ name, code, year }) => {
			const row = only(TR, (r) => r.la_name === name && r.year === String(year), `${name} ${year}`);
			const rate = cell(row.appeal_rate_pct);
			const o = await observation('tribunal_appeal_rate', code, year);
			if (rate.value === null) {
				expect(figureOf(o)).toEqual({ value: null, note: rate.note ?? cell(row.value_note).note });
			} else {
				expect(figureOf(o)).toEqual(rate);
				expect(o.numerator).toBe(cell(row.appeals_registered).value);
				expect(o.denominator).toBe(cell(row.total_appealable_decisions).value);
			}
		}
	);

	it('every row of the CSV, matched by LA name, is on that LA in the model; ".." is null with its code, never 0', async () => {
		// LA name → today's ONS code from the SEN2 file (a later year wins, so "Dorset" is Dorset Council),
		// plus the two name variants of the MoJ table listed in the reference README.
		// Names are compared without case ("Kingston Upon Hull, City of").
		const byName = new Map<string, string>([['england total', ENGLAND.code]]);
		for (const r of [...KM].sort((a, b) => Number(a.year) - Number(b.year))) {
			if (r.geographic_level === 'Local authority')
				byName.set(r.la_name.toLowerCase(), ONS_TODAY.get(r.old_la_code)!);
		}
		byName.set('durham', byName.get('county durham')!);
		byName.set('herefordshire', byName.get('herefordshire, county of')!);
		const model = await allObservations(['tribunal_appeal_rate']);
		const rows = TR.filter((r) => r.la_name !== 'England total excluding suppressed');
		let coded = 0;
		for (const r of rows) {
			const code = byName.get(r.la_name.toLowerCase());
			expect(code, `an LA called ${r.la_name}`).toBeDefined();
			const rate = cell(r.appeal_rate_pct);
			const expected =
				rate.value === null ? { value: null, note: rate.note ?? cell(r.value_note).note } : rate;
			const o = model.get(`tribunal_appeal_rate|${code}|${r.year}`);
			expect(o && figureOf(o), `${r.la_name} ${r.year}`).toEqual(expected);
			if (expected.note === '..') coded++;
		}
		expect(coded).toBe(TR.filter((r) => r.value_note === '..').length);
		expect(model.size).toBe(rows.length);
	});

	it('has no regional rows, as the MoJ table has none', async () => {
		expect(TR.filter((r) => r.geographic_level === 'Regional')).toHaveLength(0);
		const [{ n }] = await run(
			`SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id = 'tribunal_appeal_rate' AND area_code LIKE 'E12%'`
		);
		expect(n).toBe(0);
	});
});

describe('README quick facts', () => {
	// The "Quick facts checked while building" table of the reference data README.
	const facts: { indicator: string; place: Place; year: number; value: number }[] = [
		{ indicator: 'pct_within_20wk_incl_exceptions', place: SOUTHEND, year: 2019, value: 95.7 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: LEICS, year: 2019, value: 92.0 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: ENGLAND, year: 2019, value: 58.7 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: SOUTHEND, year: 2022, value: 71.7 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: LEICS, year: 2022, value: 3.8 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: ENGLAND, year: 2022, value: 47.7 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: SOUTHEND, year: 2023, value: 3.8 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: LEICS, year: 2023, value: 6.0 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: ENGLAND, year: 2023, value: 49.1 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: SOUTHEND, year: 2024, value: 16.1 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: LEICS, year: 2024, value: 4.3 },
		{ indicator: 'pct_within_20wk_incl_exceptions', place: ENGLAND, year: 2024, value: 45.9 },
		{ indicator: 'ehc_plans_in_force', place: SOUTHEND, year: 2025, value: 1992 },
		{ indicator: 'ehc_plans_in_force', place: LEICS, year: 2025, value: 7196 },
		{ indicator: 'ehc_plans_in_force', place: ENGLAND, year: 2025, value: 638745 },
		{ indicator: 'new_ehc_plans', place: SOUTHEND, year: 2024, value: 309 },
		{ indicator: 'new_ehc_plans', place: LEICS, year: 2024, value: 929 },
		{ indicator: 'new_ehc_plans', place: ENGLAND, year: 2024, value: 97747 },
		{ indicator: 'tribunal_appeal_rate', place: SOUTHEND, year: 2024, value: 2.2 },
		{ indicator: 'tribunal_appeal_rate', place: LEICS, year: 2024, value: 2.5 },
		{ indicator: 'tribunal_appeal_rate', place: ENGLAND, year: 2024, value: 3.2 }
	];

	it.each(facts)(
		'$indicator for $place.label in $year is $value',
		async ({ indicator, place, year, value }) => {
			expect((await observation(indicator, place.code, year)).value).toBe(value);
		}
	);
});

describe('headline tiles (getHeadlineTile)', () => {
	it('Southend, EHC plans in force: January 2025 figure, previous year, England and East of England from the CSV', async () => {
		const find = (place: Place, year: number) =>
			cell(
				only(
					KM,
					(r) => r.metric === 'ehc_plans_in_force' && r.year === String(year) && place.match(r),
					`${place.label} ${year}`
				).value
			).value;
		const { headline } = await getHeadlineTile(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'ehc_plans_in_force'
		});
		expect(headline.year).toBe(2025);
		expect(headline.value).toBe(find(SOUTHEND, 2025));
		expect(headline.previous?.value).toBe(find(SOUTHEND, 2024));
		expect(headline.england.value).toBe(find(ENGLAND, 2025));
		expect(headline.region?.value).toBe(find(EAST, 2025));
	});

	it('Leicestershire, tribunal appeal rate: 2024 rate, appeals ÷ decisions and England from the CSV; no regional rate', async () => {
		const mine = only(
			TR,
			(r) => r.la_name === 'Leicestershire' && r.year === '2024',
			'Leicestershire 2024'
		);
		const england = only(
			TR,
			(r) => r.la_name === 'England Total' && r.year === '2024',
			'England 2024'
		);
		const { headline } = await getHeadlineTile(run, {
			areaCode: LEICS.code,
			indicatorId: 'tribunal_appeal_rate'
		});
		expect(headline.year).toBe(2024);
		expect(headline.value).toBe(cell(mine.appeal_rate_pct).value);
		expect(headline.numerator).toBe(cell(mine.appeals_registered).value);
		expect(headline.denominator).toBe(cell(mine.total_appealable_decisions).value);
		expect(headline.england.value).toBe(cell(england.appeal_rate_pct).value);
		expect(headline.region?.value ?? null).toBeNull();
	});

	it('Southend, % of requests refused: value and the counts behind it from the CSV', async () => {
		const get = (metric: string) =>
			cell(
				only(KM, (r) => r.metric === metric && r.year === '2024' && SOUTHEND.match(r), metric).value
			).value;
		const { headline } = await getHeadlineTile(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'requests_refused_pct'
		});
		expect(headline.year).toBe(2024);
		expect(headline.value).toBe(get('requests_refused_pct'));
		expect(headline.numerator).toBe(get('requests_refused'));
		expect(headline.denominator).toBe(get('requests_received'));
	});
});

describe('statistical neighbours (statistical_neighbours_2025.csv)', () => {
	it.each([
		{ dfe: '882', place: SOUTHEND },
		{ dfe: '855', place: LEICS },
		{ dfe: '202', place: CAMDEN }
	])('$place.label: the ten neighbours in rank order, with closeness', async ({ dfe, place }) => {
		const expected = SN.filter((r) => r.la_number === dfe)
			.sort((a, b) => Number(a.rank) - Number(b.rank))
			.map((r) => ({
				code: ONS_TODAY.get(r.neighbour_la_number),
				rank: Number(r.rank),
				closeness: r.closeness
			}));
		expect(expected).toHaveLength(10);
		const neighbours = await getNeighbours(run, place.code);
		expect(neighbours.map(({ code, rank, closeness }) => ({ code, rank, closeness }))).toEqual(
			expected
		);
	});

	it('Southend’s rank-1 neighbour is BCP and rank-10 is Bedford, as the CSV says', async () => {
		const rows = SN.filter((r) => r.la_number === '882');
		const first = rows.find((r) => r.rank === '1')!;
		const last = rows.find((r) => r.rank === '10')!;
		const neighbours = await getNeighbours(run, SOUTHEND.code);
		expect(neighbours[0].name).toBe(first.neighbour_la_name);
		expect(neighbours[9].name.replace(/ Borough$/, '')).toBe(
			last.neighbour_la_name.replace(/ Borough$/, '')
		);
	});

	/** The mean of the neighbours with a value that year, computed from the CSVs. */
	function neighbourMean(dfe: string, valueOf: (neighbourDfe: string) => number | null) {
		const values = SN.filter((r) => r.la_number === dfe).map((r) => valueOf(r.neighbour_la_number));
		const present = values.filter((v): v is number => v !== null);
		return { mean: present.reduce((a, b) => a + b, 0) / present.length, count: present.length };
	}
	const timeliness = (year: number) => (dfe: string) =>
		cell(
			TL.find((r) => r.old_la_code === dfe && r.year === String(year))
				?.pct_within_20wk_incl_exceptions
		).value;

	it.each([
		{ dfe: '882', place: SOUTHEND, year: 2023 },
		{ dfe: '202', place: CAMDEN, year: 2023 }, // Hackney is x that year: an average of 9, not 10
		{ dfe: '855', place: LEICS, year: 2021 }
	])(
		'neighbour average for $place.label, 20 weeks incl. exceptions, $year, is the mean of those with a value',
		async ({ dfe, place, year }) => {
			const expected = neighbourMean(dfe, timeliness(year));
			const point = (
				await getTrend(run, {
					areaCode: place.code,
					indicatorId: 'pct_within_20wk_incl_exceptions',
					fromYear: year
				})
			).find((p) => p.series === 'neighbours' && p.year === year)!;
			expect(point.count).toBe(expected.count);
			expect(point.value).toBeCloseTo(expected.mean, 10);
		}
	);

	it('Camden’s 2023 neighbour average really leaves one neighbour out', () => {
		expect(neighbourMean('202', timeliness(2023)).count).toBe(9);
	});

	it('the headline tile’s neighbour average for Southend (EHC plans in force, 2025) is the CSV mean', async () => {
		const plans = (dfe: string) =>
			cell(
				KM.find(
					(r) => r.metric === 'ehc_plans_in_force' && r.year === '2025' && r.old_la_code === dfe
				)?.value
			).value;
		const expected = neighbourMean('882', plans);
		const { headline } = await getHeadlineTile(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'ehc_plans_in_force'
		});
		expect(headline.neighbours.count).toBe(expected.count);
		expect(headline.neighbours.mean).toBeCloseTo(expected.mean, 10);
	});
});

describe('Ofsted/CQC area SEND inspections', () => {
	it('Southend: 2023-framework outcome grade, publication date, next inspection and report from the CSV (grade 2, 9 June 2023)', async () => {
		const row = only(OF23, (r) => r.old_la_code === '882', 'Southend 2023 framework');
		const { summary } = await getInspectionOverview(run, SOUTHEND.code);
		expect(summary?.framework).toBe('2023');
		expect(summary?.grade).toBe(Number(row.outcome_grade));
		expect(summary?.headline).toBe(row.outcome_label);
		expect(summary?.published).toBe(row.publication_date);
		expect(summary?.nextDue).toBe(row.next_inspection_by_date);
		expect(summary?.reportUrl).toBe(row.inspection_report_link);
		// README quick facts: "inconsistent experiences and outcomes (published 9 Jun 2023)".
		expect([summary?.grade, summary?.published]).toEqual([2, '2023-06-09']);
	});

	it('Southend: 2016-framework WSoA and the revisit’s progress (3 of 4) from the CSV', async () => {
		const row = only(OF16, (r) => r['Local authority code'] === 'E06000033', 'Southend 2016');
		const records = await run(
			`SELECT kind, publication_date, wsoa_required, weaknesses, weaknesses_progress FROM inspections WHERE area_code = ? AND framework = '2016' ORDER BY kind`,
			[SOUTHEND.code]
		);
		expect(records).toEqual([
			{
				kind: 'inspection',
				publication_date: row['Inspection publication date'],
				wsoa_required: row['Inspection outcome: written statement of action required?'] === 'Yes',
				weaknesses: Number(
					row['Number significant weaknesses identified in written statement of action']
				),
				weaknesses_progress: null
			},
			{
				kind: 'revisit',
				publication_date: row['Revisit publication date'],
				wsoa_required: null,
				weaknesses: Number(
					row['Number significant weaknesses identified in written statement of action']
				),
				weaknesses_progress: Number(
					row['Number significant weaknesses where sufficient progress has been made']
				)
			}
		]);
		expect([records[1].weaknesses_progress, records[1].weaknesses]).toEqual([3, 4]);
	});

	it('Leicestershire: 2016-framework WSoA with 2 weaknesses, published on the CSV’s date; nothing under the 2023 framework', async () => {
		const row = only(OF16, (r) => r['Local authority code'] === 'E10000018', 'Leicestershire 2016');
		expect(row['Inspection outcome: written statement of action required?']).toBe('Yes');
		expect(row['Number significant weaknesses identified in written statement of action']).toBe(
			'2'
		);
		expect(OF23.filter((r) => r.old_la_code === '855')).toHaveLength(0);
		const { summary } = await getInspectionOverview(run, LEICS.code);
		expect(summary?.framework).toBe('2016');
		expect(summary?.published).toBe(row['Inspection publication date']);
		const [record] = await run(
			`SELECT wsoa_required, weaknesses, start_date FROM inspections WHERE area_code = ? AND kind = 'inspection'`,
			[LEICS.code]
		);
		expect(record).toEqual({
			wsoa_required: true,
			weaknesses: 2,
			start_date: row['Inspection start date']
		});
	});

	it('England: how many LAs have each 2023-framework grade matches the CSV', async () => {
		// Every new-framework outcome in the Dec 2023 summary is also in the 2023-framework file
		// (same ONS code and publication date), so the file's grades are the whole picture.
		for (const s of OFSUM.filter(
			(r) => r['Inspection publication date (new inspection framework)']
		)) {
			const date = s['Inspection publication date (new inspection framework)'];
			expect(
				OF23.some((r) => r.new_la_code === s.la_code && r.publication_date === date),
				s.la_name
			).toBe(true);
		}
		const counts = new Map<number, number>();
		for (const r of OF23)
			if (r.outcome_grade)
				counts.set(Number(r.outcome_grade), (counts.get(Number(r.outcome_grade)) ?? 0) + 1);
		const expected = [...counts]
			.sort(([a], [b]) => a - b)
			.map(([grade, areas]) => ({ grade, areas }));
		const { englandGrades } = await getInspectionOverview(run, SOUTHEND.code);
		expect(englandGrades).toEqual(expected);
	});

	it('one record per 2016 inspection, per dated revisit and per 2023-framework report', async () => {
		const rows = await run(
			`SELECT framework, kind, count(*)::INTEGER AS n FROM inspections GROUP BY ALL ORDER BY framework, kind`
		);
		expect(rows).toEqual([
			{ framework: '2016', kind: 'inspection', n: OF16.length },
			{
				framework: '2016',
				kind: 'revisit',
				n: OF16.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['Revisit start date'])).length
			},
			{ framework: '2023', kind: 'inspection', n: OF23.length }
		]);
	});
});

describe('manifest and row counts', () => {
	const manifest = () =>
		JSON.parse(readFileSync(join(outDir(), 'manifest.json'), 'utf8')) as {
			tables: { table: string; rows: number }[];
			sources: { file: string; sha256: string }[];
		};

	it.each(['areas', 'neighbours', 'indicators', 'observations', 'inspections'])(
		'manifest rows for %s equal the built table',
		async (table) => {
			const entry = manifest().tables.find((t) => t.table === table)!;
			const [{ n }] = await run(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
			expect(entry.rows).toBe(n);
		}
	);

	it.each(Object.values(FILES))('manifest records the sha256 of %s', (file) => {
		const expected = createHash('sha256')
			.update(readFileSync(join(PUBLISHED, file)))
			.digest('hex');
		expect(manifest().sources.find((s) => s.file === file)?.sha256).toBe(expected);
	});

	it('observations of the core indicators: every key-metric, timeliness and tribunal row of the CSVs, and no more', async () => {
		// 20-week % come from the timeliness file; EHC plans in force start in January 2015.
		const keyMetrics = KM.filter(
			(r) =>
				!r.metric.startsWith('pct_new_plans_within_20wk') &&
				!(r.metric === 'ehc_plans_in_force' && Number(r.year) < 2015)
		).length;
		const timeliness = TL.length * 2; // including and excluding exceptions
		const tribunal = TR.filter((r) => r.la_name !== 'England total excluding suppressed').length;
		// Source modules add their own indicators; each has its own accuracy suite.
		const core = INDICATORS.map((i) => `'${i.id}'`).join(', ');
		const [{ n }] = await run(
			`SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id IN (${core})`
		);
		expect(n).toBe(keyMetrics + timeliness + tribunal);
	});

	it('areas: England, the regions and every LA of the SEN2 file; current LAs are those in January 2025', async () => {
		const regions = new Set(
			KM.filter((r) => r.geographic_level === 'Regional').map((r) => r.region_code)
		);
		const las = new Set(
			KM.filter((r) => r.geographic_level === 'Local authority').map((r) => r.old_la_code)
		);
		const current = new Set(
			KM.filter((r) => r.geographic_level === 'Local authority' && r.year === '2025').map(
				(r) => r.old_la_code
			)
		);
		const rows = await run(
			`SELECT level, status, count(*)::INTEGER AS n FROM areas GROUP BY ALL ORDER BY level, status`
		);
		expect(rows).toEqual([
			{ level: 'england', status: 'current', n: 1 },
			{ level: 'la', status: 'current', n: current.size },
			{ level: 'la', status: 'former', n: las.size - current.size },
			{ level: 'region', status: 'current', n: regions.size }
		]);
		expect(current.size).toBe(153);
	});

	it('neighbours: one row per CSV row', async () => {
		const [{ n }] = await run(`SELECT count(*)::INTEGER AS n FROM neighbours`);
		expect(n).toBe(SN.length);
	});
});
