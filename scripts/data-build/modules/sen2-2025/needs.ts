import { release2025, type FileSpec, type Sen2Indicator } from './shared';

/** Primary type of need: all EHC plans (January 2025) and new EHC plans (calendar year 2024). */

export const NEEDS_ALL_PLANS: FileSpec = {
	source: release2025('sen2_2025_sen_needs_all_plans.csv', 'sen_needs_all_plans.csv'),
	all: 'All EHC plans',
	period: 'january'
};

export const NEEDS_NEW_PLANS: FileSpec = {
	source: release2025('sen2_2025_sen_need_newplans.csv', 'sen_need_newplans.csv'),
	all: 'All EHC plans',
	period: 'calendar'
};

/** DfE's column stem, our id stem, the need in plain words and a short label. */
const NEEDS = [
	['asd', 'autism', 'autism (autistic spectrum disorder)', 'Autism'],
	['slcn', 'slcn', 'speech, language and communication needs', 'Speech, language and communication'],
	['semh', 'semh', 'social, emotional and mental health needs', 'Social, emotional and mental health'],
	['spld', 'spld', 'a specific learning difficulty (such as dyslexia)', 'Specific learning difficulty'],
	['mld', 'mld', 'a moderate learning difficulty', 'Moderate learning difficulty'],
	['sld', 'sld', 'a severe learning difficulty', 'Severe learning difficulty'],
	['pmld', 'pmld', 'a profound and multiple learning difficulty', 'Profound and multiple learning difficulty'],
	['pd', 'physical', 'a physical disability', 'Physical disability'],
	['hi', 'hearing', 'a hearing impairment', 'Hearing impairment'],
	['vi', 'vision', 'a vision impairment', 'Vision impairment'],
	['msi', 'multi_sensory', 'a multi-sensory impairment (such as deafblindness)', 'Multi-sensory impairment'],
	['oth', 'other', 'another difficulty or disability not listed separately', 'Other need'],
	['unknown', 'not_recorded', 'not recorded', 'Need not recorded']
] as const;

const SHARED_CAVEAT =
	'Each plan records one primary (main) need; many children have other needs too. The percentages are DfE’s own; the counts behind a percentage are shown only where they give that percentage (for Surrey in January 2025 the published severe and specific learning difficulty percentages do not match its counts).';

export const NEED_INDICATORS: Sen2Indicator[] = NEEDS.flatMap(([column, stem, words, label]) => {
	const count = column === 'unknown' ? 'number_need_unknown' : `number_${column}`;
	const isUnknown = column === 'unknown';
	const share = (who: string) =>
		isUnknown
			? `${who}, the percentage whose primary need was not recorded.`
			: `${who}, the percentage whose primary (main) special educational need is ${words}.`;
	return [
		{
			text: {
				id: `ehcp_need_${stem}_pct`,
				title: isUnknown
					? 'EHC plans with no primary need recorded (%)'
					: `EHC plans with ${label.toLowerCase()} as the primary need (%)`,
				short_title: `${label} (all plans)`,
				definition: share('Of all children and young people with an EHC plan in January'),
				unit: 'percent',
				unit_label: null,
				polarity: 'none',
				period_type: 'january_snapshot',
				theme: 'identification_of_need',
				caveats: `Published for January 2025 only (2025 release). ${SHARED_CAVEAT}`
			},
			file: NEEDS_ALL_PLANS,
			measure: { kind: 'percent', column: `${column}_pc`, numerator: count, denominator: 'ehc_plans' }
		},
		{
			text: {
				id: `new_ehcp_need_${stem}_pct`,
				title: isUnknown
					? 'New EHC plans with no primary need recorded (%)'
					: `New EHC plans with ${label.toLowerCase()} as the primary need (%)`,
				short_title: `${label} (new plans)`,
				definition: share('Of the EHC plans made for the first time during the calendar year'),
				unit: 'percent',
				unit_label: null,
				polarity: 'none',
				period_type: 'calendar_year',
				theme: 'identification_of_need',
				caveats: `Published for 2024 only (2025 release). DfE publishes Inner and Outer London instead of London for this table, so there is no London figure. Surrey’s figures are not available (x). The total DfE uses for these percentages (97,563 new plans in England) is slightly smaller than its count of new plans (97,747). ${SHARED_CAVEAT}`
			},
			file: NEEDS_NEW_PLANS,
			measure: { kind: 'percent', column: `${column}_pc`, numerator: count, denominator: 'ehc_plans' }
		}
	] satisfies Sen2Indicator[];
});
