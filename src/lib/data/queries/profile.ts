import { indicatorView } from '../../domain/indicator-view';
import {
	sendProfile,
	type ProfileFact,
	type ProfilePlan,
	type ProfileSection
} from '../../domain/profile';
import type { QueryRunner } from '../query-runner';
import { getGeography, getIndicatorObservations } from './indicator-data';
import { listIndicators } from './indicators';
import { getInspectionOverview } from './inspections';

/**
 * What the SEND profile covers, in the order a JSNA chapter reads: size and growth, where
 * children are taught, their needs, requests and assessments, timeliness, disagreement,
 * outcomes and destinations. A measure the data does not hold is simply left out.
 */
const NEEDS = [
	'autism',
	'slcn',
	'semh',
	'spld',
	'mld',
	'sld',
	'pmld',
	'physical',
	'hearing',
	'vision',
	'multi_sensory',
	'other'
];

export const PROFILE_PLAN: ProfilePlan = [
	{
		id: 'size',
		heading: 'How many children have SEND, and how fast that is growing',
		measures: [
			{ id: 'ehc_plans_in_force', lead: 'EHC plans in force' },
			{ id: 'new_ehc_plans' },
			{ id: 'lait_sen_tot_stat', lead: 'Pupils with an EHC plan (all schools)' },
			{ id: 'lait_sen_tot_sen_su_p', lead: 'Pupils on SEN support (all schools)' }
		]
	},
	{
		id: 'placement',
		heading: 'Where children with EHC plans are educated',
		measures: [
			{ id: 'ehcp_mainstream_pct' },
			{ id: 'ehcp_special_pct' },
			{ id: 'ehcp_independent_special_pct' }
		]
	},
	{
		id: 'needs',
		heading: 'Primary needs',
		measures: [],
		ranked: NEEDS.map((n) => `ehcp_need_${n}_pct`)
	},
	{
		id: 'requests',
		heading: 'Requests and assessments',
		measures: [
			{ id: 'requests_received' },
			{ id: 'requests_refused_pct' },
			{ id: 'requests_decided_within_6wk_pct' },
			{ id: 'assessments_plan_issued_pct' }
		]
	},
	{
		id: 'timeliness',
		heading: 'Timeliness',
		measures: [
			{ id: 'pct_within_20wk_excl_exceptions' },
			{ id: 'pct_within_20wk_incl_exceptions' },
			{ id: 'annual_review_decisions_within_4wk_pct' }
		]
	},
	{
		id: 'disagreement',
		heading: 'Disagreement and appeals',
		measures: [{ id: 'tribunal_appeal_rate' }]
	},
	{
		id: 'outcomes',
		heading: 'Education outcomes',
		measures: [
			{ id: 'lait_new_ks2_rwm_sen_withsta' },
			{ id: 'ks2_rwm_sen_gap' },
			{ id: 'lait_sen_stat_avg_attain8_score' },
			{ id: 'ks4_p8_sen_gap' },
			{ id: 'lait_spec_per_ab_new' }
		]
	},
	{
		id: 'adulthood',
		heading: 'Preparing for adulthood',
		measures: [
			{ id: 'ks4_dest_overall_ehcp' },
			{ id: 'dest_16_18_overall_sen' },
			{ id: 'lait_16_17_yrold_sen_et' },
			{ id: 'lait_age19_sen_s_l3' }
		]
	}
];

export type Profile = { sections: ProfileSection[] };

export async function getProfile(
	run: QueryRunner,
	area: { code: string; name: string }
): Promise<Profile> {
	const geography = await getGeography(run);
	const indicators = new Map((await listIndicators(run)).map((i) => [i.id, i]));
	const facts: Record<string, ProfileFact> = {};
	for (const id of PROFILE_PLAN.flatMap((s) => [
		...s.measures.map((m) => m.id),
		...(s.ranked ?? [])
	])) {
		const indicator = indicators.get(id);
		if (!indicator) continue;
		const view = indicatorView({
			indicator,
			observations: await getIndicatorObservations(run, id),
			geography,
			areaCode: area.code
		});
		if (view) facts[id] = { indicator, view };
	}
	const { summary } = await getInspectionOverview(run, area.code);
	return {
		sections: sendProfile({ area: area.name, facts, inspection: summary, plan: PROFILE_PLAN })
	};
}
