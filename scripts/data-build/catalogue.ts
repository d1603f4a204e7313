import type { Indicator } from '../../src/lib/data/schemas';
import { OGL, SOURCES, type SourceFile } from './sources';

const PART_YEAR_2014 =
	'EHC plans began in September 2014, so the 2014 figures cover a few months and very few plans.';

type Entry = Omit<Indicator, 'publisher' | 'publication' | 'source_url' | 'licence'> & {
	from: SourceFile;
};

/**
 * The indicator catalogue: one row per measure, in plain English. Polarity follows the
 * DfE LAIT data dictionary (High / Low / none); measures LAIT gives no polarity are context.
 */
const ENTRIES: Entry[] = [
	{
		id: 'ehc_plans_in_force',
		title: 'Education, health and care (EHC) plans in force in January',
		short_title: 'EHC plans in force',
		definition:
			'The number of children and young people (aged 0–25) the local authority maintains an EHC plan for, counted in January each year. An EHC plan is the legal document that sets out a child’s special educational needs and the support they must get.',
		unit: 'count',
		polarity: 'none',
		period_type: 'january_snapshot',
		theme: 'identification_of_need',
		unit_label: null,
		caveats:
			'EHC plans replaced statements of SEN from September 2014 and statements were transferred to EHC plans until March 2018, so for January 2015 to January 2018 this is DfE’s count of statements or EHC plans (the two together); from January 2019 it is EHC plans alone.',
		from: SOURCES.keyMetrics
	},
	{
		id: 'statements_in_force',
		title: 'Statements of SEN in force in January',
		short_title: 'Statements in force',
		definition:
			'The number of statements of special educational needs maintained in January, before and during the transfer to EHC plans (2010–2018).',
		unit: 'count',
		polarity: 'none',
		period_type: 'january_snapshot',
		theme: 'identification_of_need',
		unit_label: null,
		caveats: null,
		from: SOURCES.keyMetrics
	},
	{
		id: 'statements_or_ehc_plans_in_force',
		title: 'Statements of SEN or EHC plans in force in January',
		short_title: 'Statements or EHC plans',
		definition:
			'Statements of SEN and EHC plans together, counted in January (2010–2018): the whole caseload while statements were transferred to EHC plans.',
		unit: 'count',
		polarity: 'none',
		period_type: 'january_snapshot',
		theme: 'identification_of_need',
		unit_label: null,
		caveats: null,
		from: SOURCES.keyMetrics
	},
	{
		id: 'new_ehc_plans',
		title: 'New EHC plans made during the year',
		short_title: 'New EHC plans',
		definition:
			'The number of EHC plans made for the first time during the calendar year (not counting statements transferred to plans).',
		unit: 'count',
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats:
			'DfE’s 2025 release gives every Yorkshire and the Humber council the whole region’s total (6,078) as its 2022 figure; those 2022 figures are as published but cannot be right.',
		from: SOURCES.keyMetrics
	},
	{
		id: 'requests_received',
		title: 'Initial requests for an EHC needs assessment',
		short_title: 'Requests for assessment',
		definition:
			'The number of first requests for an education, health and care needs assessment the local authority received during the calendar year, from parents, young people or schools.',
		unit: 'count',
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats: null,
		from: SOURCES.keyMetrics
	},
	{
		id: 'requests_refused',
		title: 'Requests for an EHC needs assessment refused',
		short_title: 'Requests refused',
		definition:
			'The number of initial requests for an EHC needs assessment where the local authority decided not to assess.',
		unit: 'count',
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats: null,
		from: SOURCES.keyMetrics
	},
	{
		id: 'requests_refused_pct',
		title: 'Requests for an EHC needs assessment refused (%)',
		short_title: '% of requests refused',
		definition:
			'Requests where the local authority decided not to assess, as a percentage of initial requests received in the year. Neither higher nor lower is better in itself: it depends on whether the right children are being assessed.',
		unit: 'percent',
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats:
			'For 2019–2022 DfE did not publish this percentage; it is refused ÷ received × 100 from the published counts, the definition DfE used before 2019.',
		from: SOURCES.keyMetrics
	},
	{
		id: 'assessed_plan_not_issued',
		title: 'Assessments completed where no EHC plan was issued',
		short_title: 'Assessed, no plan issued',
		definition:
			'The number of EHC needs assessments completed in the year where the local authority decided not to issue a plan.',
		unit: 'count',
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats: null,
		from: SOURCES.keyMetrics
	},
	{
		id: 'pct_within_20wk_incl_exceptions',
		title: 'New EHC plans issued within 20 weeks (including exceptions)',
		short_title: 'Plans within 20 weeks (including exceptions)',
		definition:
			'Of the new EHC plans issued in the year, the percentage issued within the legal time limit of 20 weeks from the request, counting every plan, including those where the law allows an exception (for example, school holidays or exceptional family circumstances).',
		unit: 'percent',
		polarity: 'high',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats: PART_YEAR_2014,
		from: SOURCES.timeliness
	},
	{
		id: 'pct_within_20wk_excl_exceptions',
		title: 'New EHC plans issued within 20 weeks (excluding exceptions)',
		short_title: 'Plans within 20 weeks (excluding exceptions)',
		definition:
			'The percentage of new EHC plans issued within 20 weeks, leaving out the plans where the law allows an exception to the time limit. Where no plan had an exception the two timeliness figures are the same. This is the measure DfE uses in its SEND and alternative provision (AP) dashboard.',
		unit: 'percent',
		polarity: 'high',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats: PART_YEAR_2014,
		from: SOURCES.timeliness
	},
	{
		id: 'tribunal_appeal_rate',
		title: 'SEND Tribunal appeal rate',
		short_title: 'Tribunal appeal rate',
		definition:
			'Appeals registered with the SEND Tribunal against the local authority’s decisions, as a percentage of all decisions that could be appealed (refused assessments, assessments not leading to a plan, plans in force in January and plans ceased because needs were met). Lower is better: fewer families felt they had to appeal.',
		unit: 'percent',
		polarity: 'low',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		unit_label: null,
		caveats:
			'Published for England and each local authority only; Ministry of Justice does not publish a regional rate.',
		from: SOURCES.tribunal
	}
];

export const INDICATORS: Indicator[] = ENTRIES.map(({ from, ...entry }) => ({
	...entry,
	publisher: from.publisher,
	publication: from.publication,
	source_url: from.url,
	licence: OGL
}));
