import { z } from 'zod';
import { formatValue } from '../../domain/format';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { flag, indicatorId, isoMonth, text } from './common';
import { defineLayout } from './layout';

/**
 * The area's own measures with their monthly or quarterly values, one row per measure and
 * period. Unit and polarity use the published indicator model's words so that charts and the
 * scorecard treat a local measure like a published one.
 */
export const LOCAL_UNITS = ['count', 'percent', 'rate', 'score'] as const;
export const POLARITIES = ['high', 'low', 'none'] as const;
export const LOCAL_PERIODS = ['monthly', 'quarterly', 'annual'] as const;

export const UNIT_WORDS: EnumWords<(typeof LOCAL_UNITS)[number]> = {
	count: ['count', 'number', 'n'],
	percent: ['percent', '%', 'percentage'],
	rate: ['rate', 'per 1000', 'per 10000', 'per 100000'],
	score: ['score', 'average', 'mean']
};
export const POLARITY_WORDS: EnumWords<(typeof POLARITIES)[number]> = {
	high: ['higher is better', 'high', 'up', 'high is better'],
	low: ['lower is better', 'low', 'down', 'low is better'],
	none: ['neither', 'none', 'no polarity', 'n/a', '-']
};
export const PERIOD_WORDS: EnumWords<(typeof LOCAL_PERIODS)[number]> = {
	monthly: ['monthly', 'month'],
	quarterly: ['quarterly', 'quarter'],
	annual: ['annual', 'year', 'yearly']
};

export const localIndicatorSchema = z
	.object({
		id: indicatorId,
		title: text,
		unit: z.enum(LOCAL_UNITS),
		/** The officer's words for the unit where they add something: "weeks", "per 1,000". */
		unit_label: text.nullable(),
		polarity: z.enum(POLARITIES),
		period_type: z.enum(LOCAL_PERIODS),
		/** The month the value is for; for a quarter or a year, its first month. */
		period: isoMonth,
		/** Blank when the figure is missing (say why in the source note). */
		value: z.number().nullable(),
		numerator: z.number().nullable(),
		denominator: z.number().nullable(),
		source_note: text.nullable()
	})
	.superRefine((r, ctx) => {
		if (r.unit === 'percent' && r.value !== null && (r.value < 0 || r.value > 100))
			flag(ctx, 'value', `${r.value} is not a percentage from 0 to 100`);
		if (r.numerator !== null && r.denominator !== null && r.numerator > r.denominator)
			flag(ctx, 'numerator', 'the numerator is larger than the denominator');
		if (r.denominator === 0) flag(ctx, 'denominator', 'the denominator is 0');
		const mismatch = percentMismatch(r);
		if (mismatch) flag(ctx, 'value', mismatch);
	});

/** How far a percentage may differ from its numerator and denominator, for rounding. */
const ROUNDING = 0.5;

/**
 * A percentage that contradicts its own counts: "80 does not match 1 of 10 (10.0%)". A rate is
 * not checked, since the base it is per (1,000? 10,000?) is not known; nor is a figure already
 * reported as impossible for another reason.
 */
function percentMismatch(r: {
	unit: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
}): string | null {
	const { value, numerator, denominator } = r;
	if (r.unit !== 'percent' || value === null || numerator === null || denominator === null)
		return null;
	if (denominator <= 0 || numerator > denominator || value < 0 || value > 100) return null;
	const share = (100 * numerator) / denominator;
	return Math.abs(value - share) > ROUNDING + 1e-9
		? `${value} does not match ${numerator} of ${denominator} (${formatValue(share, 'percent', 1)})`
		: null;
}

export type LocalIndicator = z.infer<typeof localIndicatorSchema>;

export const localIndicatorsLayout = defineLayout({
	name: 'local_indicators',
	title: 'Local indicators',
	about:
		'The area’s own measures: one row for each measure and month (or quarter, or year). Every row of a measure must give the same title, unit, unit label, which way is better, and how often it is counted.',
	schema: localIndicatorSchema,
	key: ['id', 'period'],
	notPublished: 'id',
	consistent: [{ by: ['id'], same: ['title', 'unit', 'unit_label', 'polarity', 'period_type'] }],
	columns: [
		col.indicator('id', 'Indicator id', {
			required: true,
			aliases: ['Id', 'Indicator'],
			about:
				'A short id for the measure, used to link it from actions, risks and the framework. It must not be a published measure’s id; starting it with local_ keeps them apart.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.text('title', 'Title', {
			required: true,
			about: 'The measure’s name as the board reads it.',
			example: 'EHC plans issued within 20 weeks (month)'
		}),
		col.words('unit', 'Unit', UNIT_WORDS, {
			required: true,
			about: 'What kind of number the value is.',
			example: 'percent'
		}),
		col.text('unit_label', 'Unit label', {
			about: 'Words for the unit where they help, e.g. weeks or per 1,000 children.',
			example: '% of plans issued'
		}),
		col.words('polarity', 'Which way is better', POLARITY_WORDS, {
			required: true,
			aliases: ['Polarity', 'Better when'],
			about:
				'Whether a higher value is better, a lower value is better, or neither (a figure shown for context).',
			example: 'higher is better'
		}),
		col.words('period_type', 'Period type', PERIOD_WORDS, {
			required: true,
			aliases: ['Frequency'],
			about: 'How often the value is counted.',
			example: 'monthly'
		}),
		col.month('period', 'Period', {
			required: true,
			aliases: ['Month', 'Period start'],
			about:
				'The month the value is for; for a quarter or year, its first month (Q1 2025/26 is read as 2025-04).',
			example: '2026-09'
		}),
		col.number(
			'value',
			'Value',
			{},
			{
				about:
					'The figure. Leave blank if it is missing and say why in the source note. A percentage must match its numerator and denominator, when they are given.',
				example: '46.2'
			}
		),
		col.number(
			'numerator',
			'Numerator',
			{ min: 0 },
			{
				about:
					'For a percentage or rate: the number counted, e.g. plans issued within 20 weeks, if known.',
				example: '37'
			}
		),
		col.number(
			'denominator',
			'Denominator',
			{ min: 0 },
			{
				about:
					'For a percentage or rate: the number it is out of, e.g. all plans issued, if known.',
				example: '80'
			}
		),
		col.text('source_note', 'Source note', {
			aliases: ['Source', 'Notes'],
			about: 'Where the figure comes from, and any caveat.',
			example: 'SEN case management system, month end extract'
		})
	]
});
