/**
 * NHS health-side context (reference data README, section 7): the figures the health query
 * helpers return are checked against the published CSVs in data/published/, read here with
 * d3-dsv and nothing from the build code. Then the fixture (tests/fixtures/published/) with a
 * code written into a cell, and broken copies of it that must stop the build naming file, row
 * and column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	getHealthSeries,
	getLatestHealthContext,
	listHealthMeasures,
	type HealthLevelShown
} from '$lib/data/queries/health';
import { buildDataModel } from '../../scripts/data-build/build';
import { useBuiltModel } from './support/built-model';
import { FIXTURE, buildError, setCell, useFixtureCopies } from './support/fixture-copies';
import { PUBLISHED, only, readCsv, type CsvRow } from './support/published-csv';

// ---------------------------------------------------------------------------------------------
// The published files, read independently of scripts/data-build

const COMMUNITY = 'nhs_cyp_community_health_waiting_2023.csv';
const AUTISM = 'nhs_autism_referral_waits_2019_2023.csv';

const CH = readCsv(PUBLISHED, COMMUNITY);
const AU = readCsv(PUBLISHED, AUTISM);

const REGIONS = [
	'East of England',
	'London',
	'Midlands',
	'North East and Yorkshire',
	'North West',
	'South East',
	'South West'
];
const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The community file's columns by the measure ids the app uses. */
const CH_MEASURES = {
	total_waiting: 'Total waiting list',
	waiting_18_52_weeks: 'Waiting >18-52 weeks',
	waiting_over_52_weeks: 'Waiting >52 weeks',
	pct_waiting_over_18_weeks: 'Percentage waiting more than 18 weeks'
} as const;
type ChMeasure = keyof typeof CH_MEASURES;
const THERAPIES = [...new Set(CH.map((r) => r.Therapy))].sort();

/**
 * A published cell: a number, or null (the only missing cells in these files are blank). Not the
 * shared cell(): a publisher's code here would be a misreading, so it throws instead.
 */
function cell(raw: string | undefined): { value: number | null; value_note: string | null } {
	const text = (raw ?? '').trim();
	if (text === '') return { value: null, value_note: null };
	const value = Number(text);
	if (!Number.isFinite(value)) throw new Error(`test problem: '${text}' is not a number`);
	return { value, value_note: null };
}

/** "January 2023" → "2023-01". */
function chMonth(date: string): string {
	const [name, year] = date.split(' ');
	return `${year}-${String(MONTH_NAMES.indexOf(name) + 1).padStart(2, '0')}`;
}
/** The region as the app names it: the same seven names whatever the case in the file. */
const regionName = (published: string) =>
	REGIONS.find((r) => r.toLowerCase() === published.toLowerCase()) ??
	REGIONS.find((r) => `${r} COMMISSIONING REGION`.toLowerCase() === published.toLowerCase())!;

const chEngland = (r: CsvRow) => r['Organisation Name'] === 'England';
const chRegion = (r: CsvRow) => r['Organisation Type'] === 'Region';
const chAt = (level: HealthLevelShown) => (level === 'England' ? chEngland : chRegion);
const auAt = (level: HealthLevelShown) => (r: CsvRow) =>
	r.data_level === (level === 'England' ? 'National' : 'NHS Region');
const auMonth = (r: CsvRow) => r.REPORTING_PERIOD_START.slice(0, 7);
const auAge = (r: CsvRow) => `Aged ${r.age_group.replace('Age: ', '').replace('Under', 'under')}`;

const community = (
	measure: ChMeasure,
	therapy: string,
	level: HealthLevelShown,
	geographyName?: string
) =>
	getHealthSeries(run, {
		dataset: 'community_health_waits',
		measure,
		breakdown: therapy,
		geographyLevel: level,
		geographyName
	});
const autism = (age: string, level: HealthLevelShown, geographyName?: string) =>
	getHealthSeries(run, {
		dataset: 'autism_referral_waits',
		measure: 'pct_first_appointment_after_13_weeks',
		breakdown: age,
		geographyLevel: level,
		geographyName
	});

// ---------------------------------------------------------------------------------------------
// The app's data layer, built once from the published files

const { run } = useBuiltModel();

describe('listHealthMeasures', () => {
	it('community health: the four measures, the four services, January to October 2023', async () => {
		const months = CH.map((r) => chMonth(r.Date)).sort();
		const measures = (await listHealthMeasures(run)).filter(
			(m) => m.dataset === 'community_health_waits'
		);
		expect(measures).toEqual(
			(Object.keys(CH_MEASURES) as ChMeasure[]).map((measure) => ({
				dataset: 'community_health_waits',
				measure,
				unit: measure.startsWith('pct_') ? 'percent' : 'count',
				breakdowns: THERAPIES,
				first_month: months[0],
				last_month: months.at(-1)
			}))
		);
		expect(months[0]).toBe('2023-01');
		expect(months.at(-1)).toBe('2023-10');
	});

	it('autism: one percentage measure for the three age groups, April 2019 to June 2023', async () => {
		const months = AU.map(auMonth).sort();
		const measures = (await listHealthMeasures(run)).filter(
			(m) => m.dataset === 'autism_referral_waits'
		);
		expect(measures).toEqual([
			{
				dataset: 'autism_referral_waits',
				measure: 'pct_first_appointment_after_13_weeks',
				unit: 'percent',
				breakdowns: ['Aged under 10', 'Aged 10 to 17', 'Aged 18 to 24'],
				first_month: months[0],
				last_month: months.at(-1)
			}
		]);
		expect([months[0], months.at(-1)]).toEqual(['2019-04', '2023-06']);
		expect(new Set(AU.map(auAge))).toEqual(new Set(measures[0].breakdowns));
	});
});

describe('community health waiting lists against the CSV', () => {
	it('England, audiology, total waiting: all ten months, though the file types England blank (Jan), "Organisation" (Feb–May) and "National" (Jun–Oct)', async () => {
		const rows = CH.filter((r) => chEngland(r) && r.Therapy === 'Audiology');
		expect(rows.map((r) => r['Organisation Type'])).toEqual([
			'',
			...Array(4).fill('Organisation'),
			...Array(5).fill('National')
		]);
		const series = await community('total_waiting', 'Audiology', 'England');
		expect(series).toEqual(
			rows.map((r) => ({
				month: chMonth(r.Date),
				geography_name: 'England',
				...cell(r['Total waiting list'])
			}))
		);
		expect(series.map((p) => p.month)).toEqual(
			Array.from({ length: 10 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`)
		);
		expect(series[0].value).toBe(17272); // the first row of the file
	});

	it.each([
		['January 2023', 'Speech And Language'],
		['March 2023', 'Audiology'],
		['June 2023', 'Community Paediatric Service'],
		['August 2023', 'Occupational Therapy'],
		['October 2023', 'Audiology']
	])('England, %s, %s: all four measures', async (date, therapy) => {
		const row = only(CH, (r) => chEngland(r) && r.Date === date && r.Therapy === therapy, date);
		for (const [measure, column] of Object.entries(CH_MEASURES)) {
			const point = (await community(measure as ChMeasure, therapy, 'England')).find(
				(p) => p.month === chMonth(date)
			);
			expect(point, `${measure}`).toEqual({
				month: chMonth(date),
				geography_name: 'England',
				...cell(row[column])
			});
		}
	});

	it('London, occupational therapy: all ten months and four measures, "London" and "LONDON" rows as one series', async () => {
		const rows = CH.filter(
			(r) =>
				chRegion(r) &&
				r['Organisation Name'].toLowerCase() === 'london' &&
				r.Therapy === 'Occupational Therapy'
		);
		expect(rows).toHaveLength(10);
		expect(new Set(rows.map((r) => r['Organisation Name']))).toEqual(new Set(['London', 'LONDON']));
		for (const [measure, column] of Object.entries(CH_MEASURES)) {
			const series = await community(
				measure as ChMeasure,
				'Occupational Therapy',
				'NHS region',
				'London'
			);
			expect(series, measure).toEqual(
				rows.map((r) => ({ month: chMonth(r.Date), geography_name: 'London', ...cell(r[column]) }))
			);
		}
	});

	it.each(['February 2023', 'May 2023', 'July 2023', 'September 2023'])(
		'East of England, community paediatrics, percentage over 18 weeks and count over 52 weeks, %s',
		async (date) => {
			const row = only(
				CH,
				(r) =>
					chRegion(r) &&
					r['Organisation Name'].toLowerCase() === 'east of england' &&
					r.Date === date &&
					r.Therapy === 'Community Paediatric Service',
				date
			);
			for (const measure of ['pct_waiting_over_18_weeks', 'waiting_over_52_weeks'] as const) {
				const series = await community(
					measure,
					'Community Paediatric Service',
					'NHS region',
					'East of England'
				);
				expect(series.find((p) => p.month === chMonth(date))).toEqual({
					month: chMonth(date),
					geography_name: 'East of England',
					...cell(row[CH_MEASURES[measure]])
				});
			}
		}
	);

	it('every England and NHS-region figure of the file, and no other', async () => {
		let compared = 0;
		for (const level of ['England', 'NHS region'] as const) {
			for (const therapy of THERAPIES) {
				const rows = CH.filter((r) => chAt(level)(r) && r.Therapy === therapy);
				for (const [measure, column] of Object.entries(CH_MEASURES)) {
					const series = await community(measure as ChMeasure, therapy, level);
					const expected = rows
						.map((r) => ({
							month: chMonth(r.Date),
							geography_name: level === 'England' ? 'England' : regionName(r['Organisation Name']),
							...cell(r[column])
						}))
						.sort(
							(a, b) =>
								a.geography_name.localeCompare(b.geography_name) || a.month.localeCompare(b.month)
						);
					expect(series, `${level} ${therapy} ${measure}`).toEqual(expected);
					compared += series.length;
				}
			}
		}
		expect(compared).toBe(CH.filter((r) => chEngland(r) || chRegion(r)).length * 4);
	});

	it('the seven NHS regions, each named once for all ten months', async () => {
		const series = await community('total_waiting', 'Speech And Language', 'NHS region');
		expect([...new Set(series.map((p) => p.geography_name))]).toEqual(REGIONS);
		for (const region of REGIONS)
			expect(series.filter((p) => p.geography_name === region)).toHaveLength(10);
	});
});

describe('autism referral waits against the CSV', () => {
	it('England, under 10s: all 51 months as published', async () => {
		const rows = AU.filter((r) => auAt('England')(r) && r.age_group === 'Age: Under 10');
		expect(rows).toHaveLength(51);
		const series = await autism('Aged under 10', 'England');
		expect(series).toEqual(
			rows.map((r) => ({
				month: auMonth(r),
				geography_name: 'England',
				...cell(r.METRIC_VALUE)
			}))
		);
	});

	it.each(['2019-04', '2021-01', '2023-06'])('England, 18 to 24 (ASD19g), %s', async (month) => {
		const row = only(
			AU,
			(r) => auAt('England')(r) && r.age_group === 'Age: 18 to 24' && auMonth(r) === month,
			month
		);
		expect(row.METRIC).toBe('ASD19g');
		const point = (await autism('Aged 18 to 24', 'England')).find((p) => p.month === month);
		expect(point).toEqual({ month, geography_name: 'England', ...cell(row.METRIC_VALUE) });
	});

	it('London (Y56, "LONDON COMMISSIONING REGION"), 10 to 17: the whole series', async () => {
		const rows = AU.filter(
			(r) => auAt('NHS region')(r) && r.PRIMARY_LEVEL === 'Y56' && r.age_group === 'Age: 10 to 17'
		);
		expect(rows[0].PRIMARY_LEVEL_DESCRIPTION).toBe('LONDON COMMISSIONING REGION');
		expect(rows).toHaveLength(51);
		const series = await autism('Aged 10 to 17', 'NHS region', 'London');
		// The file is not in month order (April–September 2021 come after March 2022).
		expect(series).toEqual(
			rows
				.map((r) => ({ month: auMonth(r), geography_name: 'London', ...cell(r.METRIC_VALUE) }))
				.sort((a, b) => a.month.localeCompare(b.month))
		);
	});

	it('every England and NHS-region figure of the file, and no other', async () => {
		let compared = 0;
		for (const level of ['England', 'NHS region'] as const) {
			for (const age of ['Aged under 10', 'Aged 10 to 17', 'Aged 18 to 24']) {
				const expected = AU.filter((r) => auAt(level)(r) && auAge(r) === age)
					.map((r) => ({
						month: auMonth(r),
						geography_name:
							level === 'England' ? 'England' : regionName(r.PRIMARY_LEVEL_DESCRIPTION),
						...cell(r.METRIC_VALUE)
					}))
					.sort(
						(a, b) =>
							a.geography_name.localeCompare(b.geography_name) || a.month.localeCompare(b.month)
					);
				const series = await autism(age, level);
				expect(series, `${level} ${age}`).toEqual(expected);
				compared += series.length;
			}
		}
		expect(compared).toBe(AU.filter((r) => auAt('England')(r) || auAt('NHS region')(r)).length);
	});
});

describe('getLatestHealthContext', () => {
	it('community health: England and each region in October 2023, as published', async () => {
		const context = (await getLatestHealthContext(run)).filter(
			(c) => c.dataset === 'community_health_waits'
		);
		expect(context).toHaveLength(THERAPIES.length * 4);
		for (const c of context) {
			const column = CH_MEASURES[c.measure as ChMeasure];
			const england = only(
				CH,
				(r) => chEngland(r) && r.Date === 'October 2023' && r.Therapy === c.breakdown,
				'England Oct'
			);
			expect(c.england, `${c.breakdown} ${c.measure}`).toEqual({
				month: '2023-10',
				geography_name: 'England',
				...cell(england[column])
			});
			expect(c.regions.map((p) => p.geography_name)).toEqual(REGIONS);
			for (const p of c.regions) {
				const row = only(
					CH,
					(r) =>
						chRegion(r) &&
						r.Date === 'October 2023' &&
						r.Therapy === c.breakdown &&
						regionName(r['Organisation Name']) === p.geography_name,
					p.geography_name
				);
				expect(p).toEqual({
					month: '2023-10',
					geography_name: p.geography_name,
					...cell(row[column])
				});
			}
		}
	});

	it('autism: England and each region in June 2023, as published', async () => {
		const context = (await getLatestHealthContext(run)).filter(
			(c) => c.dataset === 'autism_referral_waits'
		);
		expect(context.map((c) => c.breakdown)).toEqual([
			'Aged under 10',
			'Aged 10 to 17',
			'Aged 18 to 24'
		]);
		for (const c of context) {
			const latest = AU.filter((r) => auAge(r) === c.breakdown && auMonth(r) === '2023-06');
			const england = only(latest, auAt('England'), 'England Jun 2023');
			expect(c.unit).toBe('percent');
			expect(c.england).toEqual({
				month: '2023-06',
				geography_name: 'England',
				...cell(england.METRIC_VALUE)
			});
			expect(c.regions).toEqual(
				latest
					.filter(auAt('NHS region'))
					.map((r) => ({
						month: '2023-06',
						geography_name: regionName(r.PRIMARY_LEVEL_DESCRIPTION),
						...cell(r.METRIC_VALUE)
					}))
					.sort((a, b) => a.geography_name.localeCompare(b.geography_name))
			);
		}
		// Spot check against the file's own text: under 10s in England, June 2023.
		expect(context[0].england?.value).toBe(22);
	});

	it('plain objects only: numbers, strings and nulls, no BigInt', async () => {
		const results = [
			await listHealthMeasures(run),
			await getLatestHealthContext(run),
			await community('total_waiting', 'Audiology', 'NHS region')
		];
		for (const result of results) {
			expect(JSON.parse(JSON.stringify(result))).toEqual(result);
			const walk = (v: unknown): void => {
				expect(typeof v).not.toBe('bigint');
				if (v && typeof v === 'object') {
					expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
					Object.values(v).forEach(walk);
				}
			};
			walk(result);
		}
	});
});

describe('missing cells and levels', () => {
	it('blank ICB cells are null with no code, never 0; a percentage left blank on a list of 0 stays null', async () => {
		const icb = CH.filter((r) => r['Organisation Type'] === 'ICB');
		for (const [measure, column] of Object.entries(CH_MEASURES)) {
			const blank = icb.filter((r) => r[column].trim() === '').length;
			const zero = icb.filter((r) => r[column].trim() !== '' && Number(r[column]) === 0).length;
			const [row] = await run(
				`SELECT count(*) FILTER (WHERE value IS NULL)::INTEGER AS blank,
				        count(*) FILTER (WHERE value = 0)::INTEGER AS zero,
				        count(*) FILTER (WHERE value_note IS NOT NULL)::INTEGER AS coded
				 FROM health_waits WHERE dataset = 'community_health_waits' AND geography_level = 'ICB' AND measure = ?`,
				[measure]
			);
			expect(row, measure).toEqual({ blank, zero, coded: 0 });
		}
		// Humber and North Yorkshire, audiology, January 2023: a list of 0, percentage blank.
		const published = only(
			icb,
			(r) =>
				r['Organisation Name'] === 'Humber and North Yorkshire' &&
				r.Date === 'January 2023' &&
				r.Therapy === 'Audiology',
			'Humber Jan audiology'
		);
		expect([
			published['Total waiting list'],
			published['Percentage waiting more than 18 weeks']
		]).toEqual(['0', '']);
		const rows = await run(
			`SELECT measure, value, value_note FROM health_waits
			 WHERE geography_level = 'ICB' AND geography_name = 'Humber and North Yorkshire' AND month = '2023-01' AND breakdown = 'Audiology'
			 ORDER BY measure`
		);
		expect(rows).toEqual([
			{ measure: 'pct_waiting_over_18_weeks', value: null, value_note: null },
			{ measure: 'total_waiting', value: 0, value_note: null },
			{ measure: 'waiting_18_52_weeks', value: 0, value_note: null },
			{ measure: 'waiting_over_52_weeks', value: 0, value_note: null }
		]);
	});

	it('rows by level: England, NHS region and ICB only (4 measures per community row, 1 per autism row)', async () => {
		const rows = await run(
			`SELECT dataset, geography_level, count(*)::INTEGER AS n, count(DISTINCT geography_name)::INTEGER AS places
			 FROM health_waits GROUP BY ALL ORDER BY ALL`
		);
		const icb = CH.filter((r) => r['Organisation Type'] === 'ICB');
		expect(rows).toEqual([
			{
				dataset: 'autism_referral_waits',
				geography_level: 'England',
				n: AU.filter(auAt('England')).length,
				places: 1
			},
			{
				dataset: 'autism_referral_waits',
				geography_level: 'NHS region',
				n: AU.filter(auAt('NHS region')).length,
				places: 7
			},
			{
				dataset: 'community_health_waits',
				geography_level: 'England',
				n: CH.filter(chEngland).length * 4,
				places: 1
			},
			{
				dataset: 'community_health_waits',
				geography_level: 'ICB',
				n: icb.length * 4,
				places: new Set(icb.map((r) => r['Organisation Name'].toLowerCase())).size
			},
			{
				dataset: 'community_health_waits',
				geography_level: 'NHS region',
				n: CH.filter(chRegion).length * 4,
				places: 7
			}
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// The fixture, and broken copies of it

const copyFixture = useFixtureCopies('send-health-build-');

describe('the fixture', () => {
	it('builds: its England and region rows, none of its provider or sub-ICB rows', () => {
		const { tables } = buildDataModel({ sourceDir: FIXTURE });
		const ch = readCsv(FIXTURE, COMMUNITY);
		const au = readCsv(FIXTURE, AUTISM);
		const count = (dataset: string, level: string) =>
			tables.health_waits.filter((h) => h.dataset === dataset && h.geography_level === level)
				.length;
		expect(count('community_health_waits', 'England')).toBe(ch.filter(chEngland).length * 4);
		expect(count('community_health_waits', 'NHS region')).toBe(ch.filter(chRegion).length * 4);
		expect(count('autism_referral_waits', 'England')).toBe(au.filter(auAt('England')).length);
		expect(count('autism_referral_waits', 'NHS region')).toBe(au.filter(auAt('NHS region')).length);
		expect(
			tables.health_waits.filter((h) =>
				['Provider', 'Sub-ICB'].includes(h.geography_level as string)
			)
		).toEqual([]);
		expect(ch.some((r) => r['Organisation Type'] === 'Organisation')).toBe(true);
		expect(au.some((r) => r.data_level === 'Provider')).toBe(true);
	});

	it.each(['x', 'c', 'z', ':', '..'])(
		'the code %s written in a figure is kept as the value_note, not 0',
		(code) => {
			const dir = copyFixture();
			setCell(
				dir,
				COMMUNITY,
				(r) => r.Date === 'October 2023' && r.Therapy === 'Audiology',
				'Waiting >52 weeks',
				code
			);
			setCell(dir, AUTISM, (r) => r.data_level === 'NHS Region', 'METRIC_VALUE', code);
			const { tables } = buildDataModel({ sourceDir: dir });
			expect(
				tables.health_waits.find(
					(h) =>
						h.geography_name === 'England' &&
						h.month === '2023-10' &&
						h.breakdown === 'Audiology' &&
						h.measure === 'waiting_over_52_weeks'
				)
			).toMatchObject({ value: null, value_note: code });
			expect(
				tables.health_waits.find(
					(h) => h.dataset === 'autism_referral_waits' && h.geography_level === 'NHS region'
				)
			).toMatchObject({ geography_name: 'East of England', value: null, value_note: code });
		}
	);
});

describe('a broken copy of the fixture fails with a DataBuildError naming file, row and column', () => {
	it.each([
		[
			COMMUNITY,
			'Organisation Type',
			'Trust',
			/expected one of .* found 'Trust'/,
			(r: Record<string, string>) => r['Organisation Type'] === 'Region'
		],
		[
			COMMUNITY,
			'Date',
			'Jan-23',
			/expected a month such as "January 2023", found 'Jan-23'/,
			(r: Record<string, string>) => r['Organisation Type'] === ''
		],
		[
			COMMUNITY,
			'Total waiting list',
			'n/a',
			/'n\/a' is neither a number nor a known code/,
			(r: Record<string, string>) => r['Organisation Type'] === 'National'
		],
		[
			COMMUNITY,
			'Organisation Name',
			'Wessex',
			/'Wessex' is not an NHS region/,
			(r: Record<string, string>) => r['Organisation Type'] === 'Region'
		],
		[
			AUTISM,
			'data_level',
			'ICB',
			/expected one of .* found 'ICB'/,
			(r: Record<string, string>) => r.data_level === 'National'
		],
		[
			AUTISM,
			'REPORTING_PERIOD_START',
			'2023-06-31',
			/'2023-06-31' is not a real calendar date/,
			(r: Record<string, string>) => r.data_level === 'NHS Region'
		],
		[
			AUTISM,
			'METRIC_VALUE',
			'12abc',
			/'12abc' is neither a number nor a known code/,
			(r: Record<string, string>) => r.data_level === 'National'
		],
		[
			AUTISM,
			'METRIC_VALUE',
			'140',
			/expected a percentage from 0 to 100, found 140/,
			(r: Record<string, string>) => r.data_level === 'National'
		],
		[
			AUTISM,
			'METRIC',
			'ASD19g',
			/'ASD19g' is not published for 'Age: Under 10'/,
			(r: Record<string, string>) => r.age_group === 'Age: Under 10'
		]
	])('%s, column %s: %s', (file, column, bad, problem, where) => {
		const dir = copyFixture();
		const row = setCell(dir, file, where, column, bad);
		const error = buildError(dir);
		expect(error.file).toBe(file);
		expect(error.where).toEqual({ row, column });
		expect(error.message).toMatch(problem);
		expect(error.message.startsWith(`${file}, row ${row}, column '${column}': `)).toBe(true);
	});

	it('a repeated row (the same England figure twice) names the second row and the first', () => {
		const dir = copyFixture();
		const lines = readFileSync(join(dir, AUTISM), 'utf8').trimEnd().split('\n');
		writeFileSync(join(dir, AUTISM), [...lines, lines[1]].join('\n') + '\n');
		const error = buildError(dir);
		expect(error.file).toBe(AUTISM);
		expect(error.where.row).toBe(lines.length + 1);
		expect(error.message).toMatch(
			/a second figure for pct_first_appointment_after_13_weeks, Aged under 10, England England, 2023-06 \(the first is row 2\)/
		);
	});
});
