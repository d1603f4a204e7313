/**
 * Areas as the DfE files identify them (geographic level, region code, DfE LA code), with the
 * ONS code the app should use for each today. Shared by the suites that read those files.
 */
import type { CsvRow } from './published-csv';

export type Place = { label: string; code: string; match: (r: CsvRow) => boolean };

export const ENGLAND: Place = {
	label: 'England',
	code: 'E92000001',
	match: (r) => r.geographic_level === 'National'
};
export const region = (code: string, label: string): Place => ({
	label,
	code,
	match: (r) => r.geographic_level === 'Regional' && r.region_code === code
});
export const la = (dfe: string, code: string, label: string): Place => ({
	label: `${label} (${dfe})`,
	code,
	match: (r) => r.geographic_level === 'Local authority' && r.old_la_code === dfe
});

export const EAST = region('E12000006', 'East of England');
export const LONDON = region('E12000007', 'London');
export const SOUTHEND = la('882', 'E06000033', 'Southend-on-Sea');
export const LEICS = la('855', 'E10000018', 'Leicestershire');
export const CAMDEN = la('202', 'E09000007', 'Camden'); // a London borough
export const HACKNEY = la('204', 'E09000012', 'Hackney');
export const BCP = la('839', 'E06000058', 'Bournemouth, Christchurch and Poole'); // from April 2019
export const DORSET = la('838', 'E06000059', 'Dorset'); // Dorset Council, from April 2019
export const NORTH_NORTHANTS = la('940', 'E06000061', 'North Northamptonshire'); // from 2021
export const CUMBERLAND = la('942', 'E06000063', 'Cumberland'); // from 2023

/** DfE code → the ONS code of its latest row in the SEN2 key-metrics file (codes change over time). */
export function onsCodesToday(keyMetrics: CsvRow[]): Map<string, string> {
	const today = new Map<string, string>();
	const latest = new Map<string, number>();
	for (const r of keyMetrics) {
		if (r.geographic_level !== 'Local authority') continue;
		if (Number(r.year) >= (latest.get(r.old_la_code) ?? -1)) {
			latest.set(r.old_la_code, Number(r.year));
			today.set(r.old_la_code, r.new_la_code);
		}
	}
	return today;
}

/**
 * Reads the model's area code off a row of a DfE file (National / Regional / Local authority),
 * an LA by its ONS code today.
 * `innerOuterLondonIsNull` is for tables that also publish Inner and Outer London (E13), which
 * are not areas of the model: their rows give null instead of the E13 code.
 */
export const areaCodeReader =
	(onsToday: Map<string, string>, { innerOuterLondonIsNull = false } = {}) =>
	(r: CsvRow): string | null =>
		r.geographic_level === 'National'
			? ENGLAND.code
			: r.geographic_level === 'Regional'
				? innerOuterLondonIsNull && r.region_code.startsWith('E13')
					? null
					: r.region_code
				: onsToday.get(r.old_la_code)!;
