import type { Observation } from '../../../src/lib/data/schemas';
import { areaForDfeCode, ENGLAND, type AreaIndex } from '../areas';
import { fromRow, originOf, type SourceRow } from '../csv-source';
import { DataBuildError } from '../errors';
import {
	LAIT_ENTRIES,
	LAIT_SKIPPED,
	laitIndicator,
	laitIndicatorId,
	type DictionaryFacts
} from './lait/catalogue';
import type { SourceModule } from './types';

/**
 * DfE Local Authority Interactive Tool (LAIT): 84 SEND-relevant indicators in one long file
 * with a data dictionary (reference data README, section 3). Every measure in the dictionary
 * is either in the catalogue (modules/lait/catalogue.ts, checked against the dictionary here)
 * or skipped with its reason (LAIT_SKIPPED: repeats of SEN2 figures the app already has; the
 * two annual-review counts become the numerator and denominator of LAIT's review-meeting share).
 *
 * Areas: LAs by their 3-digit DfE code (`la_number`, its name checked against SEN2's, former
 * councils such as "Bournemouth (Pre LG)" 837 and Cumbria 909 included); England and the nine
 * regions by name. LAIT's "London (Inner)" and "London (Outer)" aggregates are left out: the
 * app has no such areas (London is one region).
 *
 * Years: LAIT writes 2016…2025, 2015/16 style, or "2025 (prov)"; each becomes the year the period
 * ends (academic 2015/16 → 2016; a bare year already is that year for every LAIT year type).
 * Where LAIT has both a provisional and a final figure for a year the final one is kept; a
 * provisional figure on its own is kept and its `source` says "(provisional)".
 */

export const LAIT_FILE = 'lait_send_indicators_long.csv';
export const LAIT_DICTIONARY_FILE = 'lait_send_indicator_dictionary.csv';

export const LAIT_COLUMNS = ['measure_short', 'year', 'area_name', 'la_number', 'region', 'value'];
const CHECKED_FACTS = ['units', 'polarity', 'year_type', 'source_table', 'source_link'] as const;
export const LAIT_DICTIONARY_COLUMNS = ['measure_short', ...CHECKED_FACTS];

/** LAIT aggregates the app has no area for. */
export const LAIT_LEFT_OUT_AREAS = ['London (Inner)', 'London (Outer)'];

const ENTRY_BY_MEASURE = new Map(LAIT_ENTRIES.map((e) => [e.measure, e]));

/** Every dictionary row is a catalogued or a skipped measure, with the facts the catalogue copied. */
function checkDictionary(rows: SourceRow[]) {
	const seen = new Map<string, SourceRow>();
	for (const row of rows) {
		const measure = row.required('measure_short');
		const first = seen.get(measure);
		if (first)
			row.fail(
				'measure_short',
				`'${measure}' is in the dictionary twice (first at row ${first.row})`
			);
		seen.set(measure, row);
		if (Object.hasOwn(LAIT_SKIPPED, measure)) continue;
		const entry = ENTRY_BY_MEASURE.get(measure);
		if (!entry)
			row.fail(
				'measure_short',
				`'${measure}' is a LAIT measure this build does not know: add it to modules/lait/catalogue.ts, or to LAIT_SKIPPED with the reason`
			);
		for (const column of CHECKED_FACTS) {
			const published = row.text(column);
			const catalogued = entry.dictionary[column as keyof DictionaryFacts];
			if (published !== catalogued)
				row.fail(
					column,
					`the dictionary gives '${published}' for ${measure}, the catalogue '${catalogued}': check what changed and update modules/lait/catalogue.ts`
				);
		}
	}
	const missing = LAIT_ENTRIES.filter((e) => !seen.has(e.measure)).map((e) => e.measure);
	if (missing.length)
		throw new DataBuildError(
			LAIT_DICTIONARY_FILE,
			`no dictionary row for the catalogued measure${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')}`
		);
}

/** England, a region (by name: LAIT spells "Yorkshire and the Humber" in lower case), an LA, or null for a left-out aggregate. */
function laitArea(index: AreaIndex, row: SourceRow): string | null {
	const name = row.required('area_name');
	if (row.text('region')) return areaForDfeCode(index, row, 'la_number', 'area_name');
	if (LAIT_LEFT_OUT_AREAS.includes(name)) return null;
	if (name === 'England') return ENGLAND;
	const region = index.areas.find(
		(a) => a.level === 'region' && a.name.toLowerCase() === name.toLowerCase()
	);
	if (!region)
		row.fail(
			'area_name',
			`'${name}' has no region, so it should be England or a region, but the SEN2 files have no region of that name`
		);
	return region.code;
}

/** A LAIT year label → the year the period ends, and whether LAIT marks the figure provisional. */
export function laitYear(row: SourceRow): { year: number; provisional: boolean } {
	const label = row.required('year');
	const single = /^(\d{4})( \(prov\))?$/.exec(label);
	if (single) return { year: Number(single[1]), provisional: Boolean(single[2]) };
	const span = /^(\d{4})\/(\d{2})$/.exec(label);
	if (span && (Number(span[1]) + 1) % 100 === Number(span[2]))
		return { year: Number(span[1]) + 1, provisional: false };
	return row.fail(
		'year',
		`expected a LAIT year label such as 2024, 2015/16 or 2025 (prov), found '${label}'`
	);
}

/** The share of annual reviews due that had a meeting, with LAIT's own counts behind it (same area and year). */
const REVIEW_COUNTS = {
	share: 'SEN_PEC_AN_REVIEW_MEET_REC',
	numerator: 'SEN_AN_REVIEW_MEET_REC',
	denominator: 'SEN_AN_REVIEW_EXPECTED'
};

function laitObservations(index: AreaIndex, rows: SourceRow[]): Observation[] {
	const kept = new Map<string, { observation: Observation; provisional: boolean }>();
	const counts = new Map<string, number | null>();
	for (const row of rows) {
		const measure = row.required('measure_short');
		if (measure === REVIEW_COUNTS.numerator || measure === REVIEW_COUNTS.denominator) {
			const area = laitArea(index, row);
			if (area) counts.set(`${measure}|${area}|${laitYear(row).year}`, row.figure('value').value);
		}
		if (Object.hasOwn(LAIT_SKIPPED, measure)) continue;
		if (!ENTRY_BY_MEASURE.has(measure))
			row.fail(
				'measure_short',
				`'${measure}' is not in the LAIT catalogue or the skipped list (modules/lait/catalogue.ts)`
			);
		const area_code = laitArea(index, row);
		if (area_code === null) continue;
		const { year, provisional } = laitYear(row);
		const cell = row.figure('value');
		const indicator_id = laitIndicatorId(measure);
		const observation = fromRow(row, {
			indicator_id,
			area_code,
			year,
			value: cell.value,
			value_note: cell.note,
			numerator: null,
			denominator: null,
			source: `DfE Local Authority Interactive Tool (LAIT), ${measure}, ${provisional ? `${year} (provisional)` : row.text('year')}`
		});
		const key = `${indicator_id}|${area_code}|${year}`;
		const first = kept.get(key);
		if (!first || (first.provisional && !provisional)) {
			// A final figure replaces a provisional one for the same year, wherever it comes in the file.
			if (first) kept.delete(key);
			kept.set(key, { observation, provisional });
		} else if (first.provisional === provisional) {
			row.fail(
				'year',
				`a second ${provisional ? 'provisional' : 'final'} figure for ${measure}, ${row.text('area_name')}, ${year} (the first is row ${originOf(first.observation)?.row ?? '?'})`
			);
		}
	}
	const share = laitIndicatorId(REVIEW_COUNTS.share);
	for (const { observation: o } of kept.values()) {
		if (o.indicator_id !== share || o.value === null) continue;
		o.numerator = counts.get(`${REVIEW_COUNTS.numerator}|${o.area_code}|${o.year}`) ?? null;
		o.denominator = counts.get(`${REVIEW_COUNTS.denominator}|${o.area_code}|${o.year}`) ?? null;
	}
	return [...kept.values()].map((k) => k.observation);
}

const LAIT_URL = 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait';

export const lait: SourceModule = {
	name: 'lait',
	sources: [
		{
			file: LAIT_FILE,
			publisher: 'Department for Education',
			publication:
				'Local Authority Interactive Tool (LAIT): 84 SEND-relevant indicators by local authority, region and England (data as of April 2026)',
			url: LAIT_URL
		},
		{
			file: LAIT_DICTIONARY_FILE,
			publisher: 'Department for Education',
			publication: 'Local Authority Interactive Tool (LAIT) data dictionary',
			url: LAIT_URL
		}
	],
	indicators: LAIT_ENTRIES.map(laitIndicator),
	build(index, read) {
		checkDictionary(read(LAIT_DICTIONARY_FILE, LAIT_DICTIONARY_COLUMNS));
		return { observations: laitObservations(index, read(LAIT_FILE, LAIT_COLUMNS)) };
	}
};
