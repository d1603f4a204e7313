/**
 * Provenance of every published file the product ships (copied into data/published/).
 * Publisher and publication come from the reference data README; all are Open Government
 * Licence v3.0.
 */
export const OGL = 'Open Government Licence v3.0';

export type SourceFile = { file: string; publisher: string; publication: string; url: string };

const SEN2_2025 = 'Education, health and care plans (SEN2), reporting year 2025';
const SEN2_URL =
	'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans';

export const SOURCES = {
	keyMetrics: {
		file: 'sen2_ehcp_key_metrics_long_2010_2025.csv',
		publisher: 'Department for Education',
		publication: `${SEN2_2025} and 2022 releases (harmonised long series)`,
		url: SEN2_URL
	},
	timeliness: {
		file: 'ehcp_timeliness_20wk_la_2014_2024.csv',
		publisher: 'Department for Education',
		publication: `${SEN2_2025} and 2022 releases (20-week timeliness, harmonised)`,
		url: SEN2_URL
	},
	tribunal: {
		file: 'send_tribunal_appeal_rate_la_2014_2024.csv',
		publisher: 'Ministry of Justice / HMCTS with the Department for Education',
		publication:
			'SEND Tribunals and appeal rate 2014–2024 (supporting file of the EHC plans 2025 release)',
		url: SEN2_URL
	},
	neighbours: {
		file: 'statistical_neighbours_2025.csv',
		publisher: 'Department for Education',
		publication: "Children's services statistical neighbour benchmarking tool (May 2025 groups)",
		url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait'
	},
	inspections2016: {
		file: 'ofsted_area_send_inspections_2016_2022.csv',
		publisher: 'Ofsted',
		publication: 'Area SEND inspection data 1 May 2016 to 31 August 2022 (official statistics)',
		url: 'https://www.gov.uk/government/statistical-data-sets/area-send-inspections-and-outcomes'
	},
	inspectionSummary: {
		file: 'ofsted_area_send_summary_dec2023.csv',
		publisher: 'Department for Education (compiled from Ofsted/CQC reports)',
		publication: 'SEND and AP dashboard: latest area SEND inspection, to 11 December 2023',
		url: 'https://department-for-education.shinyapps.io/send-and-ap-dashboard/'
	},
	inspections2023: {
		file: 'ofsted_area_send_outcomes_2023_framework.csv',
		publisher: 'Ofsted/CQC area SEND inspection reports (summary scraped by Data to Insight)',
		publication:
			'Area SEND inspections under the 2023 framework, reports published May 2023 – Nov 2025',
		url: 'https://reports.ofsted.gov.uk/'
	}
} as const satisfies Record<string, SourceFile>;
