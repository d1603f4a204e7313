import type { Area, Indicator } from '../schemas';
import type { QueryRunner } from '../query-runner';
import { getArea, getNeighbours, type NeighbourArea } from './areas';
import type { HeadlineTile } from '../../domain/headline';
import { latestYearOf } from '../../domain/indicator-view';
import { areaPeriods, type PeriodFigure } from '../../domain/measure-periods';
import type { InspectionOverview } from '../../domain/inspection-summary';
import type { TrendPoint } from '../../domain/trend-table';
import { getHeadlineTile } from './headline';
import { getIndicatorObservations } from './indicator-data';
import { getInspectionOverview } from './inspections';
import { getTrend } from './trend';

/** The headline measures of the area overview, in the order a board reads them. */
export const OVERVIEW_INDICATORS = [
	'ehc_plans_in_force',
	'new_ehc_plans',
	'requests_received',
	'requests_refused_pct',
	'pct_within_20wk_incl_exceptions',
	'pct_within_20wk_excl_exceptions',
	'tribunal_appeal_rate'
] as const;

/** The trend charts of the overview: 20-week timeliness since 2014, and plans in force. */
export const OVERVIEW_TRENDS = [
	{ indicatorId: 'pct_within_20wk_incl_exceptions' },
	{ indicatorId: 'ehc_plans_in_force' }
] as const;

export type AreaOverview = {
	area: Area;
	neighbours: NeighbourArea[];
	tiles: HeadlineTile<Indicator>[];
	inspection: InspectionOverview;
	trends: { tile: HeadlineTile<Indicator>; points: TrendPoint[] }[];
	/** Each headline measure's figure for the area in every published period, newest first. */
	periods: Record<string, PeriodFigure[]>;
};

export async function getAreaOverview(
	run: QueryRunner,
	code: string
): Promise<AreaOverview | null> {
	const area = await getArea(run, code);
	if (!area || area.level !== 'la') return null;
	const tiles = await Promise.all(
		OVERVIEW_INDICATORS.map((indicatorId) => getHeadlineTile(run, { areaCode: code, indicatorId }))
	);
	const trends = await Promise.all(
		OVERVIEW_TRENDS.map(async ({ indicatorId }) => ({
			tile: tiles.find((t) => t.indicator.id === indicatorId)!,
			points: await getTrend(run, { areaCode: code, indicatorId })
		}))
	);
	const periods = Object.fromEntries(
		await Promise.all(
			OVERVIEW_INDICATORS.map(async (id) => {
				const observations = await getIndicatorObservations(run, id);
				const figures = areaPeriods(
					observations,
					code,
					area.series_starts,
					latestYearOf(observations)
				);
				return [id, figures] as const;
			})
		)
	);
	return {
		area,
		neighbours: await getNeighbours(run, code),
		periods,
		tiles,
		inspection: await getInspectionOverview(run, code),
		trends
	};
}
