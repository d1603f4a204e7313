import type { Observation } from '../../../../src/lib/data/schemas';
import { areaForDfeCode, areaForRegionCode, ENGLAND, type AreaIndex } from '../../areas';
import { fromRow, originOf, type SourceRow } from '../../csv-source';
import { areaByName, LONDON_PARTS, periodEnd, type PlacedByHand } from './areas';
import {
	COHORTS_16_18,
	DEST_16_18_GAPS,
	DEST_16_18_PREFIX,
	destinationId,
	KS4_COHORTS,
	KS4_DEST_GAP,
	KS4_DEST_PREFIX
} from './catalogue';
import { academic, gaps, side, type Side } from './gaps';

/**
 * KS4 and 16–18 destinations by SEN (and LLDD): one observation per kept group and measure
 * (catalogue.ts says which), the cohort as denominator, and the gap in the overall sustained
 * destination between the SEN group and the group with no SEN.
 */

const KS4_MEASURES = [
	'overall',
	'ssf',
	'sfc',
	'fe',
	'other_edu',
	'appren',
	'all_work',
	'all_notsust',
	'all_unknown'
] as const;
const MEASURES_16_18 = [
	'overall',
	'he',
	'fe',
	'other_edu',
	'appren',
	'all_work',
	'all_notsust',
	'all_unknown'
] as const;

/** (file characteristic, destination_measure) → indicator id, for the cohorts and measures the catalogue keeps. */
function keptMeasures(
	prefix: string,
	cohorts: [string, { id: string }, string[]][]
): Map<string, string> {
	return new Map(
		cohorts.flatMap(([characteristic, cohort, measures]) =>
			measures.map((m) => [`${characteristic}|${m}`, destinationId(prefix, m, cohort.id)])
		)
	);
}

/**
 * One observation per kept (area, year, group, measure); where a year is published both
 * provisional and revised the revised figure is kept, and a provisional one on its own says so.
 */
function destinationObservations(
	rows: SourceRow[],
	kept: Map<string, string>,
	read: (row: SourceRow) => {
		area_code: string | null;
		characteristic: string;
		measure: string;
		provisional: boolean;
		source: string;
	}
): Observation[] {
	const chosen = new Map<string, { observation: Observation; provisional: boolean }>();
	for (const row of rows) {
		const { area_code, characteristic, measure, provisional, source } = read(row);
		const year = periodEnd(row);
		const pct = row.figure('pct_of_cohort');
		const cohort = row.figure('cohort');
		const indicator_id = kept.get(`${characteristic}|${measure}`);
		if (area_code === null || !indicator_id) continue;
		const observation = fromRow(row, {
			indicator_id,
			area_code,
			year,
			value: pct.value,
			value_note: pct.note,
			numerator: null,
			denominator: cohort.value,
			source
		});
		const key = `${indicator_id}|${area_code}|${year}`;
		const first = chosen.get(key);
		if (first && first.provisional === provisional)
			row.fail(
				'destination_measure',
				`a second figure for ${characteristic}, ${measure}, ${row.text('la_name') || row.text('region_name')}, ${academic(row)} (the first is row ${originOf(first.observation)?.row ?? '?'})`
			);
		if (!first || (first.provisional && !provisional))
			chosen.set(key, { observation, provisional });
	}
	return [...chosen.values()].map((c) => c.observation);
}

/** The two sides of a destination gap, from the observations already chosen. */
function gapSides(observations: Observation[], indicator: string): Map<string, Side> {
	return new Map(
		observations
			.filter((o) => o.indicator_id === indicator)
			.map((o) => [`${o.area_code}|${o.year}`, side(originOf(o)!, o.value)])
	);
}

export const KS4_DEST_COLUMNS = [
	'time_period',
	'version',
	'geographic_level',
	'region_code',
	'region_name',
	'old_la_code',
	'la_name',
	'institution_group',
	'characteristic',
	'cohort',
	'destination_measure',
	'pct_of_cohort'
];

export function ks4DestinationObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const kept = keptMeasures(KS4_DEST_PREFIX, KS4_COHORTS);
	const observations = destinationObservations(rows, kept, (row) => {
		const level = row.oneOf('geographic_level', [
			'National',
			'Regional',
			'Local authority'
		] as const);
		row.oneOf('institution_group', ['State-funded mainstream & special schools']);
		const version = row.oneOf('version', ['Final', 'Revised', 'Provisional'] as const);
		return {
			area_code:
				level === 'National'
					? ENGLAND
					: level === 'Regional'
						? LONDON_PARTS.includes(row.text('region_name'))
							? null
							: areaForRegionCode(index, row, 'region_code')
						: areaForDfeCode(index, row, 'old_la_code', 'la_name'),
			characteristic: row.oneOf(
				'characteristic',
				KS4_COHORTS.map(([c]) => c)
			),
			measure: row.oneOf('destination_measure', KS4_MEASURES),
			provisional: version === 'Provisional',
			source: `DfE key stage 4 destination measures, destinations in ${academic(row)} (${version.toLowerCase()})`
		};
	});
	const sides = (id: string) =>
		gapSides(observations, destinationId(KS4_DEST_PREFIX, 'overall', id));
	return [
		...observations,
		...gaps(
			KS4_DEST_GAP,
			sides('any_sen'),
			sides('no_sen'),
			(s, n) =>
				`Computed from ${s.row.text('version').toLowerCase()} DfE key stage 4 destination measures, destinations in ${academic(s.row)}: pupils with SEN ${s.text}% minus no identified SEN ${n.text}% in a sustained destination`
		)
	];
}

export const DEST_16_18_COLUMNS = [
	'time_period',
	'geographic_level',
	'region_name',
	'la_name',
	'characteristic',
	'cohort',
	'destination_measure',
	'pct_of_cohort'
];

/**
 * In 2019/20 the file has two groups named "Dorset" (the names-only copy lost DfE's codes): Dorset
 * Council's (rows 14890–14921, e.g. 1,716 students with no identified SEN) and a second group of
 * one student with no identified SEN (rows 14954–14961). Like the "Northamptonshire" groups of
 * 2021/22 beside North and West Northamptonshire, it is a remainder published under the
 * abolished county council's code, so it goes on the former Dorset County Council (835).
 */
export const DEST_16_18_PLACED: PlacedByHand[] = [
	{
		period: '201920',
		name: 'Dorset',
		matches: (row) =>
			row.text('characteristic') === 'No identified SEN' && row.text('cohort') === '1',
		dfeCode: '835',
		why: 'a one-student remainder beside Dorset Council’s own group'
	}
];

export function destinations1618Observations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const areaOf = areaByName(index, rows, DEST_16_18_PLACED);
	const observations = destinationObservations(
		rows,
		keptMeasures(DEST_16_18_PREFIX, COHORTS_16_18),
		(row) => ({
			area_code: areaOf(row),
			characteristic: row.oneOf(
				'characteristic',
				COHORTS_16_18.map(([c]) => c)
			),
			measure: row.oneOf('destination_measure', MEASURES_16_18),
			provisional: false,
			source: `DfE 16-18 destination measures, destinations in ${academic(row)}`
		})
	);
	const sides = (id: string) =>
		gapSides(observations, destinationId(DEST_16_18_PREFIX, 'overall', id));
	const from = (sen: string, none: string) => (s: Side, n: Side) =>
		`Computed from DfE 16-18 destination measures, destinations in ${academic(s.row)}: ${sen} ${s.text}% minus ${none} ${n.text}% in a sustained destination`;
	return [
		...observations,
		...gaps(
			DEST_16_18_GAPS.sen,
			sides('sen'),
			sides('no_sen'),
			from('students with SEN', 'no identified SEN')
		),
		...gaps(
			DEST_16_18_GAPS.lldd,
			sides('lldd'),
			sides('no_lldd'),
			from('students with LLDD', 'no identified LLDD')
		)
	];
}
