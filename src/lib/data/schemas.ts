import { z } from 'zod';
import { THEME_IDS } from '../domain/themes';

/**
 * The tidy data model the build writes and the app reads. Every table is validated
 * with these schemas when it is built; types flow from here (`z.infer`).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const onsCode = z.string().regex(/^E\d{8}$/, 'a 9-character ONS code such as E06000033');

export const areaSchema = z.object({
	code: onsCode,
	dfe_code: z
		.string()
		.regex(/^\d{3}$/)
		.nullable(),
	name: z.string().min(1),
	level: z.enum(['england', 'region', 'la']),
	region_code: onsCode.nullable(),
	region_name: z.string().nullable(),
	/** 'former' areas were abolished in a reorganisation; their series stop. */
	status: z.enum(['current', 'former']),
	/** Plain words about a reorganisation that breaks this area's series, if any. */
	reorganisation: z.string().nullable(),
	/** First year whose figures are for today's boundaries, where a reorganisation broke the series. */
	series_starts: z.number().int().nullable(),
	successor_codes: z.string().nullable()
});
export type Area = z.infer<typeof areaSchema>;

export const neighbourSchema = z.object({
	area_code: onsCode,
	neighbour_code: onsCode,
	rank: z.number().int().min(1).max(10),
	closeness: z.string()
});
export type Neighbour = z.infer<typeof neighbourSchema>;

export const indicatorSchema = z.object({
	id: z.string().regex(/^[a-z0-9_]+$/),
	title: z.string(),
	short_title: z.string(),
	definition: z.string(),
	/** count; percent; points (a gap between two percentages, in percentage points); score (average points, Progress 8); rate (per 100 or per 1,000). */
	unit: z.enum(['count', 'percent', 'points', 'score', 'rate']),
	/** The publisher's own words for the unit where they add something ("% achieving expected level"). */
	unit_label: z.string().nullable(),
	polarity: z.enum(['high', 'low', 'none']),
	period_type: z.enum(['calendar_year', 'january_snapshot', 'academic_year', 'financial_year']),
	theme: z.enum(THEME_IDS),
	publisher: z.string(),
	publication: z.string(),
	source_url: z.string(),
	licence: z.string(),
	/** Where the England, region and LA figures come from and any caveat a reader needs. */
	caveats: z.string().nullable()
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const observationSchema = z
	.object({
		indicator_id: z.string(),
		area_code: onsCode,
		year: z.number().int().min(2000).max(2100),
		value: z.number().nullable(),
		/** The publisher's code (x, c, z, low, :, -, ~, ..) when the value is missing. */
		value_note: z.string().nullable(),
		numerator: z.number().nullable(),
		denominator: z.number().nullable(),
		source: z.string(),
		/**
		 * A caveat the build puts on a published figure that breaks its own series (the
		 * implausible-jump rule, src/lib/domain/jump.ts); the figure itself is kept as published.
		 */
		caveat: z.string().nullable().optional()
	})
	.refine(
		(o) => o.value === null || o.value_note === null,
		'a value and a missing-value code together'
	);
export type Observation = z.infer<typeof observationSchema>;

export const inspectionSchema = z.object({
	area_code: onsCode,
	framework: z.enum(['2016', '2023']),
	kind: z.enum(['inspection', 'revisit']),
	start_date: isoDate.nullable(),
	publication_date: isoDate.nullable(),
	/** 2023 framework: 1 positive, 2 inconsistent, 3 widespread/systemic failings. */
	outcome_grade: z.number().int().min(1).max(3).nullable(),
	outcome: z.string(),
	wsoa_required: z.boolean().nullable(),
	weaknesses: z.number().int().nullable(),
	weaknesses_progress: z.number().int().nullable(),
	next_inspection_due: isoDate.nullable(),
	report_url: z.string().nullable(),
	source: z.string()
});
export type Inspection = z.infer<typeof inspectionSchema>;

/**
 * NHS waiting-time figures. They are on NHS geography (England, NHS region, ICB, provider),
 * not local authority, so they live in their own table rather than in `observations`.
 */
export const healthWaitSchema = z.object({
	dataset: z.string(),
	/** England, NHS region, ICB, Sub-ICB or provider, as published. */
	geography_level: z.string(),
	geography_name: z.string(),
	/** The month the figure is for, YYYY-MM. */
	month: z.string().regex(/^\d{4}-\d{2}$/, 'a month written YYYY-MM'),
	/** Service or age group the figure is about, e.g. "Audiology" or "Aged 10 to 17". */
	breakdown: z.string(),
	measure: z.string(),
	value: z.number().nullable(),
	value_note: z.string().nullable(),
	unit: z.enum(['count', 'percent'])
});
export type HealthWait = z.infer<typeof healthWaitSchema>;

export const manifestSchema = z.object({
	built_at: z.string(),
	tables: z.array(
		z.object({
			table: z.string(),
			file: z.string(),
			rows: z.number().int(),
			bytes: z.number().int(),
			sha256: z.string()
		})
	),
	sources: z.array(
		z.object({
			file: z.string(),
			publisher: z.string(),
			publication: z.string(),
			licence: z.string(),
			sha256: z.string()
		})
	)
});
export type Manifest = z.infer<typeof manifestSchema>;
