/** The themes the indicator library is organised by, in the order a board reads them. */
export const THEMES = {
	identification_of_need: {
		label: 'Identification of need',
		about:
			'How many children and young people have SEN, EHC plans or SEN support, and what their needs are.'
	},
	timeliness_and_process: {
		label: 'Timeliness and process',
		about:
			'Requests, assessments, new and ceased plans, 20-week timeliness, annual reviews and appeals.'
	},
	education_outcomes: {
		label: 'Education outcomes',
		about: 'Attainment and progress of pupils with SEN, attendance and exclusions.'
	},
	preparing_for_adulthood: {
		label: 'Preparing for adulthood',
		about: 'Where young people with SEN go after school: education, training, employment, NEET.'
	},
	inspection: {
		label: 'Inspection',
		about: 'Ofsted and CQC area SEND inspections.'
	},
	health_context: {
		label: 'Health context',
		about: 'NHS waiting times for children’s community health services and autism assessment.'
	}
} as const;

export type Theme = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as [Theme, ...Theme[]];
