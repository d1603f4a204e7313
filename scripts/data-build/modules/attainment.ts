import type { Observation } from '../../../src/lib/data/schemas';
import type { AreaIndex } from '../areas';
import { fromRow, type SourceRow } from '../csv-source';
import { areaByName, periodEnd } from './attainment/areas';
import {
	ATTAINMENT_INDICATORS,
	ATTAINMENT_SOURCES,
	DEST_16_18_FILE,
	KS2_FILE,
	KS4_DEST_FILE,
	KS4_FILE
} from './attainment/catalogue';
import {
	DEST_16_18_COLUMNS,
	destinations1618Observations,
	KS4_DEST_COLUMNS,
	ks4DestinationObservations
} from './attainment/destinations';
import { academic, gaps, side, type Side } from './attainment/gaps';
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
		const characteristic = row.oneOf('characteristic', [
			'All SEN',
			'EHC plan',
			'SEN support',
			'No SEN'
		] as const);
		const year = periodEnd(row);
		const pct = row.figure('pct_met_expected_rwm_published');
		const met = row.figure('t_rwm_met_expected_standard');
		const eligible = row.figure('t_rwm_eligible_pupils');
		const area_code = areaOf(row);
		// EHC plan, SEN support and no SEN as indicators come from LAIT (longer series); rows still checked.
		if (area_code === null || characteristic === 'EHC plan' || characteristic === 'SEN support')
			continue;
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
		...gaps(
			'ks2_rwm_sen_gap',
			sen,
			none,
			(s, n) =>
				`Computed from DfE key stage 2 attainment, ${academic(s.row)}: pupils with SEN ${s.text}% minus no SEN ${n.text}%`
		)
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
	const sides = {
		att8: { sen: new Map<string, Side>(), none: new Map<string, Side>() },
		p8: { sen: new Map<string, Side>(), none: new Map<string, Side>() }
	};
	for (const row of rows) {
		const group = row.oneOf('characteristic_sen_description', [
			'Any SEN',
			'No identified SEN'
		] as const);
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
			fromRow(row, {
				indicator_id: 'ks4_att8_any_sen',
				area_code,
				year,
				value: att8.value,
				value_note: att8.note,
				numerator: null,
				denominator: pupils.value,
				source
			}),
			fromRow(row, {
				indicator_id: 'ks4_p8_any_sen',
				area_code,
				year,
				value: p8.value,
				value_note: p8.note,
				numerator: null,
				denominator: null,
				source
			})
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
