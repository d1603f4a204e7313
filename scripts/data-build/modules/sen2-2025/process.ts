import { release2025, COMPUTED, type FileSpec, type Sen2Indicator } from './shared';
import type { IndicatorText } from './shared';

/**
 * The EHC process in each calendar year: requests, assessments, ceased plans and annual reviews.
 * The share of annual reviews due that had a meeting is not here: DfE publishes it as a
 * percentage in LAIT (SEN_PEC_AN_REVIEW_MEET_REC), which the LAIT module carries.
 */

export const REQUESTS: FileSpec = {
	source: release2025('sen2_2025_requests.csv', 'requests.csv'),
	all: 'All requests for EHC needs assessments',
	period: 'calendar'
};

export const ASSESSMENTS: FileSpec = {
	source: release2025('sen2_2025_assessments.csv', 'assessments.csv'),
	all: 'All EHC needs assessments',
	period: 'calendar'
};

export const CEASED: FileSpec = {
	source: release2025('sen2_2025_ceased_plans.csv', 'ceased_plans.csv'),
	all: 'All ceased EHC plans',
	period: 'calendar'
};

export const REVIEWS: FileSpec = {
	source: release2025('sen2_2025_annual_reviews.csv', 'annual_reviews.csv'),
	all: 'All annual reviews',
	period: 'calendar'
};

const COUNT_CAVEAT = 'A count, not a rate: compare areas of different sizes with care.';

const text = (
	t: Pick<IndicatorText, 'id' | 'title' | 'short_title' | 'definition' | 'unit' | 'caveats'> &
		Partial<Pick<IndicatorText, 'polarity'>>
): IndicatorText => ({
	unit_label: null,
	polarity: 'none',
	period_type: 'calendar_year',
	theme: 'timeliness_and_process',
	...t
});

export const PROCESS_INDICATORS: Sen2Indicator[] = [
	{
		text: text({
			id: 'requests_agreed_to_assess_pct',
			title: 'Requests for an EHC needs assessment the council agreed to (%)',
			short_title: '% of requests agreed',
			definition:
				'Of the first requests for an EHC needs assessment received during the calendar year, the percentage where the local authority decided to carry out the assessment. Neither higher nor lower is better in itself.',
			unit: 'percent',
			caveats:
				'Not published for 2019–2022. Requests withdrawn or still waiting for a decision when the figures were collected count in the total, so this and the percentage refused need not add up to 100.'
		}),
		file: REQUESTS,
		measure: {
			kind: 'percent',
			column: 'request_assess_pc',
			numerator: 'requests_decided_to_assess',
			denominator: 'requests_received_in_year'
		}
	},
	{
		text: text({
			id: 'requests_decided_within_6wk_pct',
			title: 'Decisions on requests for an EHC needs assessment made within 6 weeks (%)',
			short_title: 'Request decisions within 6 weeks',
			definition:
				'The percentage of decisions on whether to carry out an EHC needs assessment that the local authority made within the legal time limit of 6 weeks from the request. Higher is better.',
			unit: 'percent',
			polarity: 'high',
			caveats:
				'Not published for 2019–2022. DfE also publishes the number of decisions made within and after 6 weeks, but in some areas its percentages are not those two counts’ shares (for 2023 and 2024 some areas’ two percentages do not add up to 100), so the counts are not shown beside the figure.'
		}),
		file: REQUESTS,
		measure: { kind: 'percent', column: 'request_outcome_six_weeks_pc' }
	},
	{
		text: text({
			id: 'requests_mediation_count',
			title: 'Requests for an EHC needs assessment that went to mediation',
			short_title: 'Mediation on requests',
			definition:
				'The number of first requests for an EHC needs assessment received in the year where the decision on whether to assess was taken to mediation: an independent, informal way for families and the council to settle a disagreement before an appeal.',
			unit: 'count',
			caveats: `Not published for 2019–2022. ${COUNT_CAVEAT}`
		}),
		file: REQUESTS,
		measure: { kind: 'count', column: 'mediation_related_request' }
	},
	{
		text: text({
			id: 'requests_tribunal_count',
			title: 'Requests for an EHC needs assessment appealed to the SEND Tribunal',
			short_title: 'Tribunal appeals on requests',
			definition:
				'The number of first requests for an EHC needs assessment received in the year where the decision on whether to assess was appealed to the SEND Tribunal.',
			unit: 'count',
			caveats: `Not published for 2019–2022. ${COUNT_CAVEAT} The SEND Tribunal appeal rate covers appeals against all kinds of decision.`
		}),
		file: REQUESTS,
		measure: { kind: 'count', column: 'tribunal_related_request' }
	},
	{
		text: text({
			id: 'assessments_plan_issued_pct',
			title: 'EHC needs assessments that led to a plan (%)',
			short_title: 'Assessments leading to a plan',
			definition:
				'Of the EHC needs assessments completed during the calendar year, the percentage where the local authority decided to issue an EHC plan.',
			unit: 'percent',
			caveats:
				'Not published for 2019–2021. The 2022 release measured this differently for 2014–2021 (plans issued ÷ plans issued plus decisions not to issue, leaving out withdrawn assessments), with no year published both ways, so the earlier figures are not joined on.'
		}),
		file: ASSESSMENTS,
		measure: {
			kind: 'percent',
			column: 'assess_issued_pc',
			numerator: 'assess_issued',
			denominator: 'assess_in_year'
		}
	},
	{
		text: text({
			id: 'assessments_no_plan_within_16wk_pct',
			title: 'Decisions not to issue an EHC plan made within 16 weeks (%)',
			short_title: 'No-plan decisions within 16 weeks',
			definition:
				'Where the local authority assessed a child or young person and decided not to issue an EHC plan, the percentage of those decisions made within the legal time limit of 16 weeks from the request. Higher is better.',
			unit: 'percent',
			polarity: 'high',
			caveats:
				'Not published for 2019–2022, nor where the council made no such decision in the year (x). Often based on few decisions: a handful of cases can move the figure a long way.'
		}),
		file: ASSESSMENTS,
		measure: {
			kind: 'percent',
			column: 'outcome_decision_within_time_pc',
			numerator: 'outcome_decision_within_time',
			denominator: ['outcome_decision_within_time', 'outcome_decision_over_time']
		}
	},
	{
		text: text({
			id: 'ehcp_ceased_count',
			title: 'EHC plans that ended (ceased) during the year',
			short_title: 'Plans ceased',
			definition:
				'The number of EHC plans the local authority stopped maintaining during the calendar year, for any reason: for example the young person moved on to higher education or a job, moved to another area, reached the upper age limit, no longer wished to engage in education or training, or no longer needed the plan.',
			unit: 'count',
			caveats: `Published from 2022. Until 2021 DfE counted ceased plans only for children of compulsory school age, so the 2022 release’s figures are not comparable and are not joined on. ${COUNT_CAVEAT}`
		}),
		file: CEASED,
		measure: { kind: 'count', column: 'total_ceased' }
	},
	{
		text: text({
			id: 'ehcp_ceased_needs_met_pct',
			title: 'EHC plans that ended because the needs were being met without a plan (%)',
			short_title: 'Ceased: needs met',
			definition:
				'Of the EHC plans that ended during the calendar year, the percentage that ended because the child or young person’s special educational needs were being met without an EHC plan.',
			unit: 'percent',
			caveats: `DfE publishes the counts but not this percentage: it is the ${COMPUTED} (plans ceased because needs were met ÷ all plans ceased × 100, to one decimal place). Published from 2022; until 2021 DfE counted ceased plans only for children of compulsory school age.`
		}),
		file: CEASED,
		measure: { kind: 'computed', numerator: 'needs_met', denominator: 'total_ceased' }
	},
	{
		text: text({
			id: 'annual_review_decisions_within_4wk_pct',
			title: 'Annual review decisions sent within 4 weeks of the review meeting (%)',
			short_title: 'Review decisions within 4 weeks',
			definition:
				'After an annual review meeting the local authority must tell the family within 4 weeks whether it will keep, change or end the EHC plan. Of the review decisions made, the percentage sent within those 4 weeks. Higher is better.',
			unit: 'percent',
			polarity: 'high',
			caveats: 'First published for 2024 (2025 release).'
		}),
		file: REVIEWS,
		measure: {
			kind: 'percent',
			column: 'pc_decsion_4weeks',
			numerator: 'number_decsion_4weeks',
			denominator: ['number_decsion_4weeks', 'number_decision_gt_4weeks']
		}
	}
];
