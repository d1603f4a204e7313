import type { SourceRow } from '../../csv-source';
import { reproduces, release2025, COMPUTED, type FileSpec, type Sen2Indicator } from './shared';

/** Where children and young people with an EHC plan are educated: all plans (January) and new plans (calendar year). */

export const CASELOAD: FileSpec = {
	source: release2025('sen2_2025_caseload.csv', 'caseload.csv'),
	all: 'All EHC plans',
	period: 'january'
};

export const NEW_PLANS: FileSpec = {
	source: release2025('sen2_2025_newplans.csv', 'newplans.csv'),
	all: 'New EHC plans',
	period: 'calendar'
};

const SETTING_CHANGE =
	'From January 2023 DfE records the actual school or setting of each child instead of counts by type of setting, so compare with earlier years with care.';

const CASELOAD_CAVEAT = `${SETTING_CHANGE} In January 2024 the placement figures for Hackney and Peterborough were not available and DfE’s England, London and East of England percentages leave out plans whose setting was not recorded, so for those three they are not simply the count divided by all plans (the counts are then not shown beside the figure).`;

const NEW_PLANS_CAVEAT =
	'From 2022 DfE collects a record for each child, and the setting itself rather than a count by type of setting, so compare with earlier years with care. For 2022 the 2025 release gives every Yorkshire and the Humber council the regional total (6,078) as its number of new plans; the percentages are DfE’s own and are right, but the counts are not shown beside them.';

const COUNT_CAVEAT = 'A count, not a rate: compare areas of different sizes with care.';

/** The denominator of DfE's placement percentages is all plans in this row (not so everywhere in January 2024). */
const percentagesUseAllPlans = (row: SourceRow) => {
	const mainstream = row.figure('mainstream_total').value;
	const percent = row.figure('mainstream_total_pc').value;
	const plans = row.figure('ehcplans').value;
	return (
		mainstream !== null &&
		percent !== null &&
		plans !== null &&
		reproduces(mainstream, plans, percent)
	);
};

const allPlans = (
	id: string,
	title: string,
	short_title: string,
	definition: string,
	column: string,
	numerator: string,
	theme: 'identification_of_need' | 'preparing_for_adulthood' = 'identification_of_need',
	extraCaveat = ''
): Sen2Indicator => ({
	text: {
		id,
		title,
		short_title,
		definition: `Of all children and young people with an EHC plan in January, ${definition}`,
		unit: 'percent',
		unit_label: null,
		polarity: 'none',
		period_type: 'january_snapshot',
		theme,
		caveats: `${extraCaveat}${CASELOAD_CAVEAT}`
	},
	file: CASELOAD,
	measure: { kind: 'percent', column, numerator, denominator: 'ehcplans' }
});

export const PLACEMENT_INDICATORS: Sen2Indicator[] = [
	allPlans(
		'ehcp_mainstream_pct',
		'Children and young people with an EHC plan in mainstream schools (%)',
		'In mainstream school',
		'the percentage attending a mainstream school: council-maintained schools, academies, free schools and independent mainstream schools, including their SEN units and resourced provision.',
		'mainstream_total_pc',
		'mainstream_total'
	),
	allPlans(
		'ehcp_special_pct',
		'Children and young people with an EHC plan in special schools (%)',
		'In special school',
		'the percentage attending a special school of any kind: council-maintained, academy and free special schools, non-maintained special schools and independent special schools.',
		'special_total_pc',
		'special_total'
	),
	{
		text: {
			id: 'ehcp_independent_special_pct',
			title: 'Children and young people with an EHC plan in independent special schools (%)',
			short_title: 'In independent special school',
			definition:
				'Of all children and young people with an EHC plan in January, the percentage attending an independent (privately run) special school. These are part of the special-school figure.',
			unit: 'percent',
			unit_label: null,
			polarity: 'none',
			period_type: 'january_snapshot',
			theme: 'identification_of_need',
			caveats: `DfE publishes the number of plans in independent special schools but not this percentage: it is the ${COMPUTED} (independent special school placements ÷ all EHC plans × 100, to one decimal place). It is not computed where DfE’s own placement percentages use a different total (England, London and East of England in January 2024). ${CASELOAD_CAVEAT}`
		},
		file: CASELOAD,
		measure: {
			kind: 'computed',
			numerator: 'special_independent',
			denominator: 'ehcplans',
			when: percentagesUseAllPlans,
			also: ['mainstream_total', 'mainstream_total_pc']
		}
	},
	allPlans(
		'ehcp_ap_pru_pct',
		'Children and young people with an EHC plan in alternative provision or a pupil referral unit (%)',
		'In alternative provision',
		'the percentage attending alternative provision: pupil referral units and alternative provision academies and free schools, which teach pupils who cannot attend a mainstream or special school.',
		'AP_PRU_total_pc',
		'ap_pru_total'
	),
	allPlans(
		'ehcp_further_education_pct',
		'Young people with an EHC plan in further education or other post-16 provision (%)',
		'In further education',
		'the percentage in further education: general FE and sixth-form colleges, specialist post-16 institutions and other registered post-16 providers. EHC plans can last to age 25, so this shows how many plans support young people after school.',
		'fe_total_pc',
		'fe_total',
		'preparing_for_adulthood',
		'Other registered post-16 providers (on the UK Register of Learning Providers) are counted from January 2023. '
	),
	{
		text: {
			id: 'ehcp_neet_count',
			title:
				'Young people with an EHC plan who are not in education, employment or training (NEET)',
			short_title: 'Not in education, employment or training',
			definition:
				'The number of young people with an EHC plan recorded in January as not in education, employment or training (NEET).',
			unit: 'count',
			unit_label: null,
			polarity: 'none',
			period_type: 'january_snapshot',
			theme: 'preparing_for_adulthood',
			caveats: `From January 2023 DfE also records three related groups separately (not in education or training: with a notice to cease the plan issued; of compulsory school age; of other ages), which are not in this count, so the series breaks in 2023. ${COUNT_CAVEAT}`
		},
		file: CASELOAD,
		measure: { kind: 'count', column: 'neet' }
	},
	{
		text: {
			id: 'ehcp_home_educated_count',
			title: 'Children and young people with an EHC plan who are home educated',
			short_title: 'Home educated',
			definition:
				'The number of children and young people with an EHC plan in January whose parents have chosen to educate them at home (elective home education).',
			unit: 'count',
			unit_label: null,
			polarity: 'none',
			period_type: 'january_snapshot',
			theme: 'identification_of_need',
			caveats: `Not published for January 2019. ${COUNT_CAVEAT} ${SETTING_CHANGE}`
		},
		file: CASELOAD,
		measure: { kind: 'count', column: 'elective_home_education' }
	},
	...(
		[
			['mainstream', 'mainstream school', 'mainstream_total'],
			['special', 'special school', 'special_total']
		] as const
	).map(([kind, setting, numerator]): Sen2Indicator => ({
		text: {
			id: `new_ehcp_${kind}_pct`,
			title: `New EHC plans: children and young people in a ${setting} (%)`,
			short_title: `New plans in ${setting}`,
			definition: `Of the EHC plans made for the first time during the calendar year, the percentage where the child or young person attends a ${setting}${kind === 'special' ? ' of any kind (including independent special schools)' : ' (including SEN units and resourced provision)'}.`,
			unit: 'percent',
			unit_label: null,
			polarity: 'none',
			period_type: 'calendar_year',
			theme: 'identification_of_need',
			caveats: NEW_PLANS_CAVEAT
		},
		file: NEW_PLANS,
		measure: {
			kind: 'percent',
			column: `${numerator}_pc`,
			numerator,
			denominator: 'new_ehc_plans'
		}
	}))
];
