import type { Obs } from './indicator-view';

export const MAX_COMPARE = 6;

/** Reads "?areas=E06000033,E10000018" into a clean list: known codes only, no repeats, at most six. */
export function parseCompareAreas(param: string | null, known: ReadonlySet<string>): string[] {
	const codes = (param ?? '')
		.split(',')
		.map((c) => c.trim().toUpperCase())
		.filter((c) => known.has(c));
	return [...new Set(codes)].slice(0, MAX_COMPARE);
}

/** The codes in "?areas=…" that are not current local authorities, as written, for saying so. */
export function unknownCompareAreas(param: string | null, known: ReadonlySet<string>): string[] {
	const codes = (param ?? '')
		.split(',')
		.map((c) => c.trim())
		.filter((c) => c && !known.has(c.toUpperCase()));
	return [...new Set(codes)];
}

export type ComparePoint = {
	year: number;
	code: string;
	label: string;
	value: number | null;
	note: string | null;
};

/** The chosen areas' figures (and England's), by year, from one indicator's observations. */
export function compareSeries(
	observations: readonly Obs[],
	areas: readonly { code: string; name: string }[],
	fromYear = 0
): ComparePoint[] {
	const names = new Map(areas.map((a) => [a.code, a.name]));
	return observations
		.filter((o) => names.has(o.area) && o.year >= fromYear)
		.sort(
			(a, b) =>
				a.year - b.year || [...names.keys()].indexOf(a.area) - [...names.keys()].indexOf(b.area)
		)
		.map((o) => ({
			year: o.year,
			code: o.area,
			label: names.get(o.area)!,
			value: o.value,
			note: o.value === null ? o.note : null
		}));
}
