/**
 * The SEN2 release modules (scripts/data-build/modules/sen2-release-2025.ts and -2022.ts):
 * every figure the app's data layer returns for their indicators is checked against the
 * published CSV it came from (data/published/), read here with d3-dsv and nothing from the
 * build code. Expected values are never copied from the app's own output. Then the joins the
 * 2022 module relies on, and broken copies of the fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { getHeadlineTile } from '$lib/data/queries/headline';
import { getTrend } from '$lib/data/queries/trend';
import { INDICATORS } from '../../scripts/data-build/catalogue';
import { SOURCE_MODULES } from '../../scripts/data-build/modules';
import { sen2Release2022 } from '../../scripts/data-build/modules/sen2-release-2022';
import { sen2Release2025 } from '../../scripts/data-build/modules/sen2-release-2025';
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
	region,
	type Place
} from './support/dfe-areas';
import {
	FIXTURE,
	buildError,
	renameColumn,
	setCell,
	useFixtureCopies
} from './support/fixture-copies';
import {
	PUBLISHED,
	only,
	readCsv,
	cell as publishedCell,
	type CsvRow
} from './support/published-csv';

// ---------------------------------------------------------------------------------------------
// Reading the published files, independently of scripts/data-build

const F = {
	caseload: 'sen2_2025_caseload.csv',
	newPlans: 'sen2_2025_newplans.csv',
	needsAll: 'sen2_2025_sen_needs_all_plans.csv',
	needsNew: 'sen2_2025_sen_need_newplans.csv',
	requests: 'sen2_2025_requests.csv',
	assessments: 'sen2_2025_assessments.csv',
	ceased: 'sen2_2025_ceased_plans.csv',
	reviews: 'sen2_2025_annual_reviews.csv',
	newPlans2022: 'sen2_2022_new_plans_totals.csv',
	caseload2022: 'sen2_2022_caseload_totals.csv',
	mi2022: 'sen2_2022_mi.csv',
	keyMetrics: 'sen2_ehcp_key_metrics_long_2010_2025.csv',
	lait: 'lait_send_indicators_long.csv'
} as const;
type FileKey = keyof typeof F;

/** Each file parsed once, on first use. */
const CSV = new Map<FileKey, CsvRow[]>();
const csv = (key: FileKey): CsvRow[] => {
	if (!CSV.has(key)) CSV.set(key, readCsv(PUBLISHED, F[key]));
	return CSV.get(key)!;
};

/** The SEN2 release files write plain digits, so a thousands comma is a misreading, not a figure. */
const cell = (raw: string | undefined) => publishedCell(raw, { thousandsCommas: false });
const num = (raw: string | undefined) => cell(raw).value;

/** "All …" rows only (the files were trimmed to them; anything else is not the model's). */
const ALL_ROWS: Partial<Record<FileKey, string>> = {
	caseload: 'All EHC plans',
	newPlans: 'New EHC plans',
	needsAll: 'All EHC plans',
	needsNew: 'All EHC plans',
	requests: 'All requests for EHC needs assessments',
	assessments: 'All EHC needs assessments',
	ceased: 'All ceased EHC plans',
	reviews: 'All annual reviews'
};
const rowsOf = (key: FileKey) =>
	csv(key).filter(
		(r) => !ALL_ROWS[key] || (r.breakdown_topic === ALL_ROWS[key] && r.breakdown === ALL_ROWS[key])
	);

/** January snapshots are published as 202425 and filed under 2025; flows are calendar years. */
const yearOf = (r: CsvRow) =>
	r.time_period.length === 6 ? Number(r.time_period.slice(0, 4)) + 1 : Number(r.time_period);

// Areas shared with the accuracy suite come from support/dfe-areas; these are only here.
const NORTHANTS = la('928', 'E10000021', 'Northamptonshire'); // abolished 2021
const LEEDS = la('383', 'E08000035', 'Leeds');
const WAKEFIELD = la('384', 'E08000036', 'Wakefield');
const SURREY = la('936', 'E10000030', 'Surrey');
const THURROCK = la('883', 'E06000034', 'Thurrock');
const SCILLY = la('420', 'E06000053', 'Isles of Scilly');

const ONS_TODAY = onsCodesToday(csv('keyMetrics'));
/** The model's area for a DfE row; null for Inner / Outer London, which are not areas. */
const areaCodeOf = areaCodeReader(ONS_TODAY, { innerOuterLondonIsNull: true });

// ---------------------------------------------------------------------------------------------
// The app's data layer, built once from the published files

const model = useBuiltModel();
const { run, observation } = model;
/** Every observation of one indicator, by `area|year`. */
const allObservations = (indicator: string) =>
	model.allObservations([indicator], (o) => `${o.area_code}|${o.year}`);

// ---------------------------------------------------------------------------------------------
// Which published column each indicator is (the test's own reading of the files and their guidance)

type Published = {
	indicator: string;
	file: FileKey;
	column: string;
	counts?: [string, string | string[]];
};
const NEEDS: [string, string][] = [
	['asd', 'autism'],
	['slcn', 'slcn'],
	['semh', 'semh'],
	['spld', 'spld'],
	['mld', 'mld'],
	['sld', 'sld'],
	['pmld', 'pmld'],
	['pd', 'physical'],
	['hi', 'hearing'],
	['vi', 'vision'],
	['msi', 'multi_sensory'],
	['oth', 'other'],
	['unknown', 'not_recorded']
];
const needCount = (k: string) => (k === 'unknown' ? 'number_need_unknown' : `number_${k}`);
const PUBLISHED_MEASURES: Published[] = [
	{
		indicator: 'ehcp_mainstream_pct',
		file: 'caseload',
		column: 'mainstream_total_pc',
		counts: ['mainstream_total', 'ehcplans']
	},
	{
		indicator: 'ehcp_special_pct',
		file: 'caseload',
		column: 'special_total_pc',
		counts: ['special_total', 'ehcplans']
	},
	{
		indicator: 'ehcp_ap_pru_pct',
		file: 'caseload',
		column: 'AP_PRU_total_pc',
		counts: ['ap_pru_total', 'ehcplans']
	},
	{
		indicator: 'ehcp_further_education_pct',
		file: 'caseload',
		column: 'fe_total_pc',
		counts: ['fe_total', 'ehcplans']
	},
	{ indicator: 'ehcp_neet_count', file: 'caseload', column: 'neet' },
	{ indicator: 'ehcp_home_educated_count', file: 'caseload', column: 'elective_home_education' },
	{
		indicator: 'new_ehcp_mainstream_pct',
		file: 'newPlans',
		column: 'mainstream_total_pc',
		counts: ['mainstream_total', 'new_ehc_plans']
	},
	{
		indicator: 'new_ehcp_special_pct',
		file: 'newPlans',
		column: 'special_total_pc',
		counts: ['special_total', 'new_ehc_plans']
	},
	...NEEDS.flatMap(([k, stem]): Published[] => [
		{
			indicator: `ehcp_need_${stem}_pct`,
			file: 'needsAll',
			column: `${k}_pc`,
			counts: [needCount(k), 'ehc_plans']
		},
		{
			indicator: `new_ehcp_need_${stem}_pct`,
			file: 'needsNew',
			column: `${k}_pc`,
			counts: [needCount(k), 'ehc_plans']
		}
	]),
	{
		indicator: 'requests_agreed_to_assess_pct',
		file: 'requests',
		column: 'request_assess_pc',
		counts: ['requests_decided_to_assess', 'requests_received_in_year']
	},
	{
		indicator: 'requests_decided_within_6wk_pct',
		file: 'requests',
		column: 'request_outcome_six_weeks_pc'
	},
	{ indicator: 'requests_mediation_count', file: 'requests', column: 'mediation_related_request' },
	{ indicator: 'requests_tribunal_count', file: 'requests', column: 'tribunal_related_request' },
	{
		indicator: 'assessments_plan_issued_pct',
		file: 'assessments',
		column: 'assess_issued_pc',
		counts: ['assess_issued', 'assess_in_year']
	},
	{
		indicator: 'assessments_no_plan_within_16wk_pct',
		file: 'assessments',
		column: 'outcome_decision_within_time_pc',
		counts: [
			'outcome_decision_within_time',
			['outcome_decision_within_time', 'outcome_decision_over_time']
		]
	},
	{ indicator: 'ehcp_ceased_count', file: 'ceased', column: 'total_ceased' },
	{
		indicator: 'annual_review_decisions_within_4wk_pct',
		file: 'reviews',
		column: 'pc_decsion_4weeks',
		counts: ['number_decsion_4weeks', ['number_decsion_4weeks', 'number_decision_gt_4weeks']]
	}
];
/** Percentages DfE does not publish: computed from a published count and total. */
const COMPUTED_MEASURES = [
	{
		indicator: 'ehcp_independent_special_pct',
		file: 'caseload',
		numerator: 'special_independent',
		denominator: 'ehcplans'
	},
	{
		indicator: 'ehcp_ceased_needs_met_pct',
		file: 'ceased',
		numerator: 'needs_met',
		denominator: 'total_ceased'
	}
] as const;
const measureOf = (indicator: string) => PUBLISHED_MEASURES.find((m) => m.indicator === indicator)!;

/** The counts behind a published percentage, if they give it to one decimal place. */
function countsBehind(
	r: CsvRow,
	m: Published
): { numerator: number | null; denominator: number | null } {
	const pct = num(r[m.column]);
	if (!m.counts || pct === null) return { numerator: null, denominator: null };
	const n = num(r[m.counts[0]]);
	const parts = [m.counts[1]].flat().map((c) => num(r[c]));
	if (n === null || parts.some((p) => p === null)) return { numerator: null, denominator: null };
	const d = (parts as number[]).reduce((a, b) => a + b, 0);
	return d > 0 && Math.abs((100 * n) / d - pct) <= 0.05 + 1e-9
		? { numerator: n, denominator: d }
		: { numerator: null, denominator: null };
}

// ---------------------------------------------------------------------------------------------

describe('the catalogue entries of the two modules', () => {
	const mine = [...sen2Release2025.indicators, ...sen2Release2022.indicators];

	it('adds 45 indicators: lowercase snake_case ids, no clash with the core catalogue or any other module', () => {
		expect(mine).toHaveLength(45);
		const everyId = [...INDICATORS, ...SOURCE_MODULES.flatMap((m) => m.indicators)].map(
			(i) => i.id
		);
		expect(new Set(everyId).size).toBe(everyId.length);
		for (const i of mine) expect(i.id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
		const core = new Set(INDICATORS.map((i) => i.id));
		expect(mine.filter((i) => core.has(i.id))).toEqual([]);
	});

	it('tests every indicator here: each is either a published column or a computed percentage', () => {
		const tested = new Set([
			...PUBLISHED_MEASURES.map((m) => m.indicator),
			...COMPUTED_MEASURES.map((m) => m.indicator),
			'new_statements_or_ehc_plans'
		]);
		expect(new Set(mine.map((i) => i.id))).toEqual(tested);
	});

	it('says "computed" in the caveats of exactly the computed percentages, and which release each period of the joined series is from', () => {
		for (const i of mine) {
			const computed = COMPUTED_MEASURES.some((m) => m.indicator === i.id);
			expect(/computed here from the published counts/.test(i.caveats ?? ''), i.id).toBe(computed);
		}
		const joined = sen2Release2022.indicators[0];
		expect(joined.caveats).toMatch(/2009–2018 from DfE’s 2022 release/);
		expect(joined.caveats).toMatch(/2019–2024 from the 2025 release/);
	});

	it('polarity: only the "within the time limit" measures say higher is better; placement, need and counts are context', () => {
		const high = mine
			.filter((i) => i.polarity === 'high')
			.map((i) => i.id)
			.sort();
		expect(high).toEqual([
			'annual_review_decisions_within_4wk_pct',
			'assessments_no_plan_within_16wk_pct',
			'requests_decided_within_6wk_pct'
		]);
		expect(mine.filter((i) => i.polarity === 'low')).toEqual([]);
	});

	it('January snapshots are the caseload and the needs of all plans; everything else is a calendar year', () => {
		for (const i of mine) {
			const january = i.id.startsWith('ehcp_') && !i.id.startsWith('ehcp_ceased');
			expect(i.period_type, i.id).toBe(january ? 'january_snapshot' : 'calendar_year');
		}
	});

	it('every module file is listed with its publisher, and every file the modules read has a fixture copy', () => {
		const files = [...sen2Release2025.sources, ...sen2Release2022.sources]
			.map((s) => s.file)
			.sort();
		expect(files).toEqual(
			[
				F.assessments,
				F.ceased,
				F.newPlans2022,
				F.caseload,
				F.newPlans,
				F.reviews,
				F.needsNew,
				F.needsAll,
				F.requests
			].sort()
		);
		for (const s of [...sen2Release2025.sources, ...sen2Release2022.sources]) {
			expect(s.publisher).toBe('Department for Education');
			expect(s.url).toMatch(
				/^https:\/\/explore-education-statistics\.service\.gov\.uk\/find-statistics\/education-health-and-care-plans/
			);
			expect(readFileSync(join(FIXTURE, s.file), 'utf8').split('\n')[0]).toBe(
				readFileSync(join(PUBLISHED, s.file), 'utf8').split('\n')[0]
			);
		}
	});
});

describe('figures against the published CSVs', () => {
	const cases: { indicator: string; place: Place; period: string }[] = [
		{ indicator: 'ehcp_mainstream_pct', place: SOUTHEND, period: '202425' },
		{ indicator: 'ehcp_mainstream_pct', place: LEICS, period: '201819' },
		{ indicator: 'ehcp_special_pct', place: ENGLAND, period: '202425' },
		{ indicator: 'ehcp_special_pct', place: EAST, period: '202223' },
		{ indicator: 'ehcp_special_pct', place: LONDON, period: '202324' }, // % not count ÷ all plans: no counts
		{ indicator: 'ehcp_ap_pru_pct', place: HACKNEY, period: '202324' }, // x
		{ indicator: 'ehcp_further_education_pct', place: CAMDEN, period: '202425' },
		{ indicator: 'ehcp_further_education_pct', place: BCP, period: '201920' },
		{ indicator: 'ehcp_neet_count', place: NORTH_NORTHANTS, period: '202223' },
		{ indicator: 'ehcp_neet_count', place: NORTHANTS, period: '202021' },
		{ indicator: 'ehcp_home_educated_count', place: SOUTHEND, period: '201819' }, // x
		{ indicator: 'ehcp_home_educated_count', place: LEICS, period: '202425' },
		{ indicator: 'new_ehcp_mainstream_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'new_ehcp_mainstream_pct', place: ENGLAND, period: '2019' },
		{ indicator: 'new_ehcp_special_pct', place: LEEDS, period: '2022' }, // total published as the region's 6,078: no counts
		{ indicator: 'new_ehcp_special_pct', place: WAKEFIELD, period: '2022' }, // x
		{ indicator: 'new_ehcp_special_pct', place: DORSET, period: '2020' },
		{ indicator: 'ehcp_need_autism_pct', place: ENGLAND, period: '202425' },
		{ indicator: 'ehcp_need_semh_pct', place: SOUTHEND, period: '202425' },
		{ indicator: 'ehcp_need_slcn_pct', place: LEICS, period: '202425' },
		{ indicator: 'ehcp_need_sld_pct', place: SURREY, period: '202425' }, // 7.8 published, counts give 3.7: no counts
		{ indicator: 'ehcp_need_hearing_pct', place: LONDON, period: '202425' },
		{ indicator: 'ehcp_need_not_recorded_pct', place: CUMBERLAND, period: '202425' },
		{ indicator: 'new_ehcp_need_autism_pct', place: EAST, period: '2024' },
		{ indicator: 'new_ehcp_need_semh_pct', place: SURREY, period: '2024' }, // x
		{ indicator: 'new_ehcp_need_vision_pct', place: CAMDEN, period: '2024' },
		{ indicator: 'new_ehcp_need_slcn_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'requests_agreed_to_assess_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'requests_agreed_to_assess_pct', place: LEICS, period: '2020' }, // x (not published 2019–2022)
		{ indicator: 'requests_agreed_to_assess_pct', place: HACKNEY, period: '2023' }, // x
		{ indicator: 'requests_decided_within_6wk_pct', place: ENGLAND, period: '2023' },
		{ indicator: 'requests_decided_within_6wk_pct', place: LEICS, period: '2024' },
		{ indicator: 'requests_mediation_count', place: SOUTHEND, period: '2024' },
		{ indicator: 'requests_tribunal_count', place: LONDON, period: '2023' },
		{ indicator: 'assessments_plan_issued_pct', place: LEICS, period: '2024' },
		{ indicator: 'assessments_plan_issued_pct', place: ENGLAND, period: '2021' }, // x
		{ indicator: 'assessments_no_plan_within_16wk_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'assessments_no_plan_within_16wk_pct', place: CAMDEN, period: '2024' }, // x: no such decisions
		{ indicator: 'ehcp_ceased_count', place: DORSET, period: '2023' },
		{ indicator: 'ehcp_ceased_count', place: ENGLAND, period: '2022' },
		{ indicator: 'annual_review_decisions_within_4wk_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'annual_review_decisions_within_4wk_pct', place: THURROCK, period: '2024' } // x
	];

	it.each(cases)(
		'$indicator for $place.label, time_period $period: value or code, and the counts behind it',
		async ({ indicator, place, period }) => {
			const m = measureOf(indicator);
			const row = only(
				rowsOf(m.file),
				(r) => r.time_period === period && place.match(r),
				`${indicator} ${place.label} ${period}`
			);
			const o = await observation(indicator, place.code, yearOf(row));
			expect(figureOf(o)).toEqual(cell(row[m.column]));
			expect({ numerator: o.numerator, denominator: o.denominator }).toEqual(countsBehind(row, m));
			expect(o.source).toContain(F[m.file]);
		}
	);

	it('the suppressed cells above really are x in the CSV (and the counts beside the odd percentages really disagree)', () => {
		const at = (file: FileKey, place: Place, period: string) =>
			only(
				rowsOf(file),
				(r) => r.time_period === period && place.match(r),
				`${place.label} ${period}`
			);
		expect(at('caseload', HACKNEY, '202324').AP_PRU_total_pc).toBe('x');
		expect(at('needsNew', SURREY, '2024').semh_pc).toBe('x');
		expect(at('requests', HACKNEY, '2023').request_assess_pc).toBe('x');
		expect(at('reviews', THURROCK, '2024').pc_decsion_4weeks).toBe('x');
		const surrey = at('needsAll', SURREY, '202425');
		expect(
			Math.abs((100 * num(surrey.number_sld)!) / num(surrey.ehc_plans)! - num(surrey.sld_pc)!)
		).toBeGreaterThan(1);
		const leeds = at('newPlans', LEEDS, '2022');
		expect(leeds.new_ehc_plans).toBe(
			only(
				rowsOf('newPlans'),
				(r) => r.time_period === '2022' && region('E12000003', 'Yorkshire').match(r),
				'Yorkshire 2022'
			).new_ehc_plans
		);
		const london = at('caseload', LONDON, '202324');
		expect(
			Math.abs(
				(100 * num(london.special_total)!) / num(london.ehcplans)! - num(london.special_total_pc)!
			)
		).toBeGreaterThan(0.05);
	});

	describe.each(
		PUBLISHED_MEASURES.map((m) => ({ ...m, label: `${m.indicator} (${F[m.file]} ${m.column})` }))
	)('every row: $label', (m) => {
		it('is in the model with the published value or code, never 0 for a code; counts only where they give the percentage', async () => {
			const model = await allObservations(m.indicator);
			const rows = rowsOf(m.file).filter((r) => areaCodeOf(r) !== null);
			for (const r of rows) {
				const o = model.get(`${areaCodeOf(r)}|${yearOf(r)}`);
				const what = `${r.la_name || r.region_name || 'England'} ${r.time_period}`;
				expect(o && figureOf(o), what).toEqual(cell(r[m.column]));
				expect(o && { numerator: o.numerator, denominator: o.denominator }, what).toEqual(
					countsBehind(r, m)
				);
			}
			expect(model.size).toBe(rows.length);
		});
	});

	it('the x cells are many and all become null with "x" (no other code appears in these files)', async () => {
		let coded = 0;
		for (const m of PUBLISHED_MEASURES) {
			const model = await allObservations(m.indicator);
			for (const r of rowsOf(m.file)) {
				if (r[m.column] !== 'x' || areaCodeOf(r) === null) continue;
				expect(figureOf(model.get(`${areaCodeOf(r)}|${yearOf(r)}`)!)).toEqual({
					value: null,
					note: 'x'
				});
				coded++;
			}
		}
		expect(coded).toBeGreaterThan(3000);
		const cells = PUBLISHED_MEASURES.flatMap((m) => rowsOf(m.file).map((r) => r[m.column]));
		expect(new Set(cells.filter((c) => !/^-?\d/.test(c)))).toEqual(new Set(['x']));
	});

	it('Inner and Outer London (need of new plans) are left out: there is no London figure for that table', async () => {
		const halves = rowsOf('needsNew').filter(
			(r) => r.geographic_level === 'Regional' && r.region_code.startsWith('E13')
		);
		expect(rowsOf('needsNew').filter(LONDON.match)).toEqual([]);
		expect(halves.map((r) => r.region_name).sort()).toEqual(['Inner London', 'Outer London']);
		expect(
			await run(
				`SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id LIKE 'new_ehcp_need_%' AND area_code LIKE 'E13%'`
			)
		).toEqual([{ n: 0 }]);
		expect(
			await run(
				`SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id = 'new_ehcp_need_autism_pct' AND area_code = ?`,
				[LONDON.code]
			)
		).toEqual([{ n: 0 }]);
	});
});

describe('percentages computed from published counts', () => {
	const cases: {
		indicator: (typeof COMPUTED_MEASURES)[number]['indicator'];
		place: Place;
		period: string;
	}[] = [
		{ indicator: 'ehcp_independent_special_pct', place: SOUTHEND, period: '202425' },
		{ indicator: 'ehcp_independent_special_pct', place: ENGLAND, period: '202425' },
		{ indicator: 'ehcp_independent_special_pct', place: BCP, period: '202021' },
		{ indicator: 'ehcp_independent_special_pct', place: HACKNEY, period: '202324' }, // x
		{ indicator: 'ehcp_ceased_needs_met_pct', place: SOUTHEND, period: '2024' },
		{ indicator: 'ehcp_ceased_needs_met_pct', place: ENGLAND, period: '2022' },
		{ indicator: 'ehcp_ceased_needs_met_pct', place: CUMBERLAND, period: '2023' },
		{ indicator: 'ehcp_ceased_needs_met_pct', place: DORSET, period: '2022' }
	];

	it.each(cases)(
		'$indicator for $place.label, $period: count ÷ total × 100 to one decimal place, with both counts',
		async ({ indicator, place, period }) => {
			const m = COMPUTED_MEASURES.find((c) => c.indicator === indicator)!;
			const row = only(
				rowsOf(m.file),
				(r) => r.time_period === period && place.match(r),
				`${indicator} ${place.label} ${period}`
			);
			const n = cell(row[m.numerator]);
			const d = cell(row[m.denominator]);
			const o = await observation(indicator, place.code, yearOf(row));
			if (n.value === null) {
				expect(figureOf(o)).toEqual({ value: null, note: n.note });
				expect(n.note).toBe('x');
			} else {
				expect(d.value).toBeGreaterThan(0);
				expect(figureOf(o)).toEqual({
					value: Math.round((1000 * n.value) / d.value!) / 10,
					note: null
				});
				expect([o.numerator, o.denominator]).toEqual([n.value, d.value]);
			}
			expect(o.source).toMatch(/computed here from the published counts/);
		}
	);

	it('annual review meetings held is not computed here: LAIT publishes it, and it is meetings ÷ reviews due from this file, for England and every LA', async () => {
		const lait = new Map(
			csv('lait')
				.filter((r) => r.measure_short === 'SEN_PEC_AN_REVIEW_MEET_REC' && r.year === '2024')
				.map((r) => [r.la_number, r.value])
		);
		let compared = 0;
		for (const r of rowsOf('reviews')) {
			if (r.geographic_level === 'Regional') continue;
			const published = lait.get(r.geographic_level === 'National' ? '970' : r.old_la_code);
			if (published === '-') expect(r.total_review_meeting).toBe('x');
			else {
				expect(Number(published), r.la_name || 'England').toBe(
					Math.round((1000 * num(r.total_review_meeting)!) / num(r.review_expected)!) / 10
				);
				compared++;
			}
		}
		expect(compared).toBe(147);
		expect(
			await run(
				`SELECT count(*)::INTEGER AS n FROM indicators WHERE id = 'annual_review_meetings_held_pct'`
			)
		).toEqual([{ n: 0 }]);
	});

	it('independent special %: left out only where DfE’s own placement percentages are not of all plans (England, London, East, January 2024)', async () => {
		const model = await allObservations('ehcp_independent_special_pct');
		const rows = rowsOf('caseload');
		const left = rows.filter((r) => !model.has(`${areaCodeOf(r)}|${yearOf(r)}`));
		expect(left.map((r) => `${r.region_name || 'England'} ${r.time_period}`).sort()).toEqual([
			'East of England 202324',
			'England 202324',
			'London 202324'
		]);
		for (const r of left) {
			const share = (100 * num(r.mainstream_total)!) / num(r.ehcplans)!;
			expect(Math.abs(share - num(r.mainstream_total_pc)!)).toBeGreaterThan(0.05);
		}
		expect(model.size).toBe(rows.length - 3);
	});
});

describe('the joined series: new statements or EHC plans, 2009–2024', () => {
	const key = (r: CsvRow) => `${areaCodeOf(r)}|${r.time_period}`;

	it('overlap 2019–2021: the 2022 release (Total_new_all) and the 2025 release (new_ehc_plans) agree exactly for every area in both', () => {
		const newer = new Map(rowsOf('newPlans').map((r) => [key(r), r.new_ehc_plans]));
		const overlap = rowsOf('newPlans2022').filter(
			(r) => ['2019', '2020', '2021'].includes(r.time_period) && newer.has(key(r))
		);
		expect(overlap).toHaveLength(483);
		for (const r of overlap)
			expect(newer.get(key(r)), `${r.la_name || r.region_name || 'England'} ${r.time_period}`).toBe(
				r.Total_new_all
			);
	});

	it('the 2022 release’s new EHC plans are its sen2_mi new plans, and its caseload agrees with the 2025 caseload for January 2019–2022 (the join the key-metrics file made)', () => {
		const mi = new Map(csv('mi2022').map((r) => [key(r), r.NewallEHC]));
		const totals = rowsOf('newPlans2022').filter((r) => Number(r.time_period) >= 2014);
		for (const r of totals) expect(mi.get(key(r)), key(r)).toBe(r.Total_new_ehc);
		const jan2025 = new Map(
			rowsOf('caseload').map((r) => [`${areaCodeOf(r)}|${yearOf(r)}`, r.ehcplans])
		);
		const overlap = csv('caseload2022').filter(
			(r) => Number(r.time_period) >= 2019 && jan2025.has(key(r))
		);
		expect(overlap).toHaveLength(646);
		for (const r of overlap) expect(jan2025.get(key(r)), key(r)).toBe(r.Total_ehc);
	});

	it('no new statements after 2015, so from 2016 "statements or plans" is new EHC plans', () => {
		const later = rowsOf('newPlans2022').filter((r) => Number(r.time_period) >= 2016);
		expect(new Set(later.map((r) => r.Total_new_st))).toEqual(new Set(['z']));
		for (const r of later) expect(r.Total_new_all).toBe(r.Total_new_ehc);
	});

	it('Leicestershire’s trend is the 2022 release to 2018 and the 2025 release from 2019', async () => {
		const points = (
			await getTrend(run, {
				areaCode: LEICS.code,
				indicatorId: 'new_statements_or_ehc_plans',
				fromYear: 2000
			})
		).filter((p) => p.series === 'area');
		const expected = [
			...rowsOf('newPlans2022')
				.filter((r) => LEICS.match(r) && Number(r.time_period) <= 2018)
				.map((r) => ({ year: Number(r.time_period), value: num(r.Total_new_all) })),
			...rowsOf('newPlans')
				.filter(LEICS.match)
				.map((r) => ({ year: Number(r.time_period), value: num(r.new_ehc_plans) }))
		].sort((a, b) => a.year - b.year);
		expect(expected.map((e) => e.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2009 + i));
		expect(points.map((p) => ({ year: p.year, value: p.value }))).toEqual(expected);
	});

	it.each([
		{ place: SOUTHEND, year: 2012, release: '2022' },
		{ place: ENGLAND, year: 2015, release: '2022' },
		{ place: EAST, year: 2009, release: '2022' },
		{ place: SOUTHEND, year: 2024, release: '2025' },
		{ place: CAMDEN, year: 2020, release: '2025' },
		{ place: SCILLY, year: 2019, release: '2022' } // not in the 2025 release for 2019
	])('$place.label $year comes from the $release release', async ({ place, year, release }) => {
		const [file, column]: [FileKey, string] =
			release === '2022' ? ['newPlans2022', 'Total_new_all'] : ['newPlans', 'new_ehc_plans'];
		const row = only(
			rowsOf(file),
			(r) => r.time_period === String(year) && place.match(r),
			`${place.label} ${year}`
		);
		const o = await observation('new_statements_or_ehc_plans', place.code, year);
		expect(figureOf(o)).toEqual(cell(row[column]));
		expect(o.source).toMatch(
			new RegExp(`SEN2 ${release} release, ${F[file].replace(/\./g, '\\.')}`)
		);
	});

	it('Yorkshire and the Humber councils’ 2022 figures, published as the regional total, are left out; their other years are in', async () => {
		const yorkshire = rowsOf('newPlans').filter(
			(r) => r.time_period === '2022' && r.region_code === 'E12000003'
		);
		const regional = yorkshire.find((r) => r.geographic_level === 'Regional')!.new_ehc_plans;
		const las = yorkshire.filter((r) => r.geographic_level === 'Local authority');
		expect(las).toHaveLength(15);
		for (const r of las) expect(r.new_ehc_plans).toBe(regional);
		const model = await allObservations('new_statements_or_ehc_plans');
		for (const r of las) expect(model.has(`${areaCodeOf(r)}|2022`), r.la_name).toBe(false);
		expect(model.get(`${LEEDS.code}|2021`)?.value).toBe(
			num(
				only(rowsOf('newPlans'), (r) => r.time_period === '2021' && LEEDS.match(r), 'Leeds 2021')
					.new_ehc_plans
			)
		);
		expect(model.get(`E12000003|2022`)?.value).toBe(Number(regional));
		const others = rowsOf('newPlans').filter((r) => areaCodeOf(r) !== null && !las.includes(r));
		for (const r of others)
			expect(model.has(`${areaCodeOf(r)}|${r.time_period}`), `${r.la_name} ${r.time_period}`).toBe(
				true
			);
	});
});

describe('headline tiles (getHeadlineTile)', () => {
	it('Southend, children in special schools: January 2025, previous year, England and East of England from the caseload CSV', async () => {
		const pc = (place: Place, period: string) =>
			num(
				only(
					rowsOf('caseload'),
					(r) => r.time_period === period && place.match(r),
					`${place.label} ${period}`
				).special_total_pc
			);
		const { headline } = await getHeadlineTile(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'ehcp_special_pct'
		});
		expect(headline.year).toBe(2025);
		expect(headline.value).toBe(pc(SOUTHEND, '202425'));
		expect(headline.previous?.value).toBe(pc(SOUTHEND, '202324'));
		expect(headline.england.value).toBe(pc(ENGLAND, '202425'));
		expect(headline.region?.value).toBe(pc(EAST, '202425'));
		const row = only(
			rowsOf('caseload'),
			(r) => r.time_period === '202425' && SOUTHEND.match(r),
			'Southend 202425'
		);
		expect([headline.numerator, headline.denominator]).toEqual([
			num(row.special_total),
			num(row.ehcplans)
		]);
	});

	it('Leicestershire, annual review decisions within 4 weeks: 2024, England and East Midlands from the reviews CSV', async () => {
		const pc = (place: Place) =>
			num(only(rowsOf('reviews'), place.match, place.label).pc_decsion_4weeks);
		const { headline } = await getHeadlineTile(run, {
			areaCode: LEICS.code,
			indicatorId: 'annual_review_decisions_within_4wk_pct'
		});
		expect(headline.year).toBe(2024);
		expect(headline.value).toBe(pc(LEICS));
		expect(headline.england.value).toBe(pc(ENGLAND));
		expect(headline.region?.value).toBe(pc(region('E12000004', 'East Midlands')));
		expect(headline.previous).toBeNull();
	});
});

// ---------------------------------------------------------------------------------------------
// Broken copies of the fixture

describe('a broken copy of the fixture fails with a DataBuildError naming file, row and column', () => {
	const copyFixture = useFixtureCopies('send-sen2-broken-');
	const southend = (period: string) => (r: Record<string, string>) =>
		r.old_la_code === '882' && r.time_period === period;

	it('a renamed column: special_total_pc in the caseload file (header row 1)', () => {
		const dir = copyFixture();
		renameColumn(dir, F.caseload, 'special_total_pc', 'special_total_percent');
		const error = buildError(dir);
		expect(error).toMatchObject({
			file: F.caseload,
			where: { row: 1, column: 'special_total_pc' }
		});
		expect(error.message).toMatch(
			/expected column 'special_total_pc' in the header, which has: .*special_total_percent/
		);
	});

	it.each([
		[F.requests, 'request_assess_pc', 'n/a', southend('2024')],
		[F.needsAll, 'number_asd', '12abc', southend('202425')],
		[F.newPlans2022, 'Total_new_all', 'n/a', southend('2012')]
	])(
		'a cell that is neither a number nor a code: %s, column %s: %s',
		(file, column, bad, where) => {
			const dir = copyFixture();
			const row = setCell(dir, file, where, column, bad);
			const error = buildError(dir);
			expect(error).toMatchObject({ file, where: { row, column } });
			expect(error.message).toMatch(
				new RegExp(
					`^${file.replace(/\./g, '\\.')}, row ${row}, column '${column}': '${bad.replace('/', '\\/')}' is neither a number nor a known code`
				)
			);
		}
	);

	it('a real LA code on the wrong LA: the Leeds row of the annual reviews file given Southend’s code', () => {
		const dir = copyFixture();
		const row = setCell(dir, F.reviews, (r) => r.la_name === 'Leeds', 'old_la_code', '882');
		const error = buildError(dir);
		expect(error).toMatchObject({ file: F.reviews, where: { row, column: 'la_name' } });
		expect(error.message).toMatch(
			/'Leeds' is not the LA with code '882' \(SEN2 calls that code 'Southend-on-Sea'\)/
		);
	});

	it('a January snapshot whose time_period is not an academic year', () => {
		const dir = copyFixture();
		const row = setCell(dir, F.caseload, southend('202425'), 'time_period', '202426');
		expect(buildError(dir)).toMatchObject({
			file: F.caseload,
			where: { row, column: 'time_period' }
		});
	});

	it('the two releases disagreeing on an overlap year stops the join, naming both rows', () => {
		const dir = copyFixture();
		const published = csvParse(readFileSync(join(dir, F.newPlans), 'utf8')).find(
			(r) => r.old_la_code === '882' && r.time_period === '2020'
		)!;
		const row = setCell(
			dir,
			F.newPlans,
			southend('2020'),
			'new_ehc_plans',
			String(Number(published.new_ehc_plans) + 1)
		);
		const error = buildError(dir);
		expect(error).toMatchObject({ file: F.newPlans, where: { row, column: 'new_ehc_plans' } });
		expect(error.message).toMatch(
			new RegExp(
				`but the 2022 release \\(${F.newPlans2022.replace(/\./g, '\\.')}, row \\d+\\) has ${published.new_ehc_plans}: the two releases disagree`
			)
		);
	});
});
