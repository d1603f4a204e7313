import { indicatorView } from '../../domain/indicator-view';
import { sendProfile, type ProfileFact, type ProfileSection } from '../../domain/profile';
import type { QueryRunner } from '../query-runner';
import { getGeography } from './indicator-data';
import { listIndicators } from './indicators';
import { getInspectionOverview } from './inspections';
import { observationsOf } from './library';

/**
 * What the SEND profile covers, in the order a JSNA chapter reads: size and growth, where
 * children are taught, their needs, requests and assessments, timeliness, disagreement,
 * outcomes and destinations. A measure the data does not hold is simply left out.
 */
export const PROFILE_PLAN = [
	{
		id: 'size',
		heading: 'Size and growth of the EHC plan population',
		measures: [{ id: 'ehc_plans_in_force', lead: 'EHC plans in force' }, { id: 'new_ehc_plans' }]
	},
	{
		id: 'requests',
		heading: 'Requests and assessments',
		measures: [{ id: 'requests_received' }, { id: 'requests_refused_pct' }, { id: 'assessed_plan_not_issued' }]
	},
	{
		id: 'timeliness',
		heading: 'Timeliness',
		measures: [{ id: 'pct_within_20wk_excl_exceptions' }, { id: 'pct_within_20wk_incl_exceptions' }]
	},
	{
		id: 'disagreement',
		heading: 'Disagreement and appeals',
		measures: [{ id: 'tribunal_appeal_rate' }]
	}
];

export type Profile = { sections: ProfileSection[] };

export async function getProfile(run: QueryRunner, area: { code: string; name: string }): Promise<Profile> {
	const geography = await getGeography(run);
	const indicators = new Map((await listIndicators(run)).map((i) => [i.id, i]));
	const facts: Record<string, ProfileFact> = {};
	for (const id of PROFILE_PLAN.flatMap((s) => s.measures.map((m) => m.id))) {
		const indicator = indicators.get(id);
		if (!indicator) continue;
		const view = indicatorView({ indicator, observations: await observationsOf(run, id), geography, areaCode: area.code });
		if (view) facts[id] = { indicator, view };
	}
	const { summary } = await getInspectionOverview(run, area.code);
	return { sections: sendProfile({ area: area.name, facts, inspection: summary, plan: PROFILE_PLAN }) };
}
