import type { Indicator } from '../../../../src/lib/data/schemas';
import type { Theme } from '../../../../src/lib/domain/themes';

/**
 * Catalogue entries for the DfE Local Authority Interactive Tool (LAIT) SEND indicators, one per
 * LAIT `measure_short`, in plain English. Titles and definitions are written from the LAIT data
 * dictionary (`chart_title`, `measure`, `description`); the dictionary's own facts (units, good
 * direction, year type, source table and link) are copied here as `dictionary` and the build
 * checks them against lait_send_indicator_dictionary.csv, so a changed dictionary stops the
 * build instead of silently mislabelling a measure.
 */

/** What the LAIT dictionary says about a measure, column by column. */
export type DictionaryFacts = {
	/** `units`, kept word for word as the indicator's unit_label. */
	units: string;
	/** `polarity`: High / Low, or '-' / 'NA' for context measures. */
	polarity: 'High' | 'Low' | '-' | 'NA';
	year_type: 'Academic Year' | 'Calendar Year' | 'Financial Year' | 'Annual - January';
	source_table: string;
	source_link: string;
};

export type LaitEntry = {
	measure: string;
	title: string;
	short_title: string;
	definition: string;
	unit: Indicator['unit'];
	theme: Theme;
	/** The DfE (or ONS) publication LAIT takes the figures from. */
	underlying: string;
	caveats: string | null;
	dictionary: DictionaryFacts;
};

// ---------------------------------------------------------------------------------------------
// Dictionary facts shared by families of measures

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics';
const fact = (
	units: string,
	polarity: DictionaryFacts['polarity'],
	year_type: DictionaryFacts['year_type'],
	source_table: string,
	source_link: string
): DictionaryFacts => ({ units, polarity, year_type, source_table, source_link });

const EYFS = fact(
	'% achieving expected level',
	'High',
	'Academic Year',
	'1_eyfsp_headline_measures_2022_2023.csv',
	`${EES}/early-years-foundation-stage-profile-results`
);
const PHONICS = fact(
	'% achieving expected level',
	'High',
	'Academic Year',
	'phonics_regional_and_local_authority_2012_to_2023_provisional.csv',
	`${EES}/phonics-screening-check-attainment`
);
const MTC = fact(
	'% achieving full marks',
	'High',
	'Academic Year',
	'NA',
	`${EES}/multiplication-tables-check-attainment/2023-24`
);
const KS2_TABLE = 'ks2_regional_local_authority_and_pupil_characteristics';
const KS2_LINK = `${EES}/key-stage-2-attainment`;
const KS4_TABLE = 'yyyy_la_char_data_****';
const KS4_LINK = 'https://www.gov.uk/government/collections/statistics-gcses-key-stage-4';
const KS4_DEST = (units: string) =>
	fact(
		units,
		'High',
		'Academic Year',
		'ks4_dm_ud_yyyyyy_la',
		`${EES}/key-stage-4-destination-measures`
	);
const CIN_CLA = (units: string) =>
	fact(
		units,
		'-',
		'Academic Year',
		'sen_la',
		`${EES}/outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england`
	);
const SEN2_LINK = `${EES}/education-health-and-care-plans`;
const SEN_CENSUS = (units: string) =>
	fact(
		units,
		'NA',
		'Academic Year',
		'sen_phase_type',
		'https://www.gov.uk/government/collections/statistics-special-educational-needs-sen'
	);
const AGE_19 = (level: '2' | '3') =>
	fact(
		`% achieving Level ${level}`,
		'High',
		'Academic Year',
		'level_2_3_ages_16_19_local_authority_figures',
		`${EES}/level-2-and-3-attainment-by-young-people-aged-19`
	);
const ABSENCE = (units: string, table: string) =>
	fact(units, 'Low', 'Academic Year', table, `${EES}/pupil-absence-in-schools-in-england`);
const EXCLUSIONS = fact(
	'% of the school population',
	'Low',
	'Academic Year',
	'exc_nat_region_la 2022-23',
	'https://www.gov.uk/government/collections/statistics-exclusions'
);
const NEET_LINK =
	'https://www.gov.uk/government/publications/neet-and-participation-local-authority-figures';

// ---------------------------------------------------------------------------------------------
// Who a measure is about

type Group = { who: string; short: string; title: string; at15: string };
const EHCP: Group = {
	who: 'pupils with an education, health and care (EHC) plan',
	short: 'EHC plan',
	title: 'pupils with an EHC plan',
	at15: 'had an EHC plan or statement of SEN'
};
const SUPPORT: Group = {
	who: 'pupils on SEN support (special educational needs but no EHC plan)',
	short: 'SEN support',
	title: 'pupils on SEN support',
	at15: 'were on SEN support'
};
const NO_SEN: Group = {
	who: 'pupils with no identified special educational needs',
	short: 'no SEN',
	title: 'pupils with no SEN',
	at15: 'had no identified special educational needs'
};
const ALL_SEN: Group = {
	who: 'pupils with special educational needs (EHC plan or SEN support)',
	short: 'all SEN',
	title: 'pupils with SEN',
	at15: 'had special educational needs'
};

const COVID_TESTS =
	'There are no figures for 2020 and 2021: tests and assessments were cancelled because of COVID-19.';
const LAIT_NOTE =
	'Figures as LAIT shows them; "-" in LAIT (not available or suppressed) is shown as missing.';
const withNote = (text: string | null) => (text ? `${text} ${LAIT_NOTE}` : LAIT_NOTE);
/** Statements of SEN were replaced by EHC plans by April 2018; LAIT's EHC plan groups include them before then. */
const statements = (group: Group, text: string) =>
	group === EHCP
		? `Until 2018 this group also includes pupils with a statement of SEN, which EHC plans replaced. ${text}`
		: text;

// ---------------------------------------------------------------------------------------------
// Families

function eyfs(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Children reaching a good level of development at age 5: ${group.title.replace('pupils', 'children')}`,
		short_title: `Good level of development (${group.short})`,
		definition: `The percentage of ${group.who.replace('pupils', 'children')} who reached a "good level of development" in the Early Years Foundation Stage Profile: the teacher assessment at the end of reception, the school year in which a child turns 5. A good level of development means reaching the expected level in the early learning goals for communication and language, personal, social and emotional development, physical development, literacy and mathematics.`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Early years foundation stage profile results',
		caveats: withNote(
			statements(
				group,
				'Not assessed in 2020 and 2021 because of COVID-19. The profile was reformed in September 2021, so figures from 2022 are not directly comparable with earlier years.'
			)
		),
		dictionary: EYFS
	};
}

function phonics(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Year 1 phonics check, expected standard met: ${group.title}`,
		short_title: `Phonics check (${group.short})`,
		definition: `The percentage of ${group.who} who met the expected standard in the phonics screening check, a short one-to-one check of reading by sounding out words, taken at the end of Year 1 (age 6).`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Phonics screening check attainment',
		caveats: withNote(
			statements(
				group,
				`${COVID_TESTS} The 2025 figure is provisional (LAIT labels it "2025 (prov)").`
			)
		),
		dictionary: PHONICS
	};
}

function multiplication(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Multiplication tables check, full marks: ${group.title}`,
		short_title: `Times tables full marks (${group.short})`,
		definition: `The percentage of eligible Year 4 ${group.who} who scored full marks (25 out of 25) in the multiplication tables check, an on-screen check of how quickly and accurately pupils recall their times tables up to 12 × 12.`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Multiplication tables check attainment',
		caveats: withNote('The check became statutory in 2022, so the series starts then.'),
		dictionary: MTC
	};
}

function ks2Rwm(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Reading, writing and maths at the expected standard at age 11 (KS2): ${group.title}`,
		short_title: `KS2 reading, writing & maths (${group.short})`,
		definition: `The percentage of ${group.who} at the end of Key Stage 2 (Year 6, age 10–11) who met the expected standard in all three of reading, writing and maths.`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Key stage 2 attainment',
		caveats: withNote(
			statements(
				group,
				`${COVID_TESTS} The figure for all pupils with SEN, and the gap between pupils with SEN and pupils with no SEN, come from the DfE key stage 2 file instead (indicators "KS2 reading, writing & maths (all SEN)" and the SEN gap).`
			)
		),
		dictionary: fact('% achieving expected level', 'High', 'Academic Year', KS2_TABLE, KS2_LINK)
	};
}

function ks2Progress(
	measure: string,
	group: Group,
	subject: 'reading' | 'writing' | 'maths'
): LaitEntry {
	return {
		measure,
		title: `Progress in ${subject} from age 7 to 11 (KS1 to KS2): ${group.title}`,
		short_title: `KS2 ${subject} progress (${group.short})`,
		definition: `The average progress score in ${subject} of ${group.who}: how their results at the end of Key Stage 2 (age 11) compare with those of pupils nationally who had similar results at the end of Key Stage 1 (age 7). 0 is average progress; a negative score means less progress than pupils with similar starting points.`,
		unit: 'score',
		theme: 'education_outcomes',
		underlying: 'Key stage 2 attainment',
		caveats: withNote(
			statements(
				group,
				'No scores for 2020 and 2021 (no tests), and none can be calculated for 2024 and 2025: those pupils had no Key Stage 1 assessments, which were cancelled in 2020 and 2021.'
			)
		),
		dictionary: fact('Average Score', 'High', 'Academic Year', KS2_TABLE, KS2_LINK)
	};
}

const GCSE_YEARS =
	'GCSE grades in 2020 and 2021 were awarded by schools rather than by exams (COVID-19), so those years are higher and not comparable; points also changed with the move to 9–1 grades (2017–2019).';

function attainment8(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Average Attainment 8 score at age 16 (KS4): ${group.title}`,
		short_title: `Attainment 8 (${group.short})`,
		definition: `The average Attainment 8 score of ${group.who} at the end of Key Stage 4 (Year 11, GCSEs): their grades in eight qualifications added together, with English and maths counted twice. The most a pupil can score is 90.`,
		unit: 'score',
		theme: 'education_outcomes',
		underlying: 'Key stage 4 performance (GCSE results by pupil characteristics)',
		caveats: withNote(statements(group, GCSE_YEARS)),
		dictionary: fact('Score per pupil', 'High', 'Academic Year', KS4_TABLE, KS4_LINK)
	};
}

function progress8(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Progress 8 score at age 16 (KS4): ${group.title}`,
		short_title: `Progress 8 (${group.short})`,
		definition: `The average Progress 8 score of ${group.who}: how their GCSE results (Attainment 8) compare with those of pupils nationally who had similar results at the end of primary school. 0 is the national average; −1 means, on average, one grade lower in each of the eight qualifications than similar pupils.`,
		unit: 'score',
		theme: 'education_outcomes',
		underlying: 'Key stage 4 performance (GCSE results by pupil characteristics)',
		caveats: withNote(
			statements(
				group,
				'Not published for 2020 and 2021 (no exams), and DfE will not publish it for 2024/25 and 2025/26: those pupils had no Key Stage 2 tests (cancelled in 2020 and 2021).'
			)
		),
		dictionary: fact('Score per pupil', 'High', 'Academic Year', KS4_TABLE, KS4_LINK)
	};
}

const EBACC_SUBJECTS = 'English, maths, sciences, a language, and history or geography';

function ebaccScore(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `English Baccalaureate average point score (KS4): ${group.title}`,
		short_title: `EBacc point score (${group.short})`,
		definition: `The average point score of ${group.who} across the English Baccalaureate subjects (${EBACC_SUBJECTS}) at the end of Key Stage 4, on the GCSE grade scale of 0 to 9 per subject.`,
		unit: 'score',
		theme: 'education_outcomes',
		underlying: 'Key stage 4 performance (GCSE results by pupil characteristics)',
		caveats: withNote(statements(group, GCSE_YEARS)),
		dictionary: fact('Average Score', 'High', 'Academic Year', KS4_TABLE, KS4_LINK)
	};
}

function ebaccEntry(measure: string, group: Group): LaitEntry {
	return {
		measure,
		title: `Entered for the English Baccalaureate (KS4): ${group.title}`,
		short_title: `EBacc entry (${group.short})`,
		definition: `The percentage of ${group.who} at the end of Key Stage 4 who were entered for all the English Baccalaureate subjects: ${EBACC_SUBJECTS}.`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Key stage 4 performance (GCSE results by pupil characteristics)',
		caveats: withNote(
			'LAIT gives the unit as "Entries"; its chart title shows this as a percentage of pupils.'
		),
		dictionary: fact('Entries', 'High', 'Academic Year', KS4_TABLE, KS4_LINK)
	};
}

function senCensus(
	measure: string,
	kind: 'EHC plan' | 'SEN support',
	phase: 'primary' | 'secondary' | 'all',
	units: string
): LaitEntry {
	const where =
		phase === 'all'
			? 'schools in the area (all types of school)'
			: `state-funded ${phase} schools in the area`;
	const has =
		kind === 'EHC plan'
			? 'an EHC plan (or, in earlier years, a statement of SEN)'
			: 'SEN support (special educational needs but no EHC plan)';
	return {
		measure,
		title: `Pupils with ${kind === 'EHC plan' ? 'an EHC plan' : 'SEN support'}: ${phase === 'all' ? 'all schools' : `${phase} schools`}`,
		short_title: `${kind} (${phase === 'all' ? 'all schools' : phase}, %)`,
		definition: `The percentage of pupils at ${where} who have ${has}, counted in the January school census.`,
		unit: 'percent',
		theme: 'identification_of_need',
		underlying: 'Special educational needs in England (school census)',
		caveats: withNote(
			'Counted where pupils go to school, not where they live, so it is not the same as the number of EHC plans the council maintains (SEN2).'
		),
		dictionary: SEN_CENSUS(units)
	};
}

const KS4_DEST_YEAR =
	'LAIT labels each group of leavers by one year; compared with DfE’s published destinations files, this is the year the pupils finished Year 11, and the destination is the following school year.';
const KS4_DEST_FILE =
	'DfE’s key stage 4 destinations file by SEN (the "After Year 11" indicators, state-funded mainstream and special schools) counts a slightly different set of pupils and its figures are usually 0.5–2 points higher for the same leavers: do not mix the two series.';

function ks4Destination(
	measure: string,
	who: string,
	short: string,
	units: string,
	mainstreamOnly: boolean
): LaitEntry {
	const schools = mainstreamOnly
		? 'state-funded mainstream schools'
		: 'state-funded schools (special schools included)';
	return {
		measure,
		title: `Staying in education, apprenticeships or work after Year 11: ${who}`,
		short_title: `Year 11 leavers staying on, LAIT (${short})`,
		definition: `The percentage of ${who} who finished Key Stage 4 (Year 11) at ${schools} and were in a sustained education, apprenticeship or employment destination (for at least two terms) in the following year.`,
		unit: 'percent',
		theme: 'preparing_for_adulthood',
		underlying: 'Key stage 4 destination measures',
		caveats: withNote(mainstreamOnly ? KS4_DEST_YEAR : `${KS4_DEST_YEAR} ${KS4_DEST_FILE}`),
		dictionary: KS4_DEST(units)
	};
}

function age19(measure: string, group: Group, level: '2' | '2EM' | '3'): LaitEntry {
	const what = {
		'2': 'five or more GCSEs at grade 4 (C) or above, or a vocational qualification of the same size',
		'2EM':
			'five or more GCSEs at grade 4 (C) or above, or equivalent, English and maths among them',
		'3': 'two or more A levels, or vocational qualifications of the same size'
	}[level];
	const label = level === '2EM' ? 'Level 2 with English and maths' : `Level ${level}`;
	return {
		measure,
		title: `Qualified to ${label} by age 19: ${group.title.replace('pupils', 'young people')}`,
		short_title: `${label} at 19 (${group.short})`,
		definition: `The percentage of young people who ${group.at15} at age 15 who had reached ${label} by age 19: ${what}.`,
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Level 2 and 3 attainment by young people aged 19',
		caveats: withNote(
			'Young people are counted in the local authority where they were at school at age 15, with the SEN status they had then, so councils abolished since (for example Cumbria) still have figures.'
		),
		dictionary: AGE_19(level === '3' ? '3' : '2')
	};
}

// ---------------------------------------------------------------------------------------------
// The catalogue

export const LAIT_ENTRIES: LaitEntry[] = [
	eyfs('FSP_Gooddev_With_SENSTATE', EHCP),
	eyfs('FSP_Gooddev_Without_SENSTATE', SUPPORT),
	phonics('KS1P_EHCP', EHCP),
	phonics('KS1P_SEND', SUPPORT),
	phonics('KS1P_NonSEND', NO_SEN),
	multiplication('Multiplication_EHCP', EHCP),
	multiplication('Multiplication_SENDSupport', SUPPORT),
	multiplication('Multiplication_AllSEND', ALL_SEN),
	ks2Rwm('NEW_KS2_RWM_Sen_Withsta', EHCP),
	ks2Rwm('NEW_KS2_RWM_Sen_W/Osta', SUPPORT),
	ks2Rwm('NoID_SEN_NEW_KS2_RWM', NO_SEN),
	ks2Progress('KS2_SEN_Reading_Progress', EHCP, 'reading'),
	ks2Progress('KS2_SEN_Writing_Progress', EHCP, 'writing'),
	ks2Progress('KS2_SEN_Maths_Progress', EHCP, 'maths'),
	ks2Progress('KS2_SENSupport_Reading_Progress', SUPPORT, 'reading'),
	ks2Progress('KS2_SENSupport_Writing_Progress', SUPPORT, 'writing'),
	ks2Progress('KS2_SENSupport_Maths_Progress', SUPPORT, 'maths'),
	ks2Progress('KS2_NonSEN_Reading_Progress', NO_SEN, 'reading'),
	ks2Progress('KS2_NonSEN_Writing_Progress', NO_SEN, 'writing'),
	ks2Progress('KS2_NonSEN_Maths_Progress', NO_SEN, 'maths'),
	attainment8('SEN_Stat_AVG_Attain8_Score', EHCP),
	attainment8('SEN_WoStat_AVG_Attain8_Score', SUPPORT),
	attainment8('SEN_NoID_AVG_Attain8_Score', NO_SEN),
	progress8('SEN_Stat_AVG_Prog8_Score', EHCP),
	progress8('SEN_WoStat_AVG_Prog8_Score', SUPPORT),
	progress8('SEN_NoID_AVG_Prog8_Score', NO_SEN),
	ebaccScore('EngBacAvgPointScoreSEN', EHCP),
	ebaccScore('EngBacAvgPointScoreSENSupport', SUPPORT),
	ebaccScore('EngBacAvgPointScoreNonSEN', NO_SEN),
	ebaccEntry('EngBacEntriesSEN', EHCP),
	ebaccEntry('EngBacEntriesSENSupport', SUPPORT),
	ebaccEntry('EngBacEntriesNonSEN', NO_SEN),
	age19('Age19_SEN-S', EHCP, '2'),
	age19('Age19_SENwoS', SUPPORT, '2'),
	age19('Age19_NoNSEN', NO_SEN, '2'),
	age19('Age19_SEN-S_L2EM', EHCP, '2EM'),
	age19('Age19_SENwoS_L2EM', SUPPORT, '2EM'),
	age19('Age19_NoNSEN_L2EM', NO_SEN, '2EM'),
	age19('Age19_SEN-S_L3', EHCP, '3'),
	age19('Age19_SENwoS_L3', SUPPORT, '3'),
	age19('Age19_NoNSEN_L3', NO_SEN, '3'),
	{
		measure: 'total_absence_special',
		title: 'Absence from special schools',
		short_title: 'Special school absence',
		definition:
			'The percentage of possible half-day sessions that pupils at state-funded special schools missed through absence, authorised or not.',
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Pupil absence in schools in England',
		caveats: withNote(
			'No full-year figure for 2019/20: only the autumn term was collected (COVID-19).'
		),
		dictionary: ABSENCE('% half days missed', '1_absence_3term_nat_reg_la.csv')
	},
	{
		measure: 'SpecPerAbNew',
		title: 'Persistent absence from special schools',
		short_title: 'Special school persistent absence',
		definition:
			'The percentage of pupils at special schools who were persistently absent: they missed 10% or more of their possible sessions.',
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Pupil absence in schools in England',
		caveats: withNote(
			'No full-year figure for 2019/20: only the autumn term was collected (COVID-19).'
		),
		dictionary: ABSENCE('% of persistent absence', '1_absence_3term_nat_reg_la.csv')
	},
	{
		measure: 'SpecSevPerAbNew',
		title: 'Severe absence from special schools',
		short_title: 'Special school severe absence',
		definition:
			'The percentage of pupils at special schools who were severely absent: they missed 50% or more of their possible sessions.',
		unit: 'percent',
		theme: 'education_outcomes',
		underlying: 'Pupil absence in schools in England',
		caveats: withNote(
			'No full-year figure for 2019/20: only the autumn term was collected (COVID-19).'
		),
		dictionary: ABSENCE('% of severe persistent absence', 'NA')
	},
	{
		measure: 'SpecFixedEx',
		title: 'Suspensions from special schools',
		short_title: 'Special school suspensions',
		definition:
			'The number of suspensions (fixed-period exclusions) from special schools in the school year, per 100 pupils on roll. A pupil suspended twice counts twice, so this is a rate rather than a share of pupils.',
		unit: 'rate',
		theme: 'education_outcomes',
		underlying: 'Suspensions and permanent exclusions in England',
		caveats: withNote(
			'LAIT writes these years as 2015/16 and so on. Schools were closed for part of 2019/20 and 2020/21 (COVID-19), so suspensions were lower in those years.'
		),
		dictionary: EXCLUSIONS
	},
	{
		measure: 'SpecPermEx',
		title: 'Permanent exclusions from special schools',
		short_title: 'Special school permanent exclusions',
		definition:
			'The number of permanent exclusions from special schools in the school year, per 100 pupils on roll. These are rare: a figure of 0.1 is one exclusion for every 1,000 pupils.',
		unit: 'rate',
		theme: 'education_outcomes',
		underlying: 'Suspensions and permanent exclusions in England',
		caveats: withNote(
			'LAIT writes these years as 2015/16 and so on. Schools were closed for part of 2019/20 and 2020/21 (COVID-19), so exclusions were lower in those years.'
		),
		dictionary: EXCLUSIONS
	},
	senCensus('SEN_TotStat', 'EHC plan', 'all', '% Total pupils with statement/EHC'),
	senCensus('PrimStatements', 'EHC plan', 'primary', '% Primary pupils with a statement/EHC'),
	senCensus('SecStatements', 'EHC plan', 'secondary', '% Secondary pupils with a statement/EHC'),
	senCensus('SEN_TotSENSuP', 'SEN support', 'all', '% all pupils with SEN Support'),
	senCensus(
		'PrimNoStatements',
		'SEN support',
		'primary',
		'% primary pupils without a statement/EHCP'
	),
	senCensus(
		'SecNoStatements',
		'SEN support',
		'secondary',
		'% Secondary pupils without a statement/EHCP'
	),
	{
		measure: 'LAC_SEN_Statement',
		title: 'Children looked after with an EHC plan',
		short_title: 'Looked-after children with EHC plan',
		definition:
			'Of children looked after by the local authority continuously for at least 12 months, the percentage who have an EHC plan (or, in earlier years, a statement of SEN).',
		unit: 'percent',
		theme: 'identification_of_need',
		underlying:
			'Outcomes for children in need, including children looked after by local authorities in England',
		caveats: withNote(null),
		dictionary: CIN_CLA('% of Children Looked After')
	},
	{
		measure: 'LAC_SEN',
		title: 'Children looked after with SEN support',
		short_title: 'Looked-after children on SEN support',
		definition:
			'Of children looked after by the local authority continuously for at least 12 months, the percentage who have special educational needs but no EHC plan (SEN support).',
		unit: 'percent',
		theme: 'identification_of_need',
		underlying:
			'Outcomes for children in need, including children looked after by local authorities in England',
		caveats: withNote(null),
		dictionary: CIN_CLA('% of Children Looked After')
	},
	{
		measure: 'CINStatement',
		title: 'Children in need with an EHC plan',
		short_title: 'Children in need with EHC plan',
		definition:
			'Of school-age children in need (children the council’s social care services have assessed as needing help, including those on a child protection plan and those looked after), the percentage who have an EHC plan (or, in earlier years, a statement of SEN).',
		unit: 'percent',
		theme: 'identification_of_need',
		underlying:
			'Outcomes for children in need, including children looked after by local authorities in England',
		caveats: withNote(null),
		dictionary: CIN_CLA('% CIN')
	},
	{
		measure: 'CINSEN_SUP',
		title: 'Children in need with SEN support',
		short_title: 'Children in need on SEN support',
		definition:
			'Of school-age children in need (children the council’s social care services have assessed as needing help, including those on a child protection plan and those looked after), the percentage who have special educational needs but no EHC plan (SEN support).',
		unit: 'percent',
		theme: 'identification_of_need',
		underlying:
			'Outcomes for children in need, including children looked after by local authorities in England',
		caveats: withNote(null),
		dictionary: CIN_CLA('% CIN')
	},
	{
		measure: 'CINNoSEN',
		title: 'Children in need with no SEN',
		short_title: 'Children in need with no SEN',
		definition:
			'Of school-age children in need (children the council’s social care services have assessed as needing help, including those on a child protection plan and those looked after), the percentage with no special educational needs recorded.',
		unit: 'percent',
		theme: 'identification_of_need',
		underlying:
			'Outcomes for children in need, including children looked after by local authorities in England',
		caveats: withNote(null),
		dictionary: CIN_CLA('% CIN')
	},
	{
		measure: 'SEN_State-Plans_sch',
		title: 'New EHC plans with a place at a council-maintained mainstream school',
		short_title: 'New plans: maintained mainstream school',
		definition:
			'Of the EHC plans made for the first time in the calendar year, the percentage where the child’s placement is a mainstream school maintained by the local authority. Academies, free schools, special schools and colleges are not included.',
		unit: 'percent',
		theme: 'timeliness_and_process',
		underlying: 'Education, health and care plans (SEN2)',
		caveats: withNote(
			'Not the share of new plans in mainstream education as a whole: it falls as schools become academies, which are counted separately.'
		),
		dictionary: fact('% statements/plans', '-', 'Calendar Year', 'sen2_estab_new_plans', SEN2_LINK)
	},
	{
		measure: 'SEN_PEC_AN_REVIEW_EXPECTED',
		title: 'EHC plans due an annual review in the year',
		short_title: 'Plans due an annual review (%)',
		definition:
			'Of all EHC plans, the percentage that were due an annual review during the calendar year. Every EHC plan must be reviewed at least once every 12 months.',
		unit: 'percent',
		theme: 'timeliness_and_process',
		underlying: 'Education, health and care plans (SEN2)',
		caveats: withNote(
			'First collected for 2024. LAIT works this out from the SEN2 annual review counts (reviews expected ÷ EHC plans).'
		),
		dictionary: fact('% annual reviews', '-', 'Calendar Year', 'NA', SEN2_LINK)
	},
	{
		measure: 'SEN_PEC_AN_REVIEW_MEET_REC',
		title: 'Annual reviews due in the year with a review meeting held',
		short_title: 'Annual review meetings held (%)',
		definition:
			'Of the EHC plan annual reviews due in the calendar year, the percentage where a review meeting was recorded as held.',
		unit: 'percent',
		theme: 'timeliness_and_process',
		underlying: 'Education, health and care plans (SEN2)',
		caveats: withNote(
			'First collected for 2024. LAIT works this out from the SEN2 annual review counts (meetings held ÷ reviews due), which LAIT also publishes and are shown with it.'
		),
		dictionary: fact('% recorded', '-', 'Calendar Year', 'NA', SEN2_LINK)
	},
	ks4Destination(
		'SusEdOverall_SEN_Stat_incSpec',
		'pupils with an EHC plan',
		'EHC plan',
		'% KS4 With EHCP in EET',
		false
	),
	ks4Destination(
		'SusEdOverall_SEN_NoStat_incSpec',
		'pupils on SEN support',
		'SEN support',
		'% KS4 SEN Support in EET',
		false
	),
	ks4Destination(
		'KS4_SEN_Des_incSpec',
		'pupils with SEN',
		'all SEN',
		'%KS4 SEN (total) in EET',
		false
	),
	ks4Destination(
		'SusEdOverall_NoSEN_incSpec',
		'pupils with no SEN',
		'no SEN',
		'% KS4 Non SEN in ETT',
		false
	),
	ks4Destination(
		'SusEdOverall_All',
		'all pupils',
		'all pupils',
		'% KS4 All pupils in Education/training',
		true
	),
	{
		measure: 'SusEd_All',
		title: 'Staying in education after Year 11: all pupils',
		short_title: 'Year 11 leavers in education, LAIT (all pupils)',
		definition:
			'The percentage of all pupils who finished Key Stage 4 (Year 11) at state-funded mainstream schools and were in a sustained education destination (school sixth form, college or other education, for at least two terms) in the following year. Apprenticeships and jobs are not counted here.',
		unit: 'percent',
		theme: 'preparing_for_adulthood',
		underlying: 'Key stage 4 destination measures',
		caveats: withNote(KS4_DEST_YEAR),
		dictionary: KS4_DEST('% KS4 in Education')
	},
	{
		measure: '16-17YroldSEN_ET',
		title: '16 and 17 year olds with SEN in education or training',
		short_title: '16–17s with SEN in education or training',
		definition:
			'The percentage of 16 and 17 year olds with special educational needs living in the area who were in education or training at the end of March, from the young people’s records local authorities keep.',
		unit: 'percent',
		theme: 'preparing_for_adulthood',
		underlying:
			'Participation in education, training and employment by 16-17 year olds (local authority figures)',
		caveats: withNote(
			'The year shown is the financial year that ends with the March count. This is the closest published measure to NEET for young people with SEND by local authority.'
		),
		dictionary: fact(
			'% 16-17 SEN in Ed & Training',
			'High',
			'Financial Year',
			'ud_participation_characteristic',
			NEET_LINK
		)
	},
	{
		measure: '16-17 NEET',
		title: '16 and 17 year olds not in education, employment or training (all young people)',
		short_title: '16–17s NEET (all)',
		definition:
			'The estimated percentage of all 16 and 17 year olds living in the area who were not in education, employment or training (NEET), averaged over December, January and February.',
		unit: 'percent',
		theme: 'preparing_for_adulthood',
		underlying: 'NEET and participation: local authority figures',
		caveats: withNote(
			'All young people, not only those with SEND: context for the SEND figures. The year shown is the financial year in which the December–February average falls.'
		),
		dictionary: fact(
			'% of 16 - 17 year olds',
			'Low',
			'Financial Year',
			'yyyy_NEET_and_participation_tables',
			NEET_LINK
		)
	},
	{
		measure: '16-17_not known_NEET',
		title: '16 and 17 year olds NEET or whose activity is not known (all young people)',
		short_title: '16–17s NEET or not known (all)',
		definition:
			'The estimated percentage of all 16 and 17 year olds living in the area who were not in education, employment or training, or whose activity the local authority did not know, averaged over December, January and February.',
		unit: 'percent',
		theme: 'preparing_for_adulthood',
		underlying: 'NEET and participation: local authority figures',
		caveats: withNote(
			'All young people, not only those with SEND: context for the SEND figures. The year shown is the financial year in which the December–February average falls.'
		),
		dictionary: fact(
			'% of 16 - 17 year olds',
			'Low',
			'Financial Year',
			'yyyy_NEET_and_participation_tables',
			NEET_LINK
		)
	}
];

/**
 * LAIT measures the build leaves out, with the reason: each repeats a figure the app already
 * has from the SEN2 files (checked value by value against them: every LA-year agrees), so
 * taking it again would give a board two indicators for one published number.
 */
export const LAIT_SKIPPED: Record<string, string> = {
	SEN_CASES_JAN:
		'EHC plans in force in January: the same figures as ehc_plans_in_force (SEN2 key metrics), 2019–2025',
	SEN_CASES_DUR_YEAR:
		'"Total number of cases (during year)": its figures are exactly the new EHC plans made in the year (new_ehc_plans, SEN2), 2019–2024, so it is a mislabelled copy',
	SEN_INIT_REQ: 'Initial requests for assessment: the same figures as requests_received (SEN2)',
	EHCP_Initial_req_refused:
		'Initial requests refused (%): the same figures as requests_refused_pct (SEN2 key metrics)',
	SEN_EHC_All_20wks:
		'New EHC plans within 20 weeks including exceptions: the same figures as pct_within_20wk_incl_exceptions',
	SEN_EHC_Excpt_20wks:
		'New EHC plans within 20 weeks excluding exceptions: the same figures as pct_within_20wk_excl_exceptions',
	SEN_AppealableDec:
		'SEND Tribunal appeal rate: the same figures as tribunal_appeal_rate (MoJ table)',
	SEN_ASSESSMENT:
		'Assessments completed in the year: assess_in_year of the SEN2 2025 assessments file, the denominator of assessments_plan_issued_pct (SEN2 2025 module)',
	SEN_PLAN_ISSUED:
		'Assessments where a plan was issued (%): the same figures as assessments_plan_issued_pct (SEN2 2025 module)',
	SEN_PLAN_NOT_ISSUED:
		'Assessments where a plan was not issued (%): assess_not_issued_pc of the same SEN2 2025 file, 100 minus assessments_plan_issued_pct apart from withdrawn assessments',
	SEN_NOT_ISSUE_PLAN_16WKS:
		'Decisions not to issue a plan made within 16 weeks (%): the same figures as assessments_no_plan_within_16wk_pct (SEN2 2025 module)',
	SEN_TOT_CEASED_EHC_PLAN:
		'EHC plans ceased: the same figures as ehcp_ceased_count (SEN2 2025 module)',
	SEN_AN_REVIEW_EXPECTED:
		'Annual reviews due (count): kept as the denominator of lait_sen_pec_an_review_meet_rec rather than as an indicator of its own',
	SEN_AN_REVIEW_MEET_REC:
		'Annual review meetings held (count): kept as the numerator of lait_sen_pec_an_review_meet_rec rather than as an indicator of its own',
	SEN_PEC_OUTCOME_COM_4WKS:
		'Review decisions sent within 4 weeks (%): the same figures as annual_review_decisions_within_4wk_pct (SEN2 2025 module)'
};

/** LAIT's polarity words → the app's. */
export function polarityOf(polarity: string): Indicator['polarity'] {
	return polarity === 'High' ? 'high' : polarity === 'Low' ? 'low' : 'none';
}

/** LAIT's year types → the app's period types. */
export const PERIOD_TYPES: Record<DictionaryFacts['year_type'], Indicator['period_type']> = {
	'Academic Year': 'academic_year',
	'Calendar Year': 'calendar_year',
	'Financial Year': 'financial_year',
	'Annual - January': 'january_snapshot'
};

/** `lait_` + LAIT's short code in snake case: "SusEdOverall_SEN_NoStat_incSpec" → "lait_sus_ed_overall_sen_no_stat_inc_spec". */
export function laitIndicatorId(measure: string): string {
	const snake = measure
		.replace(/([a-z])([A-Z])/g, '$1_$2')
		.replace(/([A-Z0-9])([A-Z][a-z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
	return `lait_${snake}`;
}

export const LAIT_PUBLISHER =
	'Department for Education, via the Local Authority Interactive Tool (LAIT)';

export function laitIndicator(entry: LaitEntry): Indicator {
	const table = entry.dictionary.source_table;
	return {
		id: laitIndicatorId(entry.measure),
		title: entry.title,
		short_title: entry.short_title,
		definition: entry.definition,
		unit: entry.unit,
		unit_label: entry.dictionary.units,
		polarity: polarityOf(entry.dictionary.polarity),
		period_type: PERIOD_TYPES[entry.dictionary.year_type],
		theme: entry.theme,
		publisher: LAIT_PUBLISHER,
		publication: `Local Authority Interactive Tool (LAIT), measure ${entry.measure}, from DfE’s "${entry.underlying}"${table === 'NA' ? '' : ` (source table ${table})`}`,
		source_url: entry.dictionary.source_link,
		licence: 'Open Government Licence v3.0',
		caveats: entry.caveats
	};
}
