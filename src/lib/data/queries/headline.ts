import { indicatorView } from '../../domain/indicator-view';
import type { HeadlineTile } from '../../domain/headline';
import type { Indicator } from '../schemas';
import type { QueryRunner } from '../query-runner';
import { getIndicator } from './indicators';
import { getGeography, getIndicatorObservations } from './indicator-data';

/**
 * One headline tile for an area: latest figure and period, change since the previous
 * period, England, region and statistical-neighbour averages, and rank among LAs.
 */
export async function getHeadlineTile(
	run: QueryRunner,
	args: { areaCode: string; indicatorId: string }
): Promise<HeadlineTile<Indicator>> {
	const indicator = await getIndicator(run, args.indicatorId);
	const view = indicatorView({
		indicator,
		observations: await getIndicatorObservations(run, args.indicatorId),
		geography: await getGeography(run),
		areaCode: args.areaCode
	});
	if (!view) throw new Error(`No figures for ${args.indicatorId} in area ${args.areaCode}`);
	return { indicator, headline: view.headline };
}
