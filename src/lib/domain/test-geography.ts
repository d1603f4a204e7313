// Small hand-made geographies and observations for the domain tests.
import type { GeoArea, Geography, Obs } from './indicator-view';

const aggregate = (code: string, name: string, level: 'england' | 'region'): GeoArea => ({
	code,
	name,
	level,
	region_code: null,
	region_name: null,
	status: 'current',
	series_starts: null
});

/** A current LA in region R (named after its code unless a name is given). */
export const testLa = (
	code: string,
	options: { name?: string; seriesStarts?: number } = {}
): GeoArea => ({
	code,
	name: options.name ?? code,
	level: 'la',
	region_code: 'R',
	region_name: 'Region',
	status: 'current',
	series_starts: options.seriesStarts ?? null
});

/** England, region R and the LAs given, with the neighbours given. */
export function testGeography(las: GeoArea[], neighbours: Record<string, string[]>): Geography {
	return {
		areas: [
			aggregate('E92000001', 'England', 'england'),
			aggregate('R', 'Region', 'region'),
			...las
		],
		neighbours
	};
}

export const testObs = (
	area: string,
	year: number,
	value: number | null,
	note: string | null = null
): Obs => ({
	area,
	year,
	value,
	note,
	numerator: null,
	denominator: null
});
