import type { Observation } from '../../src/lib/data/schemas';
import { areaForDfeCode, areaForRegionCode, ENGLAND, type AreaIndex } from './areas';
import { fromRow, type SourceRow } from './csv-source';

/** Puts a row of a DfE file with National / Regional / Local authority rows on its area. */
function areaOf(index: AreaIndex, row: SourceRow): string {
	const level = row.oneOf('geographic_level', ['National', 'Regional', 'Local authority'] as const);
	if (level === 'National') return ENGLAND;
	if (level === 'Regional') return areaForRegionCode(index, row, 'region_code');
	return areaForDfeCode(index, row, 'old_la_code', 'la_name');
}

/** SEN2 metrics in the harmonised long file, by indicator id (20-week measures come from the timeliness file, which has counts). */
const KEY_METRICS: Record<string, string> = {
	ehc_plans_in_force: 'ehc_plans_in_force',
	statements_in_force: 'statements_in_force',
	statements_or_ehc_plans_in_force: 'statements_or_ehc_plans_in_force',
	new_ehc_plans: 'new_ehc_plans',
	requests_received: 'requests_received',
	requests_refused: 'requests_refused',
	requests_refused_pct: 'requests_refused_pct',
	assessed_plan_not_issued: 'assessed_plan_not_issued'
};
const IGNORED_METRICS = new Set([
	'pct_new_plans_within_20wk_incl_exceptions',
	'pct_new_plans_within_20wk_excl_exceptions'
]);

export const KEY_METRICS_COLUMNS = [
	'year',
	'period',
	'geographic_level',
	'region_code',
	'region_name',
	'new_la_code',
	'old_la_code',
	'la_name',
	'metric',
	'value',
	'value_note',
	'source'
];

export function keyMetricObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const out: Observation[] = [];
	for (const row of rows) {
		const metric = row.required('metric');
		if (IGNORED_METRICS.has(metric)) continue;
		const indicator = KEY_METRICS[metric];
		if (!indicator)
			row.fail(
				'metric',
				`'${metric}' is not a metric this build knows; add it to the catalogue or leave it out on purpose`
			);
		const cell = row.figure('value');
		const note = row.text('value_note');
		const noteCell = note ? row.figure('value_note') : { value: null, note: null };
		if (note && noteCell.note === null) row.fail('value_note', `'${note}' is not a published code`);
		out.push(
			fromRow(row, {
				indicator_id: indicator,
				area_code: areaOf(index, row),
				year: row.integer('year'),
				value: cell.value,
				// A code written in the value cell itself (x, z, ...) is kept too, not only one in value_note.
				value_note: cell.value === null ? (noteCell.note ?? cell.note) : null,
				numerator: null,
				denominator: null,
				source: row.required('source')
			})
		);
	}
	// The refused percentage is refused ÷ received: attach its published counts.
	const counts = new Map(
		out
			.filter(
				(o) => o.indicator_id === 'requests_refused' || o.indicator_id === 'requests_received'
			)
			.map((o) => [`${o.indicator_id}|${o.area_code}|${o.year}`, o.value])
	);
	for (const o of out) {
		if (o.indicator_id !== 'requests_refused_pct') continue;
		o.numerator = counts.get(`requests_refused|${o.area_code}|${o.year}`) ?? null;
		o.denominator = counts.get(`requests_received|${o.area_code}|${o.year}`) ?? null;
	}
	return out;
}

export const TIMELINESS_COLUMNS = [
	'year',
	'geographic_level',
	'region_code',
	'region_name',
	'new_la_code',
	'old_la_code',
	'la_name',
	'plans_issued_incl_exceptions',
	'issued_within_20wk_incl_exceptions',
	'pct_within_20wk_incl_exceptions',
	'plans_issued_excl_exceptions',
	'issued_within_20wk_excl_exceptions',
	'pct_within_20wk_excl_exceptions',
	'source'
];

export function timelinessObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	return rows.flatMap((row) => {
		const area_code = areaOf(index, row);
		const year = row.integer('year');
		const source = row.required('source');
		return (['incl', 'excl'] as const).map((kind): Observation => {
			const pct = row.figure(`pct_within_20wk_${kind}_exceptions`);
			return fromRow(row, {
				indicator_id: `pct_within_20wk_${kind}_exceptions`,
				area_code,
				year,
				value: pct.value,
				value_note: pct.note,
				numerator: row.figure(`issued_within_20wk_${kind}_exceptions`).value,
				denominator: row.figure(`plans_issued_${kind}_exceptions`).value,
				source
			});
		});
	});
}

export const TRIBUNAL_COLUMNS = [
	'year',
	'geographic_level',
	'la_name',
	'old_la_code',
	'appeals_registered',
	'total_appealable_decisions',
	'appeal_rate_pct',
	'value_note'
];

/**
 * The MoJ table names each LA but has no codes; the `old_la_code` column was added when it
 * was reshaped, and five codes went on the wrong LA (Northamptonshire 892, Nottingham 891,
 * Nottinghamshire 928, Central Bedfordshire 873, Cambridgeshire 823). The names are right:
 * each row's rates are LAIT's SEN_AppealableDec figures for the named LA (e.g. 2016:
 * Northamptonshire 1.8, Nottingham 1.9, Nottinghamshire 1.6, Cambridgeshire 1.6, Central
 * Bedfordshire 0.5), and only "Northamptonshire" stops after its 2021 split. Keyed by the
 * published name and code, so a corrected file no longer matches and needs no change here.
 */
export const TRIBUNAL_CODE_CORRECTIONS: Record<string, string> = {
	'Northamptonshire|892': '928',
	'Nottingham|891': '892',
	'Nottinghamshire|928': '891',
	'Central Bedfordshire|873': '823',
	'Cambridgeshire|823': '873'
};

/**
 * The MoJ table has an England total and an empty "England total excluding suppressed" row,
 * which is skipped; Bournemouth and Poole (abolished 2019) carry no code and are matched by name.
 * Every other row's name must be the SEN2 name of its code (after the corrections above).
 */
export function tribunalObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const formerByName = new Map(
		index.areas.filter((a) => a.status === 'former').map((a) => [a.name, a.code])
	);
	return rows.flatMap((row): Observation[] => {
		const level = row.oneOf('geographic_level', ['National', 'Local authority'] as const);
		if (row.text('la_name') === 'England total excluding suppressed') return [];
		const published = row.text('old_la_code');
		const area_code =
			level === 'National'
				? ENGLAND
				: !published && formerByName.has(row.text('la_name'))
					? formerByName.get(row.text('la_name'))!
					: areaForDfeCode(
							index,
							row,
							'old_la_code',
							'la_name',
							TRIBUNAL_CODE_CORRECTIONS[`${row.text('la_name')}|${published}`]
						);
		const rate = row.figure('appeal_rate_pct');
		const note = row.figure('value_note');
		if (row.text('value_note') && note.note === null)
			row.fail('value_note', `'${row.text('value_note')}' is not a published code`);
		return [
			fromRow(row, {
				indicator_id: 'tribunal_appeal_rate',
				area_code,
				year: row.integer('year'),
				value: rate.value,
				value_note: rate.value === null ? (rate.note ?? note.note) : null,
				numerator: rate.value === null ? null : row.figure('appeals_registered').value,
				denominator: row.figure('total_appealable_decisions').value,
				source: 'MoJ/HMCTS SEND Tribunals and appeal rate 2014–2024'
			})
		];
	});
}
