import { neighbourAverage } from '../../domain/neighbour-average';
import type { QueryRunner } from '../query-runner';

/**
 * Where a measure's chart starts by default: EHC plans in force from January 2019, once the
 * transfer of statements to EHC plans (to March 2018) was over, so growth is not inflated by it.
 */
export const TREND_STARTS: Record<string, number> = { ehc_plans_in_force: 2019 };

export type TrendSeries = 'area' | 'region' | 'neighbours' | 'england' | 'compare';

/** One point of a trend chart: a year, which line, and its value (null where missing). */
export type TrendPoint = {
	year: number;
	series: TrendSeries;
	label: string;
	value: number | null;
	note: string | null;
	/** For the neighbour average: how many of the 10 neighbours had a value. */
	count: number | null;
};

/**
 * The area's series against England, its region and its statistical neighbours' average
 * (the mean of the neighbours with a value that year). Years before a reorganised area's
 * series starts are left out rather than joined to the area it replaced.
 */
export async function getTrend(
	run: QueryRunner,
	args: { areaCode: string; indicatorId: string; fromYear?: number }
): Promise<TrendPoint[]> {
	const [area] = await run(`SELECT name, region_code, region_name, series_starts FROM areas WHERE code = ?`, [args.areaCode]);
	if (!area) return [];
	const from = Math.max(
		args.fromYear ?? TREND_STARTS[args.indicatorId] ?? 0,
		(area.series_starts as number | null) ?? 0
	);
	const rows = await run(
		`SELECT o.year, o.area_code, o.value, o.value_note,
		        CASE WHEN o.area_code = ? THEN 'area'
		             WHEN o.area_code = 'E92000001' THEN 'england'
		             WHEN o.area_code = ? THEN 'region'
		             ELSE 'neighbours' END AS series
		 FROM observations o
		 WHERE o.indicator_id = ? AND o.year >= ?
		   AND (o.area_code IN (?, 'E92000001', ?) OR o.area_code IN (SELECT neighbour_code FROM neighbours WHERE area_code = ?))
		 ORDER BY o.year`,
		[args.areaCode, (area.region_code as string) ?? '', args.indicatorId, from, args.areaCode, (area.region_code as string) ?? '', args.areaCode]
	);
	const [{ n }] = await run(`SELECT count(*)::INTEGER AS n FROM neighbours WHERE area_code = ?`, [args.areaCode]);
	const years = [...new Set(rows.map((r) => r.year as number))].sort((a, b) => a - b);
	const labels: Record<Exclude<TrendSeries, 'compare'>, string> = {
		area: area.name as string,
		england: 'England',
		region: (area.region_name as string) ?? 'Region',
		neighbours: 'Statistical neighbours (average)'
	};
	const points: TrendPoint[] = [];
	for (const year of years) {
		const inYear = rows.filter((r) => r.year === year);
		for (const series of ['area', 'england', 'region'] as const) {
			const row = inYear.find((r) => r.series === series);
			if (row) points.push({ year, series, label: labels[series], value: row.value as number | null, note: row.value_note as string | null, count: null });
		}
		const values = inYear.filter((r) => r.series === 'neighbours').map((r) => r.value as number | null);
		const average = neighbourAverage([...values, ...Array(Math.max(0, (n as number) - values.length)).fill(null)]);
		points.push({ year, series: 'neighbours', label: labels.neighbours, value: average.mean, note: null, count: average.count });
	}
	return points;
}

/** Another area's series for the same measure, to add to a chart as a comparison line. */
export async function getComparisonSeries(
	run: QueryRunner,
	args: { areaCode: string; indicatorId: string; fromYear?: number }
): Promise<TrendPoint[]> {
	const rows = await run(
		`SELECT o.year, o.value, o.value_note, a.name FROM observations o JOIN areas a ON a.code = o.area_code
		 WHERE o.indicator_id = ? AND o.area_code = ? AND o.year >= ? AND o.year >= coalesce(a.series_starts, 0)
		 ORDER BY o.year`,
		[args.indicatorId, args.areaCode, args.fromYear ?? TREND_STARTS[args.indicatorId] ?? 0]
	);
	return rows.map((r) => ({ year: r.year as number, series: 'compare', label: r.name as string, value: r.value as number | null, note: r.value_note as string | null, count: null }));
}
