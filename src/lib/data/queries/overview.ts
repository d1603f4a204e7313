import type { Area } from '../schemas';
import type { QueryRunner } from '../query-runner';
import { getArea, getNeighbours, type NeighbourArea } from './areas';
import { getHeadlineTile, type HeadlineTile } from './headline';
import { getInspectionOverview, type InspectionOverview } from './inspections';
import { getTrend, type TrendPoint } from './trend';

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
	tiles: HeadlineTile[];
	inspection: InspectionOverview;
	trends: { tile: HeadlineTile; points: TrendPoint[] }[];
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
	return {
		area,
		neighbours: await getNeighbours(run, code),
		tiles,
		inspection: await getInspectionOverview(run, code),
		trends
	};
}
