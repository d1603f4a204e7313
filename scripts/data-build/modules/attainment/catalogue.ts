import type { Indicator } from '../../../../src/lib/data/schemas';
import { OGL, type SourceFile } from '../../sources';

/**
 * Attainment and destinations of pupils with SEN from the DfE files prepared for the SEND and
 * AP dashboard (reference data README, section 6). Where LAIT (modules/lait) already carries the
 * same published measure over more years, LAIT's is used and these files add only what LAIT
 * lacks: all pupils with SEN at KS2 (with counts), any SEN at KS4, the destination breakdowns,
 * 16–18 destinations, and the SEN gaps.
 */

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics';
const DASHBOARD = 'as prepared for DfE’s SEND and alternative provision dashboard';

export const KS2_FILE = 'ks2_rwm_by_sen_la_2019_2023.csv';
export const KS4_FILE = 'ks4_att8_p8_by_sen_la_2019_2023.csv';
export const KS4_DEST_FILE = 'ks4_destinations_by_sen_la_2019_2022.csv';
export const DEST_16_18_FILE = 'destinations_16_18_by_sen_la_2018_2022.csv';

export const ATTAINMENT_SOURCES = {
	ks2: {
		file: KS2_FILE,
		publisher: 'Department for Education',
		publication: `Key stage 2 attainment: local authority and pupil characteristics, 2018/19, 2021/22 and 2022/23 (${DASHBOARD})`,
		url: `${EES}/key-stage-2-attainment`
	},
	ks4: {
		file: KS4_FILE,
		publisher: 'Department for Education',
		publication: `Key stage 4 performance: local authority characteristics data, 2018/19 to 2022/23 (${DASHBOARD})`,
		url: `${EES}/key-stage-4-performance`
	},
	ks4Destinations: {
		file: KS4_DEST_FILE,
		publisher: 'Department for Education',
		publication: `Key stage 4 destination measures: local authority underlying data, destinations in 2018/19 to 2021/22 (${DASHBOARD})`,
		url: `${EES}/key-stage-4-destination-measures`
	},
	destinations1618: {
		file: DEST_16_18_FILE,
		publisher: 'Department for Education',
		publication: `16-18 destination measures: local authority underlying data, destinations in 2017/18 to 2021/22 (${DASHBOARD})`,
		url: `${EES}/16-18-destination-measures`
	}
} as const satisfies Record<string, SourceFile>;

type Entry = Omit<Indicator, 'publisher' | 'publication' | 'source_url' | 'licence'>;

function fromSource(source: SourceFile, entry: Entry, computedGap = false): Indicator {
	return {
		...entry,
		publisher: source.publisher,
		publication: computedGap
			? `${source.publication}; the gap is computed from two of its published figures`
			: source.publication,
		source_url: source.url,
		licence: OGL
	};
}

const gapCaveat = (sides: string, more: string) =>
	`Not a figure DfE publishes: it is one published figure minus another (${sides}) for the same area and year, worked out when the data is built, and only where both are published. ${more}`.trim();

// ---------------------------------------------------------------------------------------------
// Key stage 2 and key stage 4

const GCSE_YEARS =
	'GCSE grades in 2020 and 2021 were awarded by schools rather than by exams (COVID-19), so those years’ scores are higher and not comparable with other years.';

export const KS2_INDICATORS: Indicator[] = [
	fromSource(ATTAINMENT_SOURCES.ks2, {
		id: 'ks2_rwm_all_sen',
		title: 'Reading, writing and maths at the expected standard at age 11 (KS2): pupils with SEN',
		short_title: 'KS2 reading, writing & maths (all SEN)',
		definition:
			'The percentage of pupils with special educational needs (an EHC plan or SEN support) at the end of Key Stage 2 (Year 6, age 10–11) who met the expected standard in all three of reading, writing and maths, with the number who met it out of the number assessed.',
		unit: 'percent',
		unit_label: '% meeting the expected standard',
		polarity: 'high',
		period_type: 'academic_year',
		theme: 'education_outcomes',
		caveats:
			'DfE publishes the percentage rounded to a whole number. This file has 2018/19, 2021/22 and 2022/23 (no tests in 2020 and 2021). The figures for pupils with an EHC plan, on SEN support and with no SEN, over more years, are LAIT’s (the "KS2 reading, writing & maths" indicators).'
	}),
	fromSource(
		ATTAINMENT_SOURCES.ks2,
		{
			id: 'ks2_rwm_sen_gap',
			title: 'SEN gap in reading, writing and maths at age 11 (KS2)',
			short_title: 'KS2 SEN gap (reading, writing & maths)',
			definition:
				'The percentage of pupils with SEN who met the expected standard in reading, writing and maths at the end of Key Stage 2, minus the percentage of pupils with no SEN who met it, in percentage points. The gap is below zero; closer to zero is better.',
			unit: 'points',
			unit_label: 'percentage points (SEN minus no SEN)',
			polarity: 'high',
			period_type: 'academic_year',
			theme: 'education_outcomes',
			caveats: gapCaveat(
				'pupils with any SEN minus pupils with no SEN, from DfE’s key stage 2 file',
				'Both percentages are published rounded to whole numbers, so the gap can be a point away from the gap between the unrounded figures. LAIT’s no-SEN figure for 2022/23 differs from this file’s by 1–3 points for a few areas.'
			)
		},
		true
	)
];

export const KS4_INDICATORS: Indicator[] = [
	fromSource(ATTAINMENT_SOURCES.ks4, {
		id: 'ks4_att8_any_sen',
		title: 'Average Attainment 8 score at age 16 (KS4): pupils with SEN',
		short_title: 'Attainment 8 (all SEN)',
		definition:
			'The average Attainment 8 score of pupils with special educational needs (an EHC plan or SEN support) at the end of Key Stage 4 (Year 11, GCSEs): their grades in eight qualifications added together, with English and maths counted twice. The most a pupil can score is 90.',
		unit: 'score',
		unit_label: 'average Attainment 8 score per pupil',
		polarity: 'high',
		period_type: 'academic_year',
		theme: 'education_outcomes',
		caveats: `${GCSE_YEARS} LAIT gives the scores for pupils with an EHC plan, on SEN support and with no SEN (the "Attainment 8" indicators).`
	}),
	fromSource(ATTAINMENT_SOURCES.ks4, {
		id: 'ks4_p8_any_sen',
		title: 'Progress 8 score at age 16 (KS4): pupils with SEN',
		short_title: 'Progress 8 (all SEN)',
		definition:
			'The average Progress 8 score of pupils with special educational needs (an EHC plan or SEN support): how their GCSE results compare with those of pupils nationally who had similar results at the end of primary school. 0 is the national average; −1 means, on average, one grade lower in each of eight qualifications than similar pupils.',
		unit: 'score',
		unit_label: 'average Progress 8 score',
		polarity: 'high',
		period_type: 'academic_year',
		theme: 'education_outcomes',
		caveats:
			'Not published for 2019/20 and 2020/21 (no exams; ":" in the file). DfE also publishes a 95% confidence interval, not shown here: a small area’s score can move a long way by chance.'
	}),
	fromSource(
		ATTAINMENT_SOURCES.ks4,
		{
			id: 'ks4_att8_sen_gap',
			title: 'SEN gap in Attainment 8 at age 16 (KS4)',
			short_title: 'Attainment 8 SEN gap',
			definition:
				'The average Attainment 8 score of pupils with SEN minus that of pupils with no identified SEN, in points. The gap is below zero; closer to zero is better.',
			unit: 'score',
			unit_label: 'Attainment 8 points (SEN minus no SEN)',
			polarity: 'high',
			period_type: 'academic_year',
			theme: 'education_outcomes',
			caveats: gapCaveat(
				'pupils with any SEN minus pupils with no identified SEN, from DfE’s key stage 4 file',
				GCSE_YEARS
			)
		},
		true
	),
	fromSource(
		ATTAINMENT_SOURCES.ks4,
		{
			id: 'ks4_p8_sen_gap',
			title: 'SEN gap in Progress 8 at age 16 (KS4)',
			short_title: 'Progress 8 SEN gap',
			definition:
				'The average Progress 8 score of pupils with SEN minus that of pupils with no identified SEN. The gap is below zero; closer to zero is better.',
			unit: 'score',
			unit_label: 'Progress 8 points (SEN minus no SEN)',
			polarity: 'high',
			period_type: 'academic_year',
			theme: 'education_outcomes',
			caveats: gapCaveat(
				'pupils with any SEN minus pupils with no identified SEN, from DfE’s key stage 4 file',
				'Not available for 2019/20 and 2020/21, when Progress 8 was not published.'
			)
		},
		true
	)
];

// ---------------------------------------------------------------------------------------------
// Destinations

type Measure = {
	id: string;
	title: string;
	short: string;
	what: string;
	polarity: Indicator['polarity'];
};

const SUSTAINED = 'for at least two terms';
const DEST_MEASURES: Record<string, Measure> = {
	overall: {
		id: 'overall',
		title: 'Sustained education, apprenticeship or job',
		short: 'sustained destination',
		what: `were in education, an apprenticeship or employment ${SUSTAINED}`,
		polarity: 'high'
	},
	he: {
		id: 'he',
		title: 'Higher education',
		short: 'higher education',
		what: `were in higher education ${SUSTAINED}`,
		polarity: 'none'
	},
	fe: {
		id: 'fe',
		title: 'Further education college',
		short: 'FE college',
		what: `were at a further education college ${SUSTAINED}`,
		polarity: 'none'
	},
	appren: {
		id: 'apprenticeship',
		title: 'Apprenticeship',
		short: 'apprenticeship',
		what: `were on an apprenticeship ${SUSTAINED}`,
		polarity: 'none'
	},
	all_work: {
		id: 'employment',
		title: 'Employment',
		short: 'employment',
		what: `were in employment ${SUSTAINED}`,
		polarity: 'none'
	},
	all_notsust: {
		id: 'not_sustained',
		title: 'No sustained destination',
		short: 'not sustained',
		what: 'appear in the education, employment or benefit records but had no sustained destination (none lasting two terms)',
		polarity: 'low'
	},
	all_unknown: {
		id: 'unknown',
		title: 'Destination not known',
		short: 'not known',
		what: 'could not be found in any of the records used (for example because they moved abroad or studied in Scotland or Wales)',
		polarity: 'low'
	}
};

type Cohort = { id: string; who: string; short: string };

/** A destination indicator's id, e.g. ks4_dest_overall_ehcp or dest_16_18_he_sen. */
export const destinationId = (prefix: string, measure: string, cohort: string) =>
	`${prefix}_${DEST_MEASURES[measure].id}_${cohort}`;

function destination(
	source: SourceFile,
	prefix: string,
	stage: { title: string; finished: string; caveats: string },
	measure: string,
	cohort: Cohort
): Indicator {
	const m = DEST_MEASURES[measure];
	return fromSource(source, {
		id: destinationId(prefix, measure, cohort.id),
		title: `${m.title} after ${stage.title}: ${cohort.who}`,
		short_title: `After ${stage.title}: ${m.short} (${cohort.short})`,
		definition: `Of ${cohort.who} who ${stage.finished}, the percentage who, in the following school year, ${m.what}.`,
		unit: 'percent',
		unit_label: '% of the leavers in the group',
		polarity: m.polarity,
		period_type: 'academic_year',
		theme: 'preparing_for_adulthood',
		caveats: stage.caveats
	});
}

function destinationGap(
	source: SourceFile,
	stage: { title: string; caveats: string },
	id: string,
	sides: { sen: string; none: string; short: string; label: string }
): Indicator {
	return fromSource(
		source,
		{
			id,
			title: `Gap in sustained destinations after ${stage.title}: ${sides.sen} compared with ${sides.none}`,
			short_title: `After ${stage.title}: ${sides.short} gap`,
			definition: `The percentage of ${sides.sen} in a sustained education, apprenticeship or employment destination after ${stage.title}, minus the percentage of ${sides.none}, in percentage points. The gap is usually below zero; closer to zero (or above it) is better.`,
			unit: 'points',
			unit_label: `percentage points (${sides.label})`,
			polarity: 'high',
			period_type: 'academic_year',
			theme: 'preparing_for_adulthood',
			caveats: gapCaveat(`${sides.sen} minus ${sides.none}`, stage.caveats)
		},
		true
	);
}

const KS4_STAGE = {
	title: 'Year 11',
	finished:
		'finished Key Stage 4 (Year 11) at state-funded mainstream or special schools in the area',
	caveats:
		'The year shown is the school year of the destination: 2022 means 2021/22, for pupils who finished Year 11 in summer 2021. The 2021/22 figures are provisional. This file has regional and local authority figures but no England figure. LAIT’s similar "Year 11 leavers staying on" series counts a slightly different set of pupils and is labelled by the year the pupils left: do not mix the two.'
};

/** KS4 destinations: (file characteristic, cohort, measures kept). */
export const KS4_COHORTS: [string, Cohort, string[]][] = [
	[
		'EHC plan or Statement',
		{ id: 'ehcp', who: 'pupils with an EHC plan or statement of SEN', short: 'EHC plan' },
		['overall', 'fe', 'appren', 'all_notsust', 'all_unknown']
	],
	[
		'SEN support',
		{ id: 'sen_support', who: 'pupils on SEN support', short: 'SEN support' },
		['overall', 'fe', 'appren', 'all_notsust', 'all_unknown']
	],
	[
		'Identified SEN',
		{ id: 'any_sen', who: 'pupils with any identified SEN', short: 'all SEN' },
		['overall']
	],
	[
		'No identified SEN',
		{ id: 'no_sen', who: 'pupils with no identified SEN', short: 'no SEN' },
		['overall']
	]
];
export const KS4_DEST_GAP = 'ks4_dest_overall_sen_gap';

const STAGE_16_18 = {
	title: '16–18 study',
	finished:
		'finished 16–18 study (such as A levels or other courses after Year 11) at state-funded mainstream schools and colleges in the area',
	caveats:
		'The year shown is the school year of the destination: 2022 means 2021/22, for students who finished 16–18 study in 2021. DfE reports identified SEN and LLDD (learning difficulty or disability, the term used in further education) as separate groups; they overlap and neither covers every student with SEND. This file has regional and local authority figures but no England figure. In 2021/22 a few students are still published under Northamptonshire (abolished in 2021) as well as North and West Northamptonshire, and one student in 2019/20 under a second "Dorset" beside Dorset Council; both are shown under the former county councils.'
};

export const COHORTS_16_18: [string, Cohort, string[]][] = [
	[
		'Identified SEN (mainstream)',
		{ id: 'sen', who: 'students with identified SEN', short: 'SEN' },
		['overall', 'he', 'fe', 'appren', 'all_work', 'all_notsust', 'all_unknown']
	],
	[
		'No identified SEN',
		{ id: 'no_sen', who: 'students with no identified SEN', short: 'no SEN' },
		['overall']
	],
	[
		'Identified LLDD (mainstream)',
		{ id: 'lldd', who: 'students with a learning difficulty or disability (LLDD)', short: 'LLDD' },
		['overall', 'all_notsust']
	],
	[
		'No identified LLDD',
		{ id: 'no_lldd', who: 'students with no identified LLDD', short: 'no LLDD' },
		['overall']
	]
];
export const DEST_16_18_GAPS = {
	sen: 'dest_16_18_overall_sen_gap',
	lldd: 'dest_16_18_overall_lldd_gap'
};

export const KS4_DEST_PREFIX = 'ks4_dest';
export const DEST_16_18_PREFIX = 'dest_16_18';

export const DESTINATION_INDICATORS: Indicator[] = [
	...KS4_COHORTS.flatMap(([, cohort, measures]) =>
		measures.map((m) =>
			destination(ATTAINMENT_SOURCES.ks4Destinations, KS4_DEST_PREFIX, KS4_STAGE, m, cohort)
		)
	),
	destinationGap(ATTAINMENT_SOURCES.ks4Destinations, KS4_STAGE, KS4_DEST_GAP, {
		sen: 'pupils with any identified SEN',
		none: 'pupils with no identified SEN',
		short: 'SEN',
		label: 'SEN minus no SEN'
	}),
	...COHORTS_16_18.flatMap(([, cohort, measures]) =>
		measures.map((m) =>
			destination(ATTAINMENT_SOURCES.destinations1618, DEST_16_18_PREFIX, STAGE_16_18, m, cohort)
		)
	),
	destinationGap(ATTAINMENT_SOURCES.destinations1618, STAGE_16_18, DEST_16_18_GAPS.sen, {
		sen: 'students with identified SEN',
		none: 'students with no identified SEN',
		short: 'SEN',
		label: 'SEN minus no SEN'
	}),
	destinationGap(ATTAINMENT_SOURCES.destinations1618, STAGE_16_18, DEST_16_18_GAPS.lldd, {
		sen: 'students with a learning difficulty or disability (LLDD)',
		none: 'students with no identified LLDD',
		short: 'LLDD',
		label: 'LLDD minus no LLDD'
	})
];

export const ATTAINMENT_INDICATORS: Indicator[] = [
	...KS2_INDICATORS,
	...KS4_INDICATORS,
	...DESTINATION_INDICATORS
];
