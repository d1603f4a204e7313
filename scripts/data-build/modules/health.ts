import type { HealthWait } from '../../../src/lib/data/schemas';
import { fromRow, originOf, type SourceRow } from '../csv-source';
import { DataBuildError } from '../errors';
import type { ReadSource, SourceModule } from './types';

/**
 * NHS health-side context (reference data README, section 7). These files are on NHS
 * geography (England, NHS region, ICB, provider, sub-ICB), not local authority, and there is
 * no LA→ICB lookup in the published data, so they go to the `health_waits` table in their own
 * geography and add no LA indicators.
 *
 * Every row of both files is checked (level, month, figures); only England, NHS-region and ICB
 * rows are kept. Keeping provider and sub-ICB rows too would take the table to about 44,600
 * rows (29,552 from the community file alone, 7,388 rows × 4 measures), over the ~25,000 the
 * app budgets for a context table it shows at England and NHS-region level only.
 */

export const COMMUNITY_HEALTH_FILE = 'nhs_cyp_community_health_waiting_2023.csv';
export const AUTISM_FILE = 'nhs_autism_referral_waits_2019_2023.csv';

export const HEALTH_LEVELS = ['England', 'NHS region', 'ICB', 'Provider', 'Sub-ICB'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];
/** The levels the build keeps (see the note above). */
export const KEPT_HEALTH_LEVELS: readonly HealthLevel[] = ['England', 'NHS region', 'ICB'];

/** The seven NHS England regions (since April 2020), as both files name them once case is set aside. */
export const NHS_REGIONS = [
	'East of England',
	'London',
	'Midlands',
	'North East and Yorkshire',
	'North West',
	'South East',
	'South West'
] as const;

/** ODS codes of the NHS regions, as the autism file's PRIMARY_LEVEL carries them. */
const NHS_REGION_CODES: Record<string, (typeof NHS_REGIONS)[number]> = {
	Y56: 'London',
	Y58: 'South West',
	Y59: 'South East',
	Y60: 'Midlands',
	Y61: 'East of England',
	Y62: 'North West',
	Y63: 'North East and Yorkshire'
};

const MONTHS = [
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

// ---------------------------------------------------------------------------------------------
// NHS England Community Health Services waiting lists (children and young people), 2023

export const COMMUNITY_HEALTH_COLUMNS = [
	'Organisation Type',
	'Organisation Name',
	'Date',
	'Therapy',
	'Total waiting list',
	'Waiting >18-52 weeks',
	'Waiting >52 weeks',
	'Percentage waiting more than 18 weeks'
] as const;

const THERAPIES = [
	'Audiology',
	'Community Paediatric Service',
	'Occupational Therapy',
	'Speech And Language'
] as const;

const COMMUNITY_MEASURES = [
	{ column: 'Total waiting list', measure: 'total_waiting', unit: 'count' },
	{ column: 'Waiting >18-52 weeks', measure: 'waiting_18_52_weeks', unit: 'count' },
	{ column: 'Waiting >52 weeks', measure: 'waiting_over_52_weeks', unit: 'count' },
	{
		column: 'Percentage waiting more than 18 weeks',
		measure: 'pct_waiting_over_18_weeks',
		unit: 'percent'
	}
] as const;

/**
 * 'Organisation Type' as published. England is blank in January, 'Organisation' (the providers'
 * type) in February–May and 'National' from June, so a row named 'England' is England whatever
 * its type; providers are 'Organisation' to May and 'Provider' from June.
 */
const COMMUNITY_LEVELS: Record<string, HealthLevel> = {
	'': 'England',
	National: 'England',
	Region: 'NHS region',
	ICB: 'ICB',
	Organisation: 'Provider',
	Provider: 'Provider'
};

/** "January 2023" → "2023-01". */
function monthFromName(row: SourceRow, column: string): string {
	const text = row.required(column, 'a month such as "January 2023"');
	const match = /^([A-Za-z]+) (\d{4})$/.exec(text);
	const index = match ? MONTHS.findIndex((m) => m.toLowerCase() === match[1].toLowerCase()) : -1;
	if (!match || index < 0)
		row.fail(column, `expected a month such as "January 2023", found '${text}'`);
	return `${match![2]}-${String(index + 1).padStart(2, '0')}`;
}

function nhsRegion(row: SourceRow, column: string, name: string): string {
	const region = NHS_REGIONS.find((r) => r.toLowerCase() === name.toLowerCase());
	if (!region)
		row.fail(column, `'${name}' is not an NHS region (expected one of ${NHS_REGIONS.join(', ')})`);
	return region;
}

/** A published figure, checked for what its unit allows; missing stays null with its code. */
function healthFigure(row: SourceRow, column: string, unit: 'count' | 'percent') {
	const cell = row.figure(column);
	if (cell.value !== null) {
		if (unit === 'count' && (!Number.isInteger(cell.value) || cell.value < 0))
			row.fail(column, `expected a count (a whole number, 0 or more), found ${cell.value}`);
		if (unit === 'percent' && (cell.value < 0 || cell.value > 100))
			row.fail(column, `expected a percentage from 0 to 100, found ${cell.value}`);
	}
	return cell;
}

/** Every row of the community file at every level, checked. */
export function communityHealthWaits(rows: SourceRow[]): HealthWait[] {
	const out: HealthWait[] = [];
	const icbs: { record: HealthWait; month: string }[] = [];
	for (const row of rows) {
		const type = row.oneOf('Organisation Type', Object.keys(COMMUNITY_LEVELS));
		const published = row.required('Organisation Name');
		const level = published === 'England' ? 'England' : COMMUNITY_LEVELS[type];
		if (level === 'England' && published !== 'England')
			row.fail('Organisation Name', `expected 'England' on a national row, found '${published}'`);
		if (published === 'England' && (type === 'Region' || type === 'ICB'))
			row.fail('Organisation Type', `expected a national row for 'England', found '${type}'`);
		let name = published;
		if (level === 'NHS region') name = nhsRegion(row, 'Organisation Name', published);
		const month = monthFromName(row, 'Date');
		const breakdown = row.oneOf('Therapy', THERAPIES);
		for (const { column, measure, unit } of COMMUNITY_MEASURES) {
			const { value, note } = healthFigure(row, column, unit);
			const record = fromRow(row, {
				dataset: 'community_health_waits',
				geography_level: level,
				geography_name: name,
				month,
				breakdown,
				measure,
				value,
				value_note: note,
				unit
			});
			out.push(record);
			if (level === 'ICB') icbs.push({ record, month });
		}
	}
	// ICB (and region) names switch to capitals from July 2023, and two ICBs are spelt two ways
	// ("Cornwall and the Isles of Scilly" / "Cornwall and The Isles Of Scilly"): each ICB keeps
	// the earliest mixed-case spelling, so its series is not split in two.
	const spelling = new Map<string, { name: string; month: string }>();
	for (const { record, month } of icbs) {
		const key = record.geography_name.toUpperCase();
		const capitals = record.geography_name === key;
		const best = spelling.get(key);
		const bestCapitals = best ? best.name === key : true;
		if (!best || (bestCapitals && !capitals) || (capitals === bestCapitals && month < best.month))
			spelling.set(key, { name: record.geography_name, month });
	}
	for (const { record } of icbs)
		record.geography_name = spelling.get(record.geography_name.toUpperCase())!.name;
	return out;
}

// ---------------------------------------------------------------------------------------------
// NHS England (NHS Digital) Autism Statistics, April 2019 – June 2023

export const AUTISM_COLUMNS = [
	'REPORTING_PERIOD_START',
	'REPORTING_PERIOD_END',
	'data_level',
	'PRIMARY_LEVEL',
	'PRIMARY_LEVEL_DESCRIPTION',
	'age_group',
	'METRIC',
	'METRIC_VALUE'
] as const;

const AUTISM_LEVELS: Record<string, HealthLevel> = {
	National: 'England',
	'NHS Region': 'NHS region',
	Provider: 'Provider',
	'CCG or Sub ICB': 'Sub-ICB'
};

const AGE_GROUPS: Record<string, string> = {
	'Age: Under 10': 'Aged under 10',
	'Age: 10 to 17': 'Aged 10 to 17',
	'Age: 18 to 24': 'Aged 18 to 24'
};

/**
 * Both metrics are "the proportion of patients with an open suspected autism referral in the
 * month that has been open for at least 13 weeks receiving a first appointment after more than
 * 13 weeks": ASD19e for patients aged 0 to 17, ASD19g for those aged 18 and over. The age group
 * tells them apart, so they share one measure id; a metric on the wrong age group is refused.
 */
const AUTISM_METRICS: Record<string, { measure: string; ages: string[] }> = {
	ASD19e: {
		measure: 'pct_first_appointment_after_13_weeks',
		ages: ['Age: Under 10', 'Age: 10 to 17']
	},
	ASD19g: { measure: 'pct_first_appointment_after_13_weeks', ages: ['Age: 18 to 24'] }
};

/** A reporting month: starts on the 1st and ends in the same month. */
function reportingMonth(row: SourceRow): string {
	const start = row.date('REPORTING_PERIOD_START');
	if (!start) row.fail('REPORTING_PERIOD_START', 'expected a date, found an empty cell');
	if (!start.endsWith('-01'))
		row.fail('REPORTING_PERIOD_START', `expected the first day of a month, found '${start}'`);
	const end = row.date('REPORTING_PERIOD_END');
	if (!end || end.slice(0, 7) !== start.slice(0, 7))
		row.fail(
			'REPORTING_PERIOD_END',
			`expected a date in the month that starts ${start}, found '${end ?? ''}'`
		);
	return start.slice(0, 7);
}

/** Every row of the autism file at every level, checked. */
export function autismReferralWaits(rows: SourceRow[]): HealthWait[] {
	return rows.map((row) => {
		const level = AUTISM_LEVELS[row.oneOf('data_level', Object.keys(AUTISM_LEVELS))];
		let name: string;
		if (level === 'England') name = 'England';
		else if (level === 'NHS region') {
			const code = row.required('PRIMARY_LEVEL');
			const region = NHS_REGION_CODES[code];
			if (!region) row.fail('PRIMARY_LEVEL', `'${code}' is not an NHS region code`);
			const description = row.required('PRIMARY_LEVEL_DESCRIPTION');
			if (description.toUpperCase() !== `${region.toUpperCase()} COMMISSIONING REGION`)
				row.fail(
					'PRIMARY_LEVEL_DESCRIPTION',
					`'${description}' is not the region with code '${code}' (${region})`
				);
			name = region;
		} else name = row.required('PRIMARY_LEVEL_DESCRIPTION');
		const month = reportingMonth(row);
		const age = row.oneOf('age_group', Object.keys(AGE_GROUPS));
		const metric = AUTISM_METRICS[row.oneOf('METRIC', Object.keys(AUTISM_METRICS))];
		if (!metric.ages.includes(age))
			row.fail('METRIC', `'${row.text('METRIC')}' is not published for '${age}'`);
		const { value, note } = healthFigure(row, 'METRIC_VALUE', 'percent');
		return fromRow(row, {
			dataset: 'autism_referral_waits',
			geography_level: level,
			geography_name: name,
			month,
			breakdown: AGE_GROUPS[age],
			measure: metric.measure,
			value,
			value_note: note,
			unit: 'percent' as const
		});
	});
}

// ---------------------------------------------------------------------------------------------

/** One figure per dataset, level, place, month, breakdown and measure. */
function checkUnique(records: HealthWait[], file: string) {
	const seen = new Map<string, HealthWait>();
	for (const r of records) {
		const key = [r.geography_level, r.geography_name, r.month, r.breakdown, r.measure].join('|');
		const first = seen.get(key);
		if (first) {
			const problem = `a second figure for ${r.measure}, ${r.breakdown}, ${r.geography_level} ${r.geography_name}, ${r.month}`;
			const [origin, other] = [originOf(r), originOf(first)];
			if (origin)
				origin.fail(
					origin.file === COMMUNITY_HEALTH_FILE ? 'Organisation Name' : 'PRIMARY_LEVEL',
					`${problem} (the first is row ${other?.row ?? '?'})`
				);
			throw new DataBuildError(file, problem);
		}
		seen.set(key, r);
	}
}

function readHealthWaits(read: ReadSource): HealthWait[] {
	const community = communityHealthWaits(read(COMMUNITY_HEALTH_FILE, COMMUNITY_HEALTH_COLUMNS));
	const autism = autismReferralWaits(read(AUTISM_FILE, AUTISM_COLUMNS));
	checkUnique(community, COMMUNITY_HEALTH_FILE);
	checkUnique(autism, AUTISM_FILE);
	return [...community, ...autism].filter((r) =>
		KEPT_HEALTH_LEVELS.includes(r.geography_level as HealthLevel)
	);
}

export const health: SourceModule = {
	name: 'health',
	sources: [
		{
			file: COMMUNITY_HEALTH_FILE,
			publisher: 'NHS England',
			publication:
				'Community Health Services Waiting Lists: children and young people, January–October 2023 (as prepared for the DfE SEND and AP dashboard)',
			url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/community-health-services-waiting-lists/'
		},
		{
			file: AUTISM_FILE,
			publisher: 'NHS England (NHS Digital)',
			publication:
				'Autism Statistics (Mental Health Services Data Set), April 2019 – June 2023 (as prepared for the DfE SEND and AP dashboard)',
			url: 'https://digital.nhs.uk/data-and-information/publications/statistical/autism-statistics'
		}
	],
	// NHS geography, not local authorities: no LA indicators.
	indicators: [],
	build: (_index, read) => ({ health_waits: readHealthWaits(read) })
};
