import { indicatorView } from '../../domain/indicator-view';
import type { TrendPoint } from '../../domain/trend-table';
import { getIndicator } from './indicators';
import { getGeography, getIndicatorObservations } from './indicator-data';
import type { QueryRunner } from '../query-runner';

// The chart's shapes are domain types; re-exported for the callers that query trends.
export type { TrendPoint, TrendSeries } from '../../domain/trend-table';

/**
 * Where a measure's chart starts by default: EHC plans in force from January 2019, once the
 * transfer of statements to EHC plans (to March 2018) was over, so growth is not inflated by it.
 */
export const TREND_STARTS: Record<string, number> = { ehc_plans_in_force: 2019 };

/**
 * The area's series against England, its region and its statistical neighbours' average
 * (the mean of the neighbours with a value that year). Years before a reorganised area's
 * series starts are left out rather than joined to the area it replaced.
 */
export async function getTrend(
	run: QueryRunner,
	args: { areaCode: string; indicatorId: string; fromYear?: number }
): Promise<TrendPoint[]> {
	const view = indicatorView({
		indicator: await getIndicator(run, args.indicatorId),
		observations: await getIndicatorObservations(run, args.indicatorId),
		geography: await getGeography(run),
		areaCode: args.areaCode,
		fromYear: args.fromYear ?? TREND_STARTS[args.indicatorId]
	});
	return view?.trend ?? [];
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
	return rows.map((r) => ({
		year: r.year as number,
		series: 'compare',
		label: r.name as string,
		value: r.value as number | null,
		note: r.value_note as string | null,
		count: null
	}));
}
