import type { Observation } from '../../../src/lib/data/schemas';
import { areaForDfeCode, areaForRegionCode, ENGLAND, type AreaIndex } from '../areas';
import { fromRow, originOf, type SourceRow } from '../csv-source';
import { areaByName, LONDON_PARTS, periodEnd } from './attainment/areas';
import {
	ATTAINMENT_INDICATORS,
	ATTAINMENT_SOURCES,
	COHORTS_16_18,
	DEST_16_18_FILE,
	DEST_16_18_GAPS,
	DEST_16_18_PREFIX,
	destinationId,
	KS2_FILE,
	KS4_COHORTS,
	KS4_DEST_FILE,
	KS4_DEST_GAP,
	KS4_DEST_PREFIX,
	KS4_FILE
} from './attainment/catalogue';
import type { SourceModule } from './types';

/**
 * KS2 and KS4 attainment and KS4 and 16–18 destinations of pupils with SEN (reference data
 * README, section 6). Each published figure becomes one observation as published (rounded
 * percentages, ":" / "x" / "c" kept as missing with their code); counts go to numerator and
 * denominator where the file has them. The SEN gaps are the only computed figures: SEN minus
 * no SEN, only where both are published for the same area and year.
 *
 * Which file for which measure: LAIT (modules/lait) has KS2 reading, writing and maths for pupils
 * with an EHC plan, on SEN support and with no SEN for 2016–2025, and Attainment 8 / Progress 8
 * for the same groups for 2016–2025, against 2019–2023 here; those come from LAIT, and these
 * files give what LAIT lacks. The KS4 destination figures here are not LAIT's (they count a
 * slightly different set of pupils and differ by 0.5–2 points), so both are kept, apart.
 */

type Side = { row: SourceRow; value: number | null; text: string };

/** Year label for a source string: 202223 → "2022/23". */
const academic = (row: SourceRow) => `${row.text('time_period').slice(0, 4)}/${row.text('time_period').slice(4)}`;

/** SEN minus no SEN for every area and year where both figures are published; never a figure from one side only. */
function gaps(
	indicator_id: string,
	sen: Map<string, Side>,
	none: Map<string, Side>,
	source: (sen: Side, none: Side) => string
): Observation[] {
	return [...sen].flatMap(([key, s]) => {
		const n = none.get(key);
		if (!n || s.value === null || n.value === null) return [];
		const [area_code, year] = key.split('|');
		return [
			fromRow(s.row, {
				indicator_id,
				area_code,
				year: Number(year),
				// Rounded to kill floating-point noise (26.1 − 48.4 = −22.299999…), not to change the figure.
				value: Math.round((s.value - n.value) * 1e6) / 1e6,
				value_note: null,
				numerator: null,
				denominator: null,
				source: source(s, n)
			})
		];
	});
}

const side = (row: SourceRow, value: number | null): Side => ({ row, value, text: String(value) });

// ---------------------------------------------------------------------------------------------
// Key stage 2: reading, writing and maths

export const KS2_COLUMNS = [
	'time_period',
	'geographic_level',
	'region_name',
	'la_name',
	'characteristic',
	't_rwm_eligible_pupils',
	't_rwm_met_expected_standard',
	'pct_met_expected_rwm_published'
];

function ks2Observations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const areaOf = areaByName(index, rows);
	const out: Observation[] = [];
	const sen = new Map<string, Side>();
	const none = new Map<string, Side>();
	for (const row of rows) {
		const characteristic = row.oneOf('characteristic', ['All SEN', 'EHC plan', 'SEN support', 'No SEN'] as const);
		const year = periodEnd(row);
		const pct = row.figure('pct_met_expected_rwm_published');
		const met = row.figure('t_rwm_met_expected_standard');
		const eligible = row.figure('t_rwm_eligible_pupils');
		const area_code = areaOf(row);
		// EHC plan, SEN support and no SEN as indicators come from LAIT (longer series); rows still checked.
		if (area_code === null || characteristic === 'EHC plan' || characteristic === 'SEN support') continue;
		const key = `${area_code}|${year}`;
		if (characteristic === 'No SEN') {
			none.set(key, side(row, pct.value));
			continue;
		}
		sen.set(key, side(row, pct.value));
		out.push(
			fromRow(row, {
				indicator_id: 'ks2_rwm_all_sen',
				area_code,
				year,
				value: pct.value,
				value_note: pct.note,
				numerator: met.value,
				denominator: eligible.value,
				source: `DfE key stage 2 attainment by pupil characteristics, ${academic(row)}`
			})
		);
	}
	return [
		...out,
		...gaps('ks2_rwm_sen_gap', sen, none, (s, n) => `Computed from DfE key stage 2 attainment, ${academic(s.row)}: pupils with SEN ${s.text}% minus no SEN ${n.text}%`)
	];
}

// ---------------------------------------------------------------------------------------------
// Key stage 4: Attainment 8 and Progress 8

export const KS4_COLUMNS = [
	'time_period',
	'geographic_level',
	'region_name',
	'la_name',
	'characteristic_sen_description',
	't_pupils',
	'avg_att8',
	'avg_p8score'
];

function ks4Observations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const areaOf = areaByName(index, rows);
	const out: Observation[] = [];
	const sides = { att8: { sen: new Map<string, Side>(), none: new Map<string, Side>() }, p8: { sen: new Map<string, Side>(), none: new Map<string, Side>() } };
	for (const row of rows) {
		const group = row.oneOf('characteristic_sen_description', ['Any SEN', 'No identified SEN'] as const);
		const year = periodEnd(row);
		const pupils = row.figure('t_pupils');
		const att8 = row.figure('avg_att8');
		const p8 = row.figure('avg_p8score');
		const area_code = areaOf(row);
		if (area_code === null) continue;
		const key = `${area_code}|${year}`;
		const which = group === 'Any SEN' ? 'sen' : 'none';
		sides.att8[which].set(key, side(row, att8.value));
		sides.p8[which].set(key, side(row, p8.value));
		// Pupils with no identified SEN as indicators come from LAIT (2016–2025); here only for the gap.
		if (group !== 'Any SEN') continue;
		const source = `DfE key stage 4 performance by pupil characteristics, ${academic(row)}`;
		out.push(
			fromRow(row, { indicator_id: 'ks4_att8_any_sen', area_code, year, value: att8.value, value_note: att8.note, numerator: null, denominator: pupils.value, source }),
			fromRow(row, { indicator_id: 'ks4_p8_any_sen', area_code, year, value: p8.value, value_note: p8.note, numerator: null, denominator: null, source })
		);
	}
	const from = (what: string) => (s: Side, n: Side) =>
		`Computed from DfE key stage 4 performance, ${academic(s.row)}: ${what} of pupils with SEN ${s.text} minus no identified SEN ${n.text}`;
	return [
		...out,
		...gaps('ks4_att8_sen_gap', sides.att8.sen, sides.att8.none, from('Attainment 8')),
		...gaps('ks4_p8_sen_gap', sides.p8.sen, sides.p8.none, from('Progress 8'))
	];
}

// ---------------------------------------------------------------------------------------------
// Destinations

const KS4_MEASURES = ['overall', 'ssf', 'sfc', 'fe', 'other_edu', 'appren', 'all_work', 'all_notsust', 'all_unknown'] as const;
const MEASURES_16_18 = ['overall', 'he', 'fe', 'other_edu', 'appren', 'all_work', 'all_notsust', 'all_unknown'] as const;

/** (file characteristic, destination_measure) → indicator id, for the cohorts and measures the catalogue keeps. */
function keptMeasures(prefix: string, cohorts: [string, { id: string }, string[]][]): Map<string, string> {
	return new Map(cohorts.flatMap(([characteristic, cohort, measures]) => measures.map((m) => [`${characteristic}|${m}`, destinationId(prefix, m, cohort.id)])));
}

/**
 * One observation per kept (area, year, group, measure); where a year is published both
 * provisional and revised the revised figure is kept, and a provisional one on its own says so.
 */
function destinationObservations(
	rows: SourceRow[],
	kept: Map<string, string>,
	read: (row: SourceRow) => { area_code: string | null; characteristic: string; measure: string; provisional: boolean; source: string }
): Observation[] {
	const chosen = new Map<string, { observation: Observation; provisional: boolean }>();
	for (const row of rows) {
		const { area_code, characteristic, measure, provisional, source } = read(row);
		const year = periodEnd(row);
		const pct = row.figure('pct_of_cohort');
		const cohort = row.figure('cohort');
		const indicator_id = kept.get(`${characteristic}|${measure}`);
		if (area_code === null || !indicator_id) continue;
		const observation = fromRow(row, { indicator_id, area_code, year, value: pct.value, value_note: pct.note, numerator: null, denominator: cohort.value, source });
		const key = `${indicator_id}|${area_code}|${year}`;
		const first = chosen.get(key);
		if (first && first.provisional === provisional)
			row.fail('destination_measure', `a second figure for ${characteristic}, ${measure}, ${row.text('la_name') || row.text('region_name')}, ${academic(row)} (the first is row ${originOf(first.observation)?.row ?? '?'})`);
		if (!first || (first.provisional && !provisional)) chosen.set(key, { observation, provisional });
	}
	return [...chosen.values()].map((c) => c.observation);
}

/** The two sides of a destination gap, from the observations already chosen. */
function gapSides(observations: Observation[], indicator: string): Map<string, Side> {
	return new Map(observations.filter((o) => o.indicator_id === indicator).map((o) => [`${o.area_code}|${o.year}`, side(originOf(o)!, o.value)]));
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

function ks4DestinationObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const kept = keptMeasures(KS4_DEST_PREFIX, KS4_COHORTS);
	const observations = destinationObservations(rows, kept, (row) => {
		const level = row.oneOf('geographic_level', ['National', 'Regional', 'Local authority'] as const);
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
			characteristic: row.oneOf('characteristic', KS4_COHORTS.map(([c]) => c)),
			measure: row.oneOf('destination_measure', KS4_MEASURES),
			provisional: version === 'Provisional',
			source: `DfE key stage 4 destination measures, destinations in ${academic(row)} (${version.toLowerCase()})`
		};
	});
	const sides = (id: string) => gapSides(observations, destinationId(KS4_DEST_PREFIX, 'overall', id));
	return [
		...observations,
		...gaps(KS4_DEST_GAP, sides('any_sen'), sides('no_sen'), (s, n) => `Computed from ${s.row.text('version').toLowerCase()} DfE key stage 4 destination measures, destinations in ${academic(s.row)}: pupils with SEN ${s.text}% minus no identified SEN ${n.text}% in a sustained destination`)
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

function destinations1618Observations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const areaOf = areaByName(index, rows);
	const observations = destinationObservations(rows, keptMeasures(DEST_16_18_PREFIX, COHORTS_16_18), (row) => ({
		area_code: areaOf(row),
		characteristic: row.oneOf('characteristic', COHORTS_16_18.map(([c]) => c)),
		measure: row.oneOf('destination_measure', MEASURES_16_18),
		provisional: false,
		source: `DfE 16-18 destination measures, destinations in ${academic(row)}`
	}));
	const sides = (id: string) => gapSides(observations, destinationId(DEST_16_18_PREFIX, 'overall', id));
	const from = (sen: string, none: string) => (s: Side, n: Side) =>
		`Computed from DfE 16-18 destination measures, destinations in ${academic(s.row)}: ${sen} ${s.text}% minus ${none} ${n.text}% in a sustained destination`;
	return [
		...observations,
		...gaps(DEST_16_18_GAPS.sen, sides('sen'), sides('no_sen'), from('students with SEN', 'no identified SEN')),
		...gaps(DEST_16_18_GAPS.lldd, sides('lldd'), sides('no_lldd'), from('students with LLDD', 'no identified LLDD'))
	];
}

export const attainment: SourceModule = {
	name: 'attainment',
	sources: Object.values(ATTAINMENT_SOURCES),
	indicators: ATTAINMENT_INDICATORS,
	build: (index, read) => ({
		observations: [
			...ks2Observations(index, read(KS2_FILE, KS2_COLUMNS)),
			...ks4Observations(index, read(KS4_FILE, KS4_COLUMNS)),
			...ks4DestinationObservations(index, read(KS4_DEST_FILE, KS4_DEST_COLUMNS)),
			...destinations1618Observations(index, read(DEST_16_18_FILE, DEST_16_18_COLUMNS))
		]
	})
};
