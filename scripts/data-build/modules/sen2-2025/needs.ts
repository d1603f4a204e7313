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

type Need = {
	/** DfE's column stem: number_<column> (number_need_unknown) and <column>_pc. */
	column: string;
	/** Our id stem. */
	stem: string;
	/** The need as a title names it, and as a definition explains it. */
	title: string;
	words: string;
	/** Short label for tiles and lists. */
	label: string;
};

const NEEDS: Need[] = [
	{
		column: 'asd',
		stem: 'autism',
		title: 'autism',
		words: 'autism (autistic spectrum disorder)',
		label: 'Autism'
	},
	{
		column: 'slcn',
		stem: 'slcn',
		title: 'speech, language and communication needs',
		words: 'speech, language and communication needs',
		label: 'Speech, language and communication'
	},
	{
		column: 'semh',
		stem: 'semh',
		title: 'social, emotional and mental health needs',
		words: 'social, emotional and mental health needs',
		label: 'Social, emotional and mental health'
	},
	{
		column: 'spld',
		stem: 'spld',
		title: 'a specific learning difficulty',
		words: 'a specific learning difficulty (such as dyslexia)',
		label: 'Specific learning difficulty'
	},
	{
		column: 'mld',
		stem: 'mld',
		title: 'a moderate learning difficulty',
		words: 'a moderate learning difficulty',
		label: 'Moderate learning difficulty'
	},
	{
		column: 'sld',
		stem: 'sld',
		title: 'a severe learning difficulty',
		words: 'a severe learning difficulty',
		label: 'Severe learning difficulty'
	},
	{
		column: 'pmld',
		stem: 'pmld',
		title: 'a profound and multiple learning difficulty',
		words: 'a profound and multiple learning difficulty',
		label: 'Profound and multiple learning difficulty'
	},
	{
		column: 'pd',
		stem: 'physical',
		title: 'a physical disability',
		words: 'a physical disability',
		label: 'Physical disability'
	},
	{
		column: 'hi',
		stem: 'hearing',
		title: 'a hearing impairment',
		words: 'a hearing impairment',
		label: 'Hearing impairment'
	},
	{
		column: 'vi',
		stem: 'vision',
		title: 'a vision impairment',
		words: 'a vision impairment',
		label: 'Vision impairment'
	},
	{
		column: 'msi',
		stem: 'multi_sensory',
		title: 'a multi-sensory impairment',
		words: 'a multi-sensory impairment (such as deafblindness)',
		label: 'Multi-sensory impairment'
	},
	{
		column: 'oth',
		stem: 'other',
		title: 'another difficulty or disability',
		words: 'another difficulty or disability, not one of those DfE lists separately',
		label: 'Other need'
	},
	{
		column: 'unknown',
		stem: 'not_recorded',
		title: '',
		words: '',
		label: 'Need not recorded'
	}
];

const SHARED_CAVEAT =
	'Each plan records one primary (main) need; many children have other needs too. The percentages are DfE’s own; the counts behind a percentage are shown only where they give that percentage (for Surrey in January 2025 the published severe and specific learning difficulty percentages do not match its counts).';

export const NEED_INDICATORS: Sen2Indicator[] = NEEDS.flatMap(
	({ column, stem, title, words, label }) => {
		const count = column === 'unknown' ? 'number_need_unknown' : `number_${column}`;
		const isUnknown = column === 'unknown';
		const titled = (plans: string) =>
			isUnknown
				? `${plans} with no primary need recorded (%)`
				: `${plans} whose primary need is ${title} (%)`;
		const share = (who: string) =>
			isUnknown
				? `${who}, the percentage whose primary need was not recorded.`
				: `${who}, the percentage whose primary (main) special educational need is ${words}.`;
		const measure = {
			kind: 'percent',
			column: `${column}_pc`,
			numerator: count,
			denominator: 'ehc_plans'
		} as const;
		return [
			{
				text: {
					id: `ehcp_need_${stem}_pct`,
					title: titled('EHC plans'),
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
				measure
			},
			{
				text: {
					id: `new_ehcp_need_${stem}_pct`,
					title: titled('New EHC plans'),
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
				measure
			}
		] satisfies Sen2Indicator[];
	}
);
