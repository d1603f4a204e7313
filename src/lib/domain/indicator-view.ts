import { buildHeadline, type Headline } from './headline';
import { neighbourAverage } from './neighbour-average';
import { previousPeriod, type PeriodType } from './periods';
import type { Polarity } from './polarity';
import { lasOfPeriod } from './period-areas';
import { periodBasis } from './series-rules';
import { quartileBand, quartileEdges, type Band } from './quartile-band';
import type { TrendPoint } from './trend-table';

export const ENGLAND = 'E92000001';

export type GeoArea = {
	code: string;
	name: string;
	level: 'england' | 'region' | 'la';
	region_code: string | null;
	region_name: string | null;
	status: 'current' | 'former';
	series_starts: number | null;
	/** A former LA: the year its successors' series start (it existed up to that period). */
	replaced_in?: number | null;
	/** A former LA: how many councils replaced it (more than one: it was split). */
	successors?: number | null;
};

/** Every area and each LA's statistical neighbours (codes, closest first). */
export type Geography = { areas: GeoArea[]; neighbours: Record<string, string[]> };

export type Obs = {
	area: string;
	year: number;
	value: number | null;
	note: string | null;
	numerator: number | null;
	denominator: number | null;
	/** The build's caveat on a published figure that breaks its own series (kept as published). */
	caveat?: string | null;
};

export type IndicatorMeta = { id: string; polarity: Polarity; period_type: PeriodType };

export type DistributionPoint = {
	code: string;
	name: string;
	value: number;
	role: 'area' | 'neighbour' | 'other';
	/** The build's caveat where this figure breaks its own series. */
	caveat?: string | null;
};

export type IndicatorView = {
	year: number;
	headline: Headline;
	band: Band | null;
	trend: TrendPoint[];
	/** Every LA that existed and has a figure for the period (former ones named as such), for the strip plot. */
	distribution: DistributionPoint[];
	quartiles: [number, number, number] | null;
};

/** The latest period an indicator is published for: the latest with an England figure. */
export function latestYearOf(observations: readonly Obs[]): number | null {
	const england = observations
		.filter((o) => o.area === ENGLAND && o.value !== null)
		.map((o) => o.year);
	const years = england.length ? england : observations.map((o) => o.year);
	return years.length ? Math.max(...years) : null;
}

/**
 * Everything the app says about one area on one indicator, from that indicator's observations
 * for every area: the headline with its benchmarks, quartile band, the trend against England,
 * region and the neighbours' average, and every LA's latest figure. Pure: the same function
 * serves prerendering (figures from DuckDB in Node) and the browser.
 */
export function indicatorView(args: {
	indicator: IndicatorMeta;
	observations: readonly Obs[];
	geography: Geography;
	areaCode: string;
	fromYear?: number;
	/** The period to describe (the reader's choice); the latest published one if not given. */
	year?: number;
}): IndicatorView | null {
	const { indicator, observations, geography, areaCode } = args;
	const area = geography.areas.find((a) => a.code === areaCode);
	const year = args.year ?? latestYearOf(observations);
	if (!area || year === null) return null;
	const byKey = new Map(observations.map((o) => [`${o.area}|${o.year}`, o]));
	const get = (code: string | null, y: number) => (code ? byKey.get(`${code}|${y}`) : undefined);
	const figure = (o: Obs | undefined) => ({ value: o?.value ?? null, note: o?.note ?? null });
	const neighbours = geography.neighbours[areaCode] ?? [];
	// Every LA that existed in the period and was published, former ones included (Cumbria before 2023).
	const periodLas = lasOfPeriod(geography.areas, year);
	const latestLa = observations.filter((o) => o.year === year && periodLas.has(o.area));
	const own = get(areaCode, year);
	const before = previousPeriod(year, indicator.period_type);

	const headline = buildHeadline({
		polarity: indicator.polarity,
		periodType: indicator.period_type,
		year,
		latest: {
			...figure(own),
			numerator: own?.numerator ?? null,
			denominator: own?.denominator ?? null,
			caveat: own?.caveat ?? null
		},
		previous: get(areaCode, before) ? { year: before, ...figure(get(areaCode, before)) } : null,
		england: figure(get(ENGLAND, year)),
		region: area.region_code ? figure(get(area.region_code, year)) : null,
		neighbours: neighbours.map((code) => get(code, year)?.value ?? null),
		previousBenchmarks: {
			england: get(ENGLAND, before)?.value ?? null,
			region: get(area.region_code, before)?.value ?? null,
			neighbours: neighbours.map((code) => get(code, before)?.value ?? null)
		},
		allAreas: latestLa.map((o) => o.value),
		seriesStarts: area.series_starts
	});

	const yearBasis = periodBasis(indicator.id, year);
	if (yearBasis) headline.basis = yearBasis;

	const from = Math.max(args.fromYear ?? 0, area.series_starts ?? 0);
	const years = [...new Set(observations.map((o) => o.year))]
		.filter((y) => y >= from)
		.sort((a, b) => a - b);
	const region = geography.areas.find((a) => a.code === area.region_code);
	const trend: TrendPoint[] = years.flatMap((y) => {
		const points: TrendPoint[] = [];
		// What the period counts where it is not the measure itself ("statements or EHC plans").
		const basis = periodBasis(indicator.id, y);
		const push = (series: TrendPoint['series'], label: string, o: Obs | undefined) => {
			if (o)
				points.push({
					year: y,
					series,
					label,
					value: o.value,
					note: o.value === null ? o.note : null,
					count: null,
					...(o.caveat ? { caveat: o.caveat } : {}),
					...(basis ? { basis } : {})
				});
		};
		push('area', area.name, get(areaCode, y));
		push('england', 'England', get(ENGLAND, y));
		if (region) push('region', region.name, get(region.code, y));
		if (neighbours.length) {
			const average = neighbourAverage(neighbours.map((code) => get(code, y)?.value ?? null));
			points.push({
				year: y,
				series: 'neighbours',
				label: 'Statistical neighbours (average)',
				value: average.mean,
				note: null,
				count: average.count
			});
		}
		return points;
	});

	const distribution = latestLa
		.filter((o): o is Obs & { value: number } => o.value !== null)
		.map(
			(o) =>
				({
					code: o.area,
					name: periodLas.get(o.area)!,
					value: o.value,
					role: o.area === areaCode ? 'area' : neighbours.includes(o.area) ? 'neighbour' : 'other',
					...(o.caveat ? { caveat: o.caveat } : {})
				}) satisfies DistributionPoint
		);

	return {
		year,
		headline,
		band: quartileBand(
			own?.value ?? null,
			latestLa.map((o) => o.value),
			indicator.polarity
		),
		trend,
		distribution,
		quartiles: quartileEdges(latestLa.map((o) => o.value))
	};
}
