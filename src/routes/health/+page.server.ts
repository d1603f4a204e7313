import {
	getHealthSeries,
	getLatestHealthContext,
	latestObservationYear,
	listHealthMeasures
} from '$lib/data/queries/health';
import { sharedNodeRunner } from '$lib/server/node-engine';

/** The percentage measures, drawn for England by service or age group. */
const CHARTED = [
	{ dataset: 'community_health_waits', measure: 'pct_waiting_over_18_weeks' },
	{ dataset: 'autism_referral_waits', measure: 'pct_first_appointment_after_13_weeks' }
];

export async function load() {
	const run = await sharedNodeRunner();
	const measures = await listHealthMeasures(run);
	const charts = await Promise.all(
		CHARTED.map(async (c) => {
			const breakdowns =
				measures.find((m) => m.dataset === c.dataset && m.measure === c.measure)?.breakdowns ?? [];
			const series = await Promise.all(
				breakdowns.map(async (breakdown) => ({
					breakdown,
					points: await getHealthSeries(run, { ...c, breakdown, geographyLevel: 'England' })
				}))
			);
			return { ...c, series };
		})
	);
	return {
		context: await getLatestHealthContext(run),
		charts,
		measures,
		latestYearElsewhere: await latestObservationYear(run)
	};
}
