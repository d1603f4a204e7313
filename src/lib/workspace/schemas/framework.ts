import { z } from 'zod';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { flag, indicatorId, isoDate, ref, text } from './common';
import { defineLayout } from './layout';
import { milestoneSchema } from './milestones';

/**
 * The outcomes framework, domains → outcomes → measures, kept as one row per measure (the
 * domain and outcome repeat) because that is how officers keep it in a spreadsheet. Domains and
 * outcomes are ordered by their first row. A measure points at a published or local indicator.
 */
export const COMPARATORS = ['target', 'england', 'neighbours', 'region'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const COMPARATOR_WORDS: EnumWords<Comparator> = {
	target: ['target'],
	england: ['England', 'national', 'England average'],
	neighbours: ['statistical neighbours', 'neighbours', 'SN', 'statistical neighbour average'],
	region: ['region', 'regional', 'region average']
};

export const frameworkMeasureSchema = z
	.object({
		measure_id: ref,
		domain: text,
		/** May be an "I statement": "My voice is heard and acted upon". */
		outcome: text,
		measure: text,
		indicator_id: indicatorId,
		baseline_value: z.number().nullable(),
		/** The period the baseline is for, as the indicator writes it: "2023", "2023/24", "Mar 2024". */
		baseline_period: text.nullable(),
		target_value: z.number().nullable(),
		target_date: isoDate.nullable(),
		milestones: z.array(milestoneSchema),
		comparator: z.enum(COMPARATORS),
		/** How far on the wrong side of the target or comparator still counts as amber, in the indicator's unit. */
		tolerance: z.number().min(0).nullable(),
		owner: text.nullable(),
		reported_to_board: z.boolean()
	})
	.superRefine((m, ctx) => {
		if (m.target_value !== null && m.target_date === null)
			flag(ctx, 'target_date', 'the target has a value, so it needs the date it is due by');
		if (m.target_date !== null && m.target_value === null)
			flag(ctx, 'target_value', 'the target has a date, so it needs a value');
		if (m.comparator === 'target' && m.target_value === null)
			flag(ctx, 'comparator', 'the comparator is the target, but no target value is given');
		const late = m.milestones.find((s) => m.target_date !== null && s.date > m.target_date);
		if (late) flag(ctx, 'milestones', `the milestone on ${late.date} is after the target date`);
	});
export type FrameworkMeasure = z.infer<typeof frameworkMeasureSchema>;

export const frameworkLayout = defineLayout({
	name: 'framework',
	title: 'Outcomes framework',
	about:
		'One row per measure, with its domain and outcome repeated on each row; domains and outcomes keep the order of their first row.',
	schema: frameworkMeasureSchema,
	key: ['measure_id'],
	consistent: [],
	columns: [
		col.ref('measure_id', 'Measure id', {
			required: true,
			aliases: ['Measure ref', 'Ref'],
			about: 'A short unique reference for the measure.',
			example: 'T1'
		}),
		col.text('domain', 'Domain', {
			required: true,
			about: 'The framework domain, e.g. Timeliness and quality of EHC plans.',
			example: 'Timeliness and quality of EHC plans'
		}),
		col.text('outcome', 'Outcome', {
			required: true,
			about:
				'The outcome the measure gives evidence for; it may be an “I” statement, in the words of a child or family.',
			example: 'My plan is agreed in good time'
		}),
		col.text('measure', 'Measure', {
			required: true,
			aliases: ['Measure title', 'KPI'],
			about: 'The measure as the board reads it.',
			example: 'New EHC plans issued within 20 weeks'
		}),
		col.indicator('indicator_id', 'Indicator id', {
			required: true,
			aliases: ['Indicator'],
			refersTo: 'indicators',
			about: 'The published or local indicator the measure reads its values from.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.number(
			'baseline_value',
			'Baseline',
			{},
			{
				aliases: ['Baseline value'],
				about: 'The starting value.',
				example: '16.1'
			}
		),
		col.text('baseline_period', 'Baseline period', {
			about: 'The period the baseline is for, as the indicator writes it.',
			example: '2024'
		}),
		col.number(
			'target_value',
			'Target',
			{},
			{
				aliases: ['Target value'],
				about: 'The value aimed for.',
				example: '60'
			}
		),
		col.date('target_date', 'Target date', {
			about: 'When the target should be met.',
			example: '31/12/2027'
		}),
		col.milestones('milestones', 'Milestones', {
			aliases: ['Milestone targets', 'Trajectory'],
			about: 'Interim targets on the way, each a value by a date.',
			example: '30 by 31/03/2026; 45 by 31/12/2026'
		}),
		col.words('comparator', 'Comparator', COMPARATOR_WORDS, {
			required: true,
			aliases: ['Compare with'],
			about: 'What the measure is judged against when no target applies, or alongside it.',
			example: 'target'
		}),
		col.number(
			'tolerance',
			'Amber tolerance',
			{ min: 0 },
			{
				aliases: ['Tolerance'],
				about: 'How far short of the target (in the measure’s unit) still counts as amber.',
				example: '5'
			}
		),
		col.text('owner', 'Owner', {
			aliases: ['Lead', 'Measure owner'],
			about: 'The officer who answers for the measure.',
			example: 'Head of SEND Services'
		}),
		col.yesNo('reported_to_board', 'Reported to board', {
			ifBlank: true,
			about: 'Whether the measure appears on the board scorecard (blank means yes).',
			example: 'yes'
		})
	]
});
