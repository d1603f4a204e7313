import { indicatorView } from '../../domain/indicator-view';
import type { TrendPoint } from '../../domain/trend-table';
import { SERIES_RULES } from '../../domain/series-rules';
import { getIndicator } from './indicators';
import { getGeography, getIndicatorObservations } from './indicator-data';
import type { QueryRunner } from '../query-runner';

// The chart's shapes are domain types; re-exported for the callers that query trends.
export type { TrendPoint, TrendSeries } from '../../domain/trend-table';

/**
 * Where a measure's chart starts: the same first period on every page of the measure (the series
 * rules in domain/series-rules.ts; the build leaves out earlier periods, so this only repeats it).
 * EHC plans in force starts in January 2015, bridged across the transfer of statements to EHC
 * plans by DfE's count of statements or EHC plans.
 */
export const TREND_STARTS: Record<string, number> = Object.fromEntries(
	Object.entries(SERIES_RULES).map(([id, rule]) => [id, rule.from])
);

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
