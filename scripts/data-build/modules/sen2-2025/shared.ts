import type { Indicator, Observation } from '../../../../src/lib/data/schemas';
import { areaForDfeCode, areaForRegionCode, ENGLAND, type AreaIndex } from '../../areas';
import { fromRow, type SourceRow } from '../../csv-source';
import { OGL, type SourceFile } from '../../sources';
import type { ReadSource } from '../types';

/**
 * What the SEN2 release modules share: provenance, turning one indicator's text into a
 * catalogue row, putting a DfE row on its area and period, and a small declarative builder
 * ("this indicator is that column of that file") so each figure is read the same way.
 */

export const DFE = 'Department for Education';
export const SEN2_2025_URL =
	'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2025';
export const SEN2_URL =
	'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans';

/** A file of the 2025 release (reporting year 2025), trimmed to its "All …" rows. */
export function release2025(file: string, inZip: string): SourceFile {
	return {
		file,
		publisher: DFE,
		publication: `Education, health and care plans (SEN2), reporting year 2025: ${inZip}`,
		url: SEN2_2025_URL
	};
}

export type IndicatorText = Omit<Indicator, 'publisher' | 'publication' | 'source_url' | 'licence'>;

export function catalogueRow(text: IndicatorText, from: SourceFile): Indicator {
	return {
		...text,
		publisher: from.publisher,
		publication: from.publication,
		source_url: from.url,
		licence: OGL
	};
}

/** DfE publishes Inner and Outer London (E13…) instead of London in one table; they are not areas here. */
const LONDON_HALVES = new Set(['E13000001', 'E13000002']);

/**
 * The area of a row of a DfE file with National / Regional / Local authority rows: England,
 * the region by its code, or the LA by its DfE code (its name must be the SEN2 name of that
 * code). Null for Inner / Outer London, which the model has no area for.
 */
export function areaOf(index: AreaIndex, row: SourceRow): string | null {
	const level = row.oneOf('geographic_level', ['National', 'Regional', 'Local authority'] as const);
	if (level === 'National') return ENGLAND;
	if (level === 'Regional') {
		if (LONDON_HALVES.has(row.text('region_code'))) return null;
		return areaForRegionCode(index, row, 'region_code');
	}
	return areaForDfeCode(index, row, 'old_la_code', 'la_name');
}

/**
 * The year an observation is filed under. January snapshots are published as academic years
 * (time_period 202425 = January 2025) and filed under the January's calendar year; flows are
 * calendar years already.
 */
export function periodYear(row: SourceRow, period: 'january' | 'calendar'): number {
	const text = row.required('time_period', 'a time period');
	if (period === 'calendar') {
		row.oneOf('time_identifier', ['Calendar year'] as const);
		if (!/^\d{4}$/.test(text)) row.fail('time_period', `expected a calendar year, found '${text}'`);
		return Number(text);
	}
	row.oneOf('time_identifier', ['Academic year'] as const);
	const match = /^(\d{4})(\d{2})$/.exec(text);
	if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2]))
		row.fail('time_period', `expected an academic year such as 202425, found '${text}'`);
	return Number(match[1]) + 1;
}

/** The columns every DfE release file is read with, besides the figures. */
export const ROW_COLUMNS = [
	'time_period',
	'time_identifier',
	'geographic_level',
	'region_code',
	'region_name',
	'old_la_code',
	'la_name'
] as const;

// ---------------------------------------------------------------------------------------------
// Declarative indicators: one column (or two counts) of one file

export type FileSpec = {
	source: SourceFile;
	/** The breakdown_topic (and breakdown) of the rows for all children; other rows are skipped. */
	all: string;
	period: 'january' | 'calendar';
};

export type Measure =
	/** A published count. */
	| { kind: 'count'; column: string }
	/**
	 * A published percentage. `numerator` / `denominator` (a column, or published columns that
	 * add up to it) are attached only where they reproduce the published percentage to its
	 * one decimal place, so the counts shown beside a figure always explain it.
	 */
	| { kind: 'percent'; column: string; numerator?: string; denominator?: string | string[] }
	/**
	 * A percentage DfE does not publish, computed here from a published count and its published
	 * total (to one decimal place, as DfE rounds); `when` (reading the columns in `also`) leaves
	 * out rows where that total is not the right one. A missing count keeps its published code.
	 */
	| {
			kind: 'computed';
			numerator: string;
			denominator: string;
			when?: (row: SourceRow) => boolean;
			also?: string[];
	  };

export type Sen2Indicator = { text: IndicatorText; file: FileSpec; measure: Measure };

export const COMPUTED = 'percentage computed here from the published counts';

const columnsOf = (m: Measure): string[] =>
	m.kind === 'count'
		? [m.column]
		: m.kind === 'percent'
			? [m.column, ...(m.numerator ? [m.numerator] : []), ...[m.denominator ?? []].flat()]
			: [m.numerator, m.denominator, ...(m.also ?? [])];

/** Reads each file once and makes every indicator's observations from its "All …" rows. */
export function buildObservations(
	index: AreaIndex,
	read: ReadSource,
	indicators: readonly Sen2Indicator[]
): Observation[] {
	const byFile = new Map<FileSpec, Sen2Indicator[]>();
	for (const i of indicators) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
	const out: Observation[] = [];
	for (const [file, specs] of byFile) {
		const columns = new Set<string>([
			...ROW_COLUMNS,
			'breakdown_topic',
			'breakdown',
			...specs.flatMap((s) => columnsOf(s.measure))
		]);
		for (const row of read(file.source.file, [...columns])) {
			if (row.text('breakdown_topic') !== file.all || row.text('breakdown') !== file.all) continue;
			const area_code = areaOf(index, row);
			if (area_code === null) continue;
			const year = periodYear(row, file.period);
			const source = `DfE SEN2 2025 release, ${file.source.file} (time_period ${row.text('time_period')})`;
			for (const spec of specs) {
				const figure = observe(row, spec.measure);
				if (!figure) continue;
				out.push(
					fromRow(row, {
						indicator_id: spec.text.id,
						area_code,
						year,
						...figure,
						source: spec.measure.kind === 'computed' ? `${source}; ${COMPUTED}` : source
					})
				);
			}
		}
	}
	return out;
}

type Figure = Pick<Observation, 'value' | 'value_note' | 'numerator' | 'denominator'>;

function observe(row: SourceRow, m: Measure): Figure | null {
	if (m.kind === 'count') {
		const cell = row.figure(m.column);
		return { value: cell.value, value_note: cell.note, numerator: null, denominator: null };
	}
	if (m.kind === 'percent') {
		const cell = row.figure(m.column);
		const counts = m.numerator && m.denominator ? countsBehind(row, cell.value, m) : null;
		return {
			value: cell.value,
			value_note: cell.note,
			numerator: counts?.numerator ?? null,
			denominator: counts?.denominator ?? null
		};
	}
	const numerator = row.figure(m.numerator);
	const denominator = row.figure(m.denominator);
	if (numerator.value === null || denominator.value === null) {
		const note = numerator.value === null ? numerator.note : denominator.note;
		return { value: null, value_note: note, numerator: null, denominator: null };
	}
	if (denominator.value === 0 || (m.when && !m.when(row))) return null;
	return {
		value: Math.round((1000 * numerator.value) / denominator.value) / 10,
		value_note: null,
		numerator: numerator.value,
		denominator: denominator.value
	};
}

/** Do these published counts give this published percentage (to its one decimal place)? */
export function reproduces(numerator: number, denominator: number, percent: number): boolean {
	return denominator > 0 && Math.abs((100 * numerator) / denominator - percent) <= 0.05 + 1e-9;
}

function countsBehind(
	row: SourceRow,
	percent: number | null,
	m: { numerator?: string; denominator?: string | string[] }
): { numerator: number; denominator: number } | null {
	if (percent === null) return null;
	const numerator = row.figure(m.numerator!).value;
	const parts = [m.denominator!].flat().map((c) => row.figure(c).value);
	if (numerator === null || parts.some((p) => p === null)) return null;
	const denominator = (parts as number[]).reduce((a, b) => a + b, 0);
	return reproduces(numerator, denominator, percent) ? { numerator, denominator } : null;
}
