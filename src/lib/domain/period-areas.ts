import type { GeoArea } from './indicator-view';

/**
 * Which local authorities count in a period: every LA that existed then and has a published
 * figure for it, former ones included. Ranks, quartile bands and "N local authorities have a
 * figure" are over these, as the publisher's own tables are: in 2021/22 Cumbria is one of the
 * 151, though it was split in April 2023.
 *
 * - A current LA counts from its `series_starts` (the year a reorganisation created it), so a
 *   figure a publisher back-fills for an area that did not yet exist is not ranked.
 * - A former LA counts up to and including `replaced_in` (the year its successors start: a
 *   January 2023 count still has Cumbria), or whenever it is published if that is not known.
 */
export function existedIn(area: GeoArea, year: number): boolean {
	if (area.level !== 'la') return false;
	if (area.status === 'current') return area.series_starts === null || year >= area.series_starts;
	return area.replaced_in == null || year <= area.replaced_in;
}

/**
 * A former LA's name as a reader needs it beside today's councils:
 * "Cumbria (former county council, split April 2023)". Today's LAs keep their own name.
 * County councils have E10 codes; reorganisations in England take effect in April.
 */
export function periodName(area: GeoArea): string {
	if (area.status !== 'former') return area.name;
	const kind = area.code.startsWith('E10') ? 'county council' : 'council';
	if (area.replaced_in == null) return `${area.name} (former ${kind})`;
	const how = (area.successors ?? 0) > 1 ? 'split' : 'merged';
	return `${area.name} (former ${kind}, ${how} April ${area.replaced_in})`;
}

/** The LAs that count in `year`, by code, with the name to show for each. */
export function lasOfPeriod(areas: readonly GeoArea[], year: number): Map<string, string> {
	return new Map(areas.filter((a) => existedIn(a, year)).map((a) => [a.code, periodName(a)]));
}
