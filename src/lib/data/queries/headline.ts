import { buildHeadline, type Headline } from '../../domain/headline';
import type { Indicator } from '../schemas';
import type { QueryRunner } from '../query-runner';
import { getIndicator, latestYear } from './indicators';

export type HeadlineTile = { indicator: Indicator; headline: Headline };

type Figure = { value: number | null; note: string | null };
const figure = (row: Record<string, unknown> | undefined): Figure => ({
	value: (row?.value as number | null) ?? null,
	note: (row?.value_note as string | null) ?? null
});

/**
 * One headline tile for an area: latest figure and period, change since the previous
 * period, England, region and statistical-neighbour averages, and rank among LAs.
 */
export async function getHeadlineTile(run: QueryRunner, args: { areaCode: string; indicatorId: string }): Promise<HeadlineTile> {
	const indicator = await getIndicator(run, args.indicatorId);
	const year = await latestYear(run, args.indicatorId);
	const [area] = await run(`SELECT region_code, series_starts FROM areas WHERE code = ?`, [args.areaCode]);
	const rows = await run(
		`SELECT o.area_code, o.year, o.value, o.value_note, o.numerator, o.denominator,
		        (o.area_code = ?) AS is_area,
		        (o.area_code = 'E92000001') AS is_england,
		        (o.area_code = ?) AS is_region,
		        (o.area_code IN (SELECT neighbour_code FROM neighbours WHERE area_code = ?)) AS is_neighbour,
		        (a.level = 'la' AND a.status = 'current') AS is_la
		 FROM observations o JOIN areas a ON a.code = o.area_code
		 WHERE o.indicator_id = ? AND o.year IN (?, ?)`,
		[args.areaCode, (area?.region_code as string) ?? '', args.areaCode, args.indicatorId, year, year - 1]
	);
	const latest = rows.filter((r) => r.year === year);
	const own = latest.find((r) => r.is_area);
	const previous = rows.find((r) => r.is_area && r.year === year - 1);
	const neighbourCodes = (await run(`SELECT neighbour_code FROM neighbours WHERE area_code = ? ORDER BY rank`, [args.areaCode])).map((r) => r.neighbour_code);
	const regionRow = latest.find((r) => r.is_region);
	const before = rows.filter((r) => r.year === year - 1);
	const previousValue = (test: (r: (typeof rows)[number]) => boolean) =>
		(before.find(test)?.value as number | null | undefined) ?? null;
	return {
		indicator,
		headline: buildHeadline({
			polarity: indicator.polarity,
			periodType: indicator.period_type,
			year,
			latest: { ...figure(own), numerator: (own?.numerator as number) ?? null, denominator: (own?.denominator as number) ?? null },
			previous: previous ? { year: year - 1, ...figure(previous) } : null,
			england: figure(latest.find((r) => r.is_england)),
			region: area?.region_code ? (regionRow ? figure(regionRow) : { value: null, note: null }) : null,
			neighbours: neighbourCodes.map((code) => (latest.find((r) => r.area_code === code)?.value as number | null) ?? null),
			previousBenchmarks: {
				england: previousValue((r) => Boolean(r.is_england)),
				region: previousValue((r) => Boolean(r.is_region)),
				neighbours: neighbourCodes.map((code) => previousValue((r) => r.area_code === code))
			},
			allAreas: latest.filter((r) => r.is_la).map((r) => r.value as number | null),
			seriesStarts: (area?.series_starts as number | null) ?? null
		})
	};
}
