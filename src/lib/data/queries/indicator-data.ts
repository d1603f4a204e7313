import type { Geography, GeoArea, Obs } from '../../domain/indicator-view';
import type { QueryRunner } from '../query-runner';

const geographies = new WeakMap<QueryRunner, Promise<Geography>>();

/** Every area and every LA's neighbours, read once per database. */
export function getGeography(run: QueryRunner): Promise<Geography> {
	let geography = geographies.get(run);
	if (!geography) {
		geography = (async () => {
			const areas = (await run(
				// A former LA's successors give the year it was replaced (its last period) and whether it was split.
				`SELECT a.code, a.name, a.level, a.region_code, a.region_name, a.status, a.series_starts,
				        s.replaced_in, s.successors
				 FROM areas a LEFT JOIN (
				   SELECT f.code, min(n.series_starts) AS replaced_in, count(*)::INTEGER AS successors
				   FROM areas f JOIN areas n ON list_contains(string_split(f.successor_codes, ','), n.code)
				   GROUP BY f.code
				 ) s ON s.code = a.code
				 ORDER BY a.code`
			)) as GeoArea[];
			const neighbours: Record<string, string[]> = {};
			for (const row of await run(
				`SELECT area_code, neighbour_code FROM neighbours ORDER BY area_code, rank`
			)) {
				(neighbours[row.area_code as string] ??= []).push(row.neighbour_code as string);
			}
			return { areas, neighbours };
		})();
		geographies.set(run, geography);
	}
	return geography;
}

const observationCache = new WeakMap<QueryRunner, Map<string, Promise<Obs[]>>>();

/**
 * One indicator's figures for every area and year, read once per database: prerendering asks
 * for the same indicator for every area (overview, profile, library).
 */
export function getIndicatorObservations(run: QueryRunner, indicatorId: string): Promise<Obs[]> {
	let byId = observationCache.get(run);
	if (!byId) observationCache.set(run, (byId = new Map()));
	let observations = byId.get(indicatorId);
	if (!observations) {
		observations = run(
			`SELECT area_code AS area, year, value, value_note AS note, numerator, denominator, caveat
			 FROM observations WHERE indicator_id = ? ORDER BY year, area_code`,
			[indicatorId]
		) as Promise<Obs[]>;
		byId.set(indicatorId, observations);
	}
	return observations;
}

/**
 * The compact form the browser fetches: one row per figure, as an array, to keep the file small.
 * A seventh element, the build's caveat on a figure that breaks its series, only where there is one.
 */
export type ObsRow = [
	string,
	number,
	number | null,
	string | null,
	number | null,
	number | null,
	string?
];

export const toRows = (observations: Obs[]): ObsRow[] =>
	observations.map((o) => {
		const row: ObsRow = [o.area, o.year, o.value, o.note, o.numerator, o.denominator];
		if (o.caveat) row.push(o.caveat);
		return row;
	});

export const fromRows = (rows: ObsRow[]): Obs[] =>
	rows.map(([area, year, value, note, numerator, denominator, caveat]) => ({
		area,
		year,
		value,
		note,
		numerator,
		denominator,
		caveat: caveat ?? null
	}));
