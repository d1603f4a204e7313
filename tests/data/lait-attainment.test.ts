/**
 * Data accuracy for the LAIT and attainment/destinations modules: every figure the app's data
 * layer returns is checked against the published CSV it came from (data/published/), read here
 * with d3-dsv and nothing from the build code. Expected values are never copied from the app's
 * own output. A second part breaks copies of the fixture (tests/fixtures/published/) and checks
 * the build stops with a DataBuildError naming file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { getHeadlineTile } from '$lib/data/queries/headline';
import { getTrend } from '$lib/data/queries/trend';
import { buildDataModel } from '../../scripts/data-build/build';
import { figureOf, useBuiltModel } from './support/built-model';
import { onsCodesToday } from './support/dfe-areas';
import {
	FIXTURE,
	appendRow,
	buildError,
	findObservation,
	renameColumn,
	setCell,
	useFixtureCopies
} from './support/fixture-copies';
import { PUBLISHED, cell, only, readCsv, type CsvRow } from './support/published-csv';

// ---------------------------------------------------------------------------------------------
// Reading the published files, independently of scripts/data-build

const FILES = {
	keyMetrics: 'sen2_ehcp_key_metrics_long_2010_2025.csv',
	lait: 'lait_send_indicators_long.csv',
	dictionary: 'lait_send_indicator_dictionary.csv',
	ks2: 'ks2_rwm_by_sen_la_2019_2023.csv',
	ks4: 'ks4_att8_p8_by_sen_la_2019_2023.csv',
	ks4Dest: 'ks4_destinations_by_sen_la_2019_2022.csv',
	dest1618: 'destinations_16_18_by_sen_la_2018_2022.csv'
} as const;

const KM = readCsv(PUBLISHED, FILES.keyMetrics);
const LAIT = readCsv(PUBLISHED, FILES.lait);
const DICTIONARY = readCsv(PUBLISHED, FILES.dictionary);
const KS2 = readCsv(PUBLISHED, FILES.ks2);
const KS4 = readCsv(PUBLISHED, FILES.ks4);
const KS4_DEST = readCsv(PUBLISHED, FILES.ks4Dest);
const DEST_1618 = readCsv(PUBLISHED, FILES.dest1618);

const ONS_TODAY = onsCodesToday(KM);
/** Region name → code, from the regional rows of the SEN2 key-metrics file. */
const REGION_CODE = new Map(
	KM.filter((r) => r.geographic_level === 'Regional').map(
		(r) => [r.region_name, r.region_code] as const
	)
);

/**
 * An area as each file identifies it: LAIT by `la_number` (LAs) or `area_name` (England and
 * regions); the DfE files by level and name (`la_name` / `region_name`) or by code.
 */
type Place = {
	label: string;
	code: string;
	lait: (r: CsvRow) => boolean;
	dfe: (r: CsvRow) => boolean;
};
const england: Place = {
	label: 'England',
	code: 'E92000001',
	lait: (r) => r.area_name === 'England',
	dfe: (r) => r.geographic_level === 'National'
};
const region = (name: string, laitName = name): Place => ({
	label: name,
	code: REGION_CODE.get(name)!,
	lait: (r) => r.area_name === laitName && r.region === '',
	dfe: (r) => r.geographic_level === 'Regional' && r.region_name === name
});
const la = (dfe: string, name: string): Place => ({
	label: `${name} (${dfe})`,
	code: ONS_TODAY.get(dfe)!,
	lait: (r) => r.la_number === dfe,
	dfe: (r) =>
		r.geographic_level === 'Local authority' &&
		(r.old_la_code !== undefined ? r.old_la_code === dfe : r.la_name === name)
});

const ENGLAND = england;
const EAST = region('East of England');
const LONDON = region('London');
const YORKS = region('Yorkshire and The Humber', 'Yorkshire and the Humber');
const NORTH_EAST = region('North East');
const SOUTHEND = la('882', 'Southend-on-Sea');
const LEICS = la('855', 'Leicestershire');
const CAMDEN = la('202', 'Camden'); // a London borough
const HACKNEY = la('204', 'Hackney');
const CITY = la('201', 'City of London');
const SCILLY = la('420', 'Isles of Scilly');
const CUMBRIA = la('909', 'Cumbria'); // abolished April 2023
const NORTHANTS = la('928', 'Northamptonshire'); // abolished April 2021
const BOURNEMOUTH = la('837', 'Bournemouth'); // abolished April 2019; LAIT: "Bournemouth (Pre LG)"
const OLD_DORSET = la('835', 'Dorset'); // the county council, abolished April 2019
const DORSET = la('838', 'Dorset'); // Dorset Council, from April 2019

// ---------------------------------------------------------------------------------------------
// The app's data layer, built once from the published files

const { run, observations, observation } = useBuiltModel();

/** SEN minus no SEN from two published cells, or null where either is not a number. */
function gapOf(sen: string, none: string): number | null {
	const a = cell(sen).value;
	const b = cell(none).value;
	return a === null || b === null ? null : a - b;
}

// ---------------------------------------------------------------------------------------------
// LAIT

/** The 15 LAIT measures left out because the app has the same figures from SEN2. */
const LAIT_SKIPPED = [
	'SEN_CASES_JAN',
	'SEN_CASES_DUR_YEAR',
	'SEN_INIT_REQ',
	'EHCP_Initial_req_refused',
	'SEN_EHC_All_20wks',
	'SEN_EHC_Excpt_20wks',
	'SEN_AppealableDec',
	'SEN_ASSESSMENT',
	'SEN_PLAN_ISSUED',
	'SEN_PLAN_NOT_ISSUED',
	'SEN_NOT_ISSUE_PLAN_16WKS',
	'SEN_TOT_CEASED_EHC_PLAN',
	'SEN_AN_REVIEW_EXPECTED',
	'SEN_AN_REVIEW_MEET_REC',
	'SEN_PEC_OUTCOME_COM_4WKS'
];
const LAIT_KEPT = DICTIONARY.map((d) => d.measure_short).filter((m) => !LAIT_SKIPPED.includes(m));

describe('LAIT (lait_send_indicators_long.csv)', () => {
	const cases: { measure: string; id: string; place: Place; label: string; year: number }[] = [
		{
			measure: 'NEW_KS2_RWM_Sen_Withsta',
			id: 'lait_new_ks2_rwm_sen_withsta',
			place: SOUTHEND,
			label: '2023',
			year: 2023
		},
		{
			measure: 'NEW_KS2_RWM_Sen_Withsta',
			id: 'lait_new_ks2_rwm_sen_withsta',
			place: ENGLAND,
			label: '2019',
			year: 2019
		},
		{
			measure: 'NEW_KS2_RWM_Sen_Withsta',
			id: 'lait_new_ks2_rwm_sen_withsta',
			place: SOUTHEND,
			label: '2020',
			year: 2020
		}, // "-": no tests
		{
			measure: 'NEW_KS2_RWM_Sen_W/Osta',
			id: 'lait_new_ks2_rwm_sen_w_osta',
			place: LEICS,
			label: '2025',
			year: 2025
		},
		{
			measure: 'NoID_SEN_NEW_KS2_RWM',
			id: 'lait_no_id_sen_new_ks2_rwm',
			place: EAST,
			label: '2024',
			year: 2024
		},
		{
			measure: 'SEN_Stat_AVG_Attain8_Score',
			id: 'lait_sen_stat_avg_attain8_score',
			place: LEICS,
			label: '2025',
			year: 2025
		},
		{
			measure: 'SEN_NoID_AVG_Prog8_Score',
			id: 'lait_sen_no_id_avg_prog8_score',
			place: CAMDEN,
			label: '2024',
			year: 2024
		},
		{
			measure: 'SEN_WoStat_AVG_Prog8_Score',
			id: 'lait_sen_wo_stat_avg_prog8_score',
			place: SOUTHEND,
			label: '2021',
			year: 2021
		}, // "-"
		{ measure: 'SEN_TotStat', id: 'lait_sen_tot_stat', place: ENGLAND, label: '2025', year: 2025 },
		{
			measure: 'SEN_TotSENSuP',
			id: 'lait_sen_tot_sen_su_p',
			place: EAST,
			label: '2024',
			year: 2024
		},
		{
			measure: 'PrimStatements',
			id: 'lait_prim_statements',
			place: SOUTHEND,
			label: '2016',
			year: 2016
		},
		{ measure: 'Age19_SEN-S', id: 'lait_age19_sen_s', place: CUMBRIA, label: '2024', year: 2024 }, // after Cumbria was abolished
		{
			measure: 'KS2_SEN_Reading_Progress',
			id: 'lait_ks2_sen_reading_progress',
			place: NORTHANTS,
			label: '2019',
			year: 2019
		},
		{
			measure: 'FSP_Gooddev_With_SENSTATE',
			id: 'lait_fsp_gooddev_with_senstate',
			place: BOURNEMOUTH,
			label: '2018',
			year: 2018
		},
		{
			measure: 'SpecFixedEx',
			id: 'lait_spec_fixed_ex',
			place: SOUTHEND,
			label: '2023/24',
			year: 2024
		},
		{
			measure: 'SpecPermEx',
			id: 'lait_spec_perm_ex',
			place: ENGLAND,
			label: '2015/16',
			year: 2016
		},
		{
			measure: 'KS1P_EHCP',
			id: 'lait_ks1p_ehcp',
			place: SOUTHEND,
			label: '2025 (prov)',
			year: 2025
		},
		{
			measure: 'KS1P_NonSEND',
			id: 'lait_ks1p_non_send',
			place: ENGLAND,
			label: '2025 (prov)',
			year: 2025
		},
		{ measure: '16-17 NEET', id: 'lait_16_17_neet', place: LEICS, label: '2025', year: 2025 },
		{
			measure: '16-17YroldSEN_ET',
			id: 'lait_16_17_yrold_sen_et',
			place: YORKS,
			label: '2023',
			year: 2023
		},
		{
			measure: 'SusEdOverall_SEN_Stat_incSpec',
			id: 'lait_sus_ed_overall_sen_stat_inc_spec',
			place: SOUTHEND,
			label: '2023',
			year: 2023
		},
		{
			measure: 'total_absence_special',
			id: 'lait_total_absence_special',
			place: ENGLAND,
			label: '2020',
			year: 2020
		}, // "-"
		{
			measure: 'LAC_SEN_Statement',
			id: 'lait_lac_sen_statement',
			place: HACKNEY,
			label: '2022',
			year: 2022
		},
		{
			measure: 'SEN_State-Plans_sch',
			id: 'lait_sen_state_plans_sch',
			place: LEICS,
			label: '2016',
			year: 2016
		},
		{
			measure: 'SEN_PEC_AN_REVIEW_MEET_REC',
			id: 'lait_sen_pec_an_review_meet_rec',
			place: SOUTHEND,
			label: '2024',
			year: 2024
		},
		{
			measure: 'Multiplication_AllSEND',
			id: 'lait_multiplication_all_send',
			place: LONDON,
			label: '2025',
			year: 2025
		}
	];

	it.each(cases)(
		'$measure for $place.label, LAIT year $label → $year',
		async ({ measure, id, place, label, year }) => {
			const row = only(
				LAIT,
				(r) => r.measure_short === measure && r.year === label && place.lait(r),
				`${measure} ${place.label} ${label}`
			);
			const o = await observation(id, place.code, year);
			expect(figureOf(o)).toEqual(cell(row.value));
			expect(o.source).toContain(measure);
			// A provisional-only year is kept and says so.
			expect(String(o.source).includes('(provisional)')).toBe(label.endsWith('(prov)'));
		}
	);

	it('the "-" cells are missing with their code, never 0', () => {
		expect(
			cases.filter(
				(c) =>
					only(
						LAIT,
						(r) => r.measure_short === c.measure && r.year === c.label && c.place.lait(r),
						c.measure
					).value === '-'
			).length
		).toBeGreaterThanOrEqual(3);
	});

	it('has one observation per row of every kept measure, London (Inner) and (Outer) left out', async () => {
		const expected = new Map<string, number>();
		for (const r of LAIT) {
			if (!LAIT_KEPT.includes(r.measure_short) || r.area_name.startsWith('London (')) continue;
			expected.set(r.measure_short, (expected.get(r.measure_short) ?? 0) + 1);
		}
		const indicators = await run(`SELECT id, publication FROM indicators WHERE id LIKE 'lait%'`);
		const counts = new Map(
			(
				await run(
					`SELECT indicator_id, count(*) AS n FROM observations WHERE indicator_id LIKE 'lait%' GROUP BY indicator_id`
				)
			).map((r) => [r.indicator_id, Number(r.n)])
		);
		expect(indicators).toHaveLength(LAIT_KEPT.length);
		for (const measure of LAIT_KEPT) {
			const indicator = indicators.find((i) =>
				String(i.publication).includes(`measure ${measure},`)
			);
			expect(indicator, measure).toBeDefined();
			expect(counts.get(indicator!.id as string), measure).toBe(expected.get(measure));
		}
	});

	it.each([SOUTHEND, LEICS, ENGLAND])(
		'annual review meetings held (%) for $label carries LAIT’s own counts (meetings ÷ reviews due)',
		async (place) => {
			const value = (measure: string) =>
				cell(
					only(
						LAIT,
						(r) => r.measure_short === measure && r.year === '2024' && place.lait(r),
						`${measure} ${place.label}`
					).value
				);
			const o = await observation('lait_sen_pec_an_review_meet_rec', place.code, 2024);
			expect(figureOf(o)).toEqual(value('SEN_PEC_AN_REVIEW_MEET_REC'));
			expect(o.numerator).toBe(value('SEN_AN_REVIEW_MEET_REC').value);
			expect(o.denominator).toBe(value('SEN_AN_REVIEW_EXPECTED').value);
			expect((100 * Number(o.numerator)) / Number(o.denominator)).toBeCloseTo(Number(o.value), 1);
		}
	);

	it('leaves out the measures the app has from SEN2', async () => {
		const publications = (await run(`SELECT publication FROM indicators`)).map((r) =>
			String(r.publication)
		);
		for (const measure of LAIT_SKIPPED) {
			expect(
				DICTIONARY.some((d) => d.measure_short === measure),
				measure
			).toBe(true);
			expect(
				publications.some((p) => p.includes(`measure ${measure},`)),
				measure
			).toBe(false);
		}
	});

	const POLARITY: Record<string, string> = { High: 'high', Low: 'low', '-': 'none', NA: 'none' };
	const PERIOD: Record<string, string> = {
		'Academic Year': 'academic_year',
		'Calendar Year': 'calendar_year',
		'Financial Year': 'financial_year',
		'Annual - January': 'january_snapshot'
	};
	it.each(DICTIONARY.filter((d) => LAIT_KEPT.includes(d.measure_short)))(
		'$measure_short: units, polarity, period and link taken from the dictionary',
		async (d) => {
			const indicators = await run(`SELECT * FROM indicators WHERE id LIKE 'lait%'`);
			const i = indicators.find((x) =>
				String(x.publication).includes(`measure ${d.measure_short},`)
			)!;
			expect(i).toMatchObject({
				unit_label: d.units,
				polarity: POLARITY[d.polarity],
				period_type: PERIOD[d.year_type],
				source_url: d.source_link
			});
			expect(i.publisher).toMatch(/Department for Education.*LAIT/);
			expect(['count', 'percent', 'score', 'rate']).toContain(i.unit);
			if (
				d.units.startsWith('%') &&
				d.measure_short !== 'SpecFixedEx' &&
				d.measure_short !== 'SpecPermEx'
			)
				expect(i.unit).toBe('percent');
			if (/score/i.test(d.units)) expect(i.unit).toBe('score');
		}
	);

	it('Southend’s KS2 trend (EHC plan) is LAIT’s series year by year, with 2020 and 2021 missing', async () => {
		const trend = await getTrend(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'lait_new_ks2_rwm_sen_withsta'
		});
		const area = trend.filter((p) => p.series === 'area');
		const published = LAIT.filter(
			(r) => r.measure_short === 'NEW_KS2_RWM_Sen_Withsta' && SOUTHEND.lait(r)
		);
		expect(area.map((p) => [p.year, p.value, p.note])).toEqual(
			published.map((r) => [Number(r.year), cell(r.value).value, cell(r.value).note])
		);
		const england = trend.filter((p) => p.series === 'england');
		expect(england.find((p) => p.year === 2025)?.value).toBe(
			cell(
				only(
					LAIT,
					(r) =>
						r.measure_short === 'NEW_KS2_RWM_Sen_Withsta' && r.year === '2025' && ENGLAND.lait(r),
					'England 2025'
				).value
			).value
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Key stage 2 and key stage 4

/** The DfE files' time_period for the academic year ending in `year` (2023 → "202223"). */
const period = (year: number) => `${year - 1}${String(year).slice(2)}`;

describe('KS2 reading, writing and maths (ks2_rwm_by_sen_la_2019_2023.csv)', () => {
	const ks2Row = (place: Place, year: number, characteristic: string) =>
		only(
			KS2,
			(r) => r.time_period === period(year) && r.characteristic === characteristic && place.dfe(r),
			`${place.label} ${year} ${characteristic}`
		);

	it.each([
		{ place: SOUTHEND, year: 2023 },
		{ place: LEICS, year: 2022 },
		{ place: ENGLAND, year: 2019 },
		{ place: EAST, year: 2022 },
		{ place: CAMDEN, year: 2023 },
		{ place: CUMBRIA, year: 2022 },
		{ place: CITY, year: 2019 }, // x
		{ place: SCILLY, year: 2022 } // c
	])(
		'all pupils with SEN, $place.label $year: the published % with met / eligible',
		async ({ place, year }) => {
			const row = ks2Row(place, year, 'All SEN');
			const o = await observation('ks2_rwm_all_sen', place.code, year);
			expect(figureOf(o)).toEqual(cell(row.pct_met_expected_rwm_published));
			expect(o.numerator).toBe(cell(row.t_rwm_met_expected_standard).value);
			expect(o.denominator).toBe(cell(row.t_rwm_eligible_pupils).value);
		}
	);

	it.each([
		{ place: SOUTHEND, year: 2023 },
		{ place: LEICS, year: 2023 },
		{ place: ENGLAND, year: 2022 },
		{ place: LONDON, year: 2019 },
		{ place: DORSET, year: 2019 }, // "Dorset" in 2018/19 is Dorset Council: the file has BCP that year
		{ place: CITY, year: 2019 } // both sides x: no gap
	])(
		'SEN gap, $place.label $year: all SEN minus no SEN, only where both are published',
		async ({ place, year }) => {
			const expected = gapOf(
				ks2Row(place, year, 'All SEN').pct_met_expected_rwm_published,
				ks2Row(place, year, 'No SEN').pct_met_expected_rwm_published
			);
			const rows = await observations('ks2_rwm_sen_gap', place.code, year);
			if (expected === null) expect(rows).toHaveLength(0);
			else {
				expect(rows).toHaveLength(1);
				expect(rows[0].value).toBeCloseTo(expected, 9);
				expect(rows[0].value).toBeLessThan(0);
			}
		}
	);

	it('the gap indicator says it is computed and that higher (closer to zero) is better', async () => {
		const [i] = await run(`SELECT * FROM indicators WHERE id = 'ks2_rwm_sen_gap'`);
		expect(i).toMatchObject({ polarity: 'high', unit: 'points', theme: 'education_outcomes' });
		expect(i.caveats).toMatch(/one published figure minus another/);
	});

	it('Southend’s headline tile is the 2022/23 figure with its counts and England’s', async () => {
		const { headline } = await getHeadlineTile(run, {
			areaCode: SOUTHEND.code,
			indicatorId: 'ks2_rwm_all_sen'
		});
		const row = ks2Row(SOUTHEND, 2023, 'All SEN');
		expect(headline).toMatchObject({
			year: 2023,
			value: cell(row.pct_met_expected_rwm_published).value,
			numerator: cell(row.t_rwm_met_expected_standard).value,
			denominator: cell(row.t_rwm_eligible_pupils).value
		});
		expect(headline.england.value).toBe(
			cell(ks2Row(ENGLAND, 2023, 'All SEN').pct_met_expected_rwm_published).value
		);
	});
});

describe('KS4 Attainment 8 and Progress 8 (ks4_att8_p8_by_sen_la_2019_2023.csv)', () => {
	const ks4Row = (place: Place, year: number, group: string) =>
		only(
			KS4,
			(r) =>
				r.time_period === period(year) &&
				r.characteristic_sen_description === group &&
				place.dfe(r),
			`${place.label} ${year} ${group}`
		);

	it.each([
		{ id: 'ks4_att8_any_sen', column: 'avg_att8', place: LEICS, year: 2021 },
		{ id: 'ks4_att8_any_sen', column: 'avg_att8', place: SOUTHEND, year: 2023 },
		{ id: 'ks4_att8_any_sen', column: 'avg_att8', place: ENGLAND, year: 2019 },
		{ id: 'ks4_att8_any_sen', column: 'avg_att8', place: SCILLY, year: 2020 }, // c
		{ id: 'ks4_p8_any_sen', column: 'avg_p8score', place: SOUTHEND, year: 2020 }, // ":"
		{ id: 'ks4_p8_any_sen', column: 'avg_p8score', place: HACKNEY, year: 2023 },
		{ id: 'ks4_p8_any_sen', column: 'avg_p8score', place: NORTHANTS, year: 2020 }
	])('$id, $place.label $year', async ({ id, column, place, year }) => {
		const row = ks4Row(place, year, 'Any SEN');
		const o = await observation(id, place.code, year);
		expect(figureOf(o)).toEqual(cell(row[column]));
		if (id === 'ks4_att8_any_sen') expect(o.denominator).toBe(cell(row.t_pupils).value);
	});

	it.each([
		{ id: 'ks4_att8_sen_gap', column: 'avg_att8', place: LONDON, year: 2023 },
		{ id: 'ks4_att8_sen_gap', column: 'avg_att8', place: SOUTHEND, year: 2021 },
		{ id: 'ks4_p8_sen_gap', column: 'avg_p8score', place: ENGLAND, year: 2019 },
		{ id: 'ks4_p8_sen_gap', column: 'avg_p8score', place: LEICS, year: 2023 },
		{ id: 'ks4_p8_sen_gap', column: 'avg_p8score', place: LEICS, year: 2021 } // ":" on both sides: no gap
	])(
		'$id, $place.label $year: SEN minus no identified SEN',
		async ({ id, column, place, year }) => {
			const expected = gapOf(
				ks4Row(place, year, 'Any SEN')[column],
				ks4Row(place, year, 'No identified SEN')[column]
			);
			const rows = await observations(id, place.code, year);
			if (expected === null) expect(rows).toHaveLength(0);
			else expect(rows[0].value).toBeCloseTo(expected, 9);
		}
	);
});

// ---------------------------------------------------------------------------------------------
// Destinations

/**
 * The one row of a destinations file (KS4 or 16–18: the same columns) for a place, year, pupil
 * group and destination measure; `extra` tells apart rows those leave ambiguous.
 */
const destinationRow =
	(rows: CsvRow[]) =>
	(
		place: Place,
		year: number,
		characteristic: string,
		measure: string,
		extra: (r: CsvRow) => boolean = () => true
	) =>
		only(
			rows,
			(r) =>
				r.time_period === period(year) &&
				r.characteristic === characteristic &&
				r.destination_measure === measure &&
				place.dfe(r) &&
				extra(r),
			`${place.label} ${year} ${characteristic} ${measure}`
		);

describe('KS4 destinations by SEN (ks4_destinations_by_sen_la_2019_2022.csv)', () => {
	const destRow = destinationRow(KS4_DEST);

	it.each([
		{
			id: 'ks4_dest_overall_ehcp',
			characteristic: 'EHC plan or Statement',
			measure: 'overall',
			place: SOUTHEND,
			year: 2022
		},
		{
			id: 'ks4_dest_overall_sen_support',
			characteristic: 'SEN support',
			measure: 'overall',
			place: LEICS,
			year: 2021
		},
		{
			id: 'ks4_dest_not_sustained_sen_support',
			characteristic: 'SEN support',
			measure: 'all_notsust',
			place: LEICS,
			year: 2020
		},
		{
			id: 'ks4_dest_unknown_ehcp',
			characteristic: 'EHC plan or Statement',
			measure: 'all_unknown',
			place: EAST,
			year: 2021
		},
		{
			id: 'ks4_dest_apprenticeship_ehcp',
			characteristic: 'EHC plan or Statement',
			measure: 'appren',
			place: CAMDEN,
			year: 2019
		},
		{
			id: 'ks4_dest_fe_ehcp',
			characteristic: 'EHC plan or Statement',
			measure: 'fe',
			place: CUMBRIA,
			year: 2022
		},
		{
			id: 'ks4_dest_overall_ehcp',
			characteristic: 'EHC plan or Statement',
			measure: 'overall',
			place: BOURNEMOUTH,
			year: 2019
		},
		{
			id: 'ks4_dest_overall_no_sen',
			characteristic: 'No identified SEN',
			measure: 'overall',
			place: YORKS,
			year: 2020
		}
	])(
		'$id, $place.label $year: the published % with the cohort',
		async ({ id, characteristic, measure, place, year }) => {
			const row = destRow(place, year, characteristic, measure);
			const o = await observation(id, place.code, year);
			expect(figureOf(o)).toEqual(cell(row.pct_of_cohort));
			expect(o.denominator).toBe(cell(row.cohort).value);
			expect(String(o.source).includes('provisional')).toBe(row.version === 'Provisional');
		}
	);

	it.each([
		{ place: CAMDEN, year: 2021 },
		{ place: SOUTHEND, year: 2022 },
		{ place: NORTH_EAST, year: 2019 }
	])(
		'SEN gap, $place.label $year: identified SEN minus no identified SEN, sustained',
		async ({ place, year }) => {
			const expected = gapOf(
				destRow(place, year, 'Identified SEN', 'overall').pct_of_cohort,
				destRow(place, year, 'No identified SEN', 'overall').pct_of_cohort
			);
			expect((await observation('ks4_dest_overall_sen_gap', place.code, year)).value).toBeCloseTo(
				expected!,
				9
			);
		}
	);

	it('has no England figure (the file has none) and no Inner/Outer London', async () => {
		expect(KS4_DEST.some((r) => r.geographic_level === 'National')).toBe(false);
		const areas = (
			await run(`SELECT DISTINCT area_code FROM observations WHERE indicator_id LIKE 'ks4_dest%'`)
		).map((r) => r.area_code);
		expect(areas).not.toContain(ENGLAND.code);
		expect(areas.filter((a) => String(a).startsWith('E13'))).toEqual([]);
	});
});

describe('16–18 destinations by SEN and LLDD (destinations_16_18_by_sen_la_2018_2022.csv)', () => {
	const destRow = destinationRow(DEST_1618);

	it.each([
		{
			id: 'dest_16_18_overall_sen',
			characteristic: 'Identified SEN (mainstream)',
			measure: 'overall',
			place: SOUTHEND,
			year: 2022
		},
		{
			id: 'dest_16_18_he_sen',
			characteristic: 'Identified SEN (mainstream)',
			measure: 'he',
			place: LEICS,
			year: 2018
		},
		{
			id: 'dest_16_18_employment_sen',
			characteristic: 'Identified SEN (mainstream)',
			measure: 'all_work',
			place: HACKNEY,
			year: 2021
		},
		{
			id: 'dest_16_18_not_sustained_lldd',
			characteristic: 'Identified LLDD (mainstream)',
			measure: 'all_notsust',
			place: EAST,
			year: 2020
		},
		{
			id: 'dest_16_18_overall_no_sen',
			characteristic: 'No identified SEN',
			measure: 'overall',
			place: OLD_DORSET,
			year: 2019
		}, // old boundaries: Bournemouth and Poole in the file
		{
			id: 'dest_16_18_overall_no_lldd',
			characteristic: 'No identified LLDD',
			measure: 'overall',
			place: NORTHANTS,
			year: 2022
		} // remainder after the split
	])('$id, $place.label $year', async ({ id, characteristic, measure, place, year }) => {
		const row = destRow(place, year, characteristic, measure);
		const o = await observation(id, place.code, year);
		expect(figureOf(o)).toEqual(cell(row.pct_of_cohort));
		expect(o.denominator).toBe(cell(row.cohort).value);
	});

	it('the two "Dorset" groups of 2019/20: Dorset Council’s own, and a one-student remainder on the former county', async () => {
		const council = destRow(DORSET, 2020, 'No identified SEN', 'overall', (r) => r.cohort !== '1');
		const remainder = destRow(
			DORSET,
			2020,
			'No identified SEN',
			'overall',
			(r) => r.cohort === '1'
		);
		expect(figureOf(await observation('dest_16_18_overall_no_sen', DORSET.code, 2020))).toEqual(
			cell(council.pct_of_cohort)
		);
		expect(
			(await observation('dest_16_18_overall_no_sen', OLD_DORSET.code, 2020)).denominator
		).toBe(cell(remainder.cohort).value);
	});

	it.each([
		{
			id: 'dest_16_18_overall_sen_gap',
			sen: 'Identified SEN (mainstream)',
			none: 'No identified SEN',
			place: SOUTHEND,
			year: 2019
		},
		{
			id: 'dest_16_18_overall_lldd_gap',
			sen: 'Identified LLDD (mainstream)',
			none: 'No identified LLDD',
			place: NORTH_EAST,
			year: 2020
		}
	])('$id, $place.label $year', async ({ id, sen, none, place, year }) => {
		const expected = gapOf(
			destRow(place, year, sen, 'overall').pct_of_cohort,
			destRow(place, year, none, 'overall').pct_of_cohort
		);
		expect((await observation(id, place.code, year)).value).toBeCloseTo(expected!, 9);
	});

	it('destinations indicators are in the preparing-for-adulthood theme; attainment in education outcomes', async () => {
		const rows = await run(
			`SELECT id, theme FROM indicators WHERE id LIKE 'ks2_%' OR id LIKE 'ks4_%' OR id LIKE 'dest_16_18%'`
		);
		expect(rows.length).toBeGreaterThanOrEqual(30);
		for (const r of rows)
			expect(r.theme, String(r.id)).toBe(
				/dest/.test(String(r.id)) ? 'preparing_for_adulthood' : 'education_outcomes'
			);
	});
});

// ---------------------------------------------------------------------------------------------
// Broken copies of the fixture

describe('the fixture and broken copies of it', () => {
	const copyFixture = useFixtureCopies('send-lait-build-');

	const FIX_SOUTHEND = 'E06000033';

	it('the good fixture builds LAIT and attainment figures for Southend', () => {
		const { tables } = buildDataModel({ sourceDir: FIXTURE });
		expect(
			findObservation(tables, 'lait_new_ks2_rwm_sen_withsta', FIX_SOUTHEND, 2023)
		).toBeDefined();
		expect(findObservation(tables, 'ks2_rwm_all_sen', FIX_SOUTHEND, 2023)).toBeDefined();
		expect(findObservation(tables, 'dest_16_18_overall_sen', FIX_SOUTHEND, 2022)).toBeDefined();
	});

	it.each([
		[FILES.lait, 'la_number'],
		[FILES.dictionary, 'polarity'],
		[FILES.ks2, 'pct_met_expected_rwm_published'],
		[FILES.ks4Dest, 'destination_measure'],
		[FILES.dest1618, 'la_name']
	])('%s with column %s renamed stops the build at the header', (file, column) => {
		const dir = copyFixture();
		renameColumn(dir, file, column, `${column}_renamed`);
		const error = buildError(dir);
		expect(error.file).toBe(file);
		expect(error.where).toEqual({ row: 1, column });
	});

	it.each([
		[
			FILES.lait,
			'value',
			'n/a',
			(r: Record<string, string>) =>
				r.la_number === '882' && r.measure_short === 'SEN_TotStat' && r.year === '2025',
			/'n\/a' is neither a number nor a known code/
		],
		[
			FILES.lait,
			'year',
			'2024-25',
			(r: Record<string, string>) => r.la_number === '383' && r.year === '2024',
			/expected a LAIT year label/
		],
		[
			FILES.lait,
			'measure_short',
			'SEN_New_Measure',
			(r: Record<string, string>) => r.la_number === '822',
			/not in the LAIT catalogue/
		],
		[
			FILES.lait,
			'la_number',
			'882',
			(r: Record<string, string>) => r.area_name === 'Leeds',
			/'Leeds' is not the LA with code '882'/
		],
		[
			FILES.dictionary,
			'polarity',
			'Low',
			(r: Record<string, string>) => r.measure_short === 'KS1P_EHCP',
			/the dictionary gives 'Low' for KS1P_EHCP, the catalogue 'High'/
		],
		[
			FILES.ks2,
			'la_name',
			'Southend',
			(r: Record<string, string>) => r.la_name === 'Southend-on-Sea',
			/'Southend' is not the name of an LA/
		],
		[
			FILES.ks4,
			'avg_att8',
			'12abc',
			(r: Record<string, string>) => r.la_name === 'Leeds',
			/'12abc' is neither a number nor a known code/
		],
		[
			FILES.ks4Dest,
			'version',
			'Draft',
			(r: Record<string, string>) => r.la_name === 'Bedford',
			/found 'Draft'/
		],
		[
			FILES.dest1618,
			'characteristic',
			'Any SEN',
			(r: Record<string, string>) => r.la_name === 'Leeds',
			/found 'Any SEN'/
		]
	])(
		'%s, column %s set to %s: the error names file, row and column',
		(file, column, bad, where, problem) => {
			const dir = copyFixture();
			const row = setCell(dir, file, where, column, bad);
			const error = buildError(dir);
			expect(error.file).toBe(file);
			expect(error.where.row).toBe(row);
			expect(error.message).toMatch(problem);
		}
	);

	it.each(['z', 'low', 'x', 'c', ':', '-'])(
		'the code %s in a LAIT value and a KS2 percentage is kept as missing, never 0',
		(code) => {
			const dir = copyFixture();
			setCell(
				dir,
				FILES.lait,
				(r) => r.la_number === '882' && r.measure_short === 'SEN_TotStat' && r.year === '2025',
				'value',
				code
			);
			setCell(
				dir,
				FILES.ks2,
				(r) =>
					r.la_name === 'Southend-on-Sea' &&
					r.characteristic === 'All SEN' &&
					r.time_period === '202223',
				'pct_met_expected_rwm_published',
				code
			);
			const { tables } = buildDataModel({ sourceDir: dir });
			expect(findObservation(tables, 'lait_sen_tot_stat', FIX_SOUTHEND, 2025)).toMatchObject({
				value: null,
				value_note: code
			});
			expect(findObservation(tables, 'ks2_rwm_all_sen', FIX_SOUTHEND, 2023)).toMatchObject({
				value: null,
				value_note: code
			});
			// No gap from a missing side.
			expect(findObservation(tables, 'ks2_rwm_sen_gap', FIX_SOUTHEND, 2023)).toBeUndefined();
		}
	);

	it.each([
		{
			order: 'provisional after final',
			measure: 'NEW_KS2_RWM_Sen_Withsta',
			from: '2024',
			added: '2024 (prov)',
			year: 2024
		},
		{
			order: 'final after provisional',
			measure: 'KS1P_EHCP',
			from: '2025 (prov)',
			added: '2025',
			year: 2025
		}
	])(
		'a final figure wins over a provisional one for the same year ($order)',
		({ measure, from, added, year }) => {
			const dir = copyFixture();
			const southend = (r: Record<string, string>) =>
				r.la_number === '882' && r.measure_short === measure;
			const published = cell(
				readCsv(FIXTURE, FILES.lait).find((r) => southend(r) && r.year === from)!.value
			).value;
			// The added row's value is one no published figure has, so the test sees which row won.
			appendRow(dir, FILES.lait, (r) => southend(r) && r.year === from, {
				year: added,
				value: '99.5'
			});
			const { tables } = buildDataModel({ sourceDir: dir });
			const o = findObservation(
				tables,
				`lait_${measure === 'KS1P_EHCP' ? 'ks1p_ehcp' : 'new_ks2_rwm_sen_withsta'}`,
				FIX_SOUTHEND,
				year
			);
			expect(o).toMatchObject({ value: added.endsWith('(prov)') ? published : 99.5 });
			expect(o?.source).not.toContain('provisional');
		}
	);

	it('a second final figure for the same LAIT measure, area and year stops the build', () => {
		const dir = copyFixture();
		appendRow(
			dir,
			FILES.lait,
			(r) => r.la_number === '882' && r.measure_short === 'SEN_TotStat' && r.year === '2025',
			{ value: '7' }
		);
		expect(buildError(dir).message).toMatch(
			/a second final figure for SEN_TotStat, Southend-on-Sea, 2025/
		);
	});
});
