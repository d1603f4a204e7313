import { z } from 'zod';
import { col } from './columns';
import { isoDate, ref, score, text } from './common';
import { defineLayout } from './layout';
import { ESCALATION_LEVELS, ESCALATION_WORDS, RISK_STATUSES, RISK_STATUS_WORDS } from './risks';

/**
 * Dated re-scorings of risks: the history the heat map's movement arrows and the "rose from 12
 * to 16" sentences are drawn from. One review per risk per day. A review may also close,
 * transfer or escalate the risk, so "new, closed and escalated since the last meeting" can be
 * read from the history; blank means unchanged.
 */
export const riskReviewSchema = z.object({
	risk_id: ref,
	date: isoDate,
	likelihood: score,
	impact: score,
	status: z.enum(RISK_STATUSES).nullable(),
	escalation_level: z.enum(ESCALATION_LEVELS).nullable(),
	note: text.nullable(),
	reviewer: text.nullable()
});
export type RiskReview = z.infer<typeof riskReviewSchema>;

export const riskReviewsLayout = defineLayout({
	name: 'risk_reviews',
	title: 'Risk reviews',
	about: 'One row per review of a risk. Each review’s risk must be in the risk register.',
	schema: riskReviewSchema,
	key: ['risk_id', 'date'],
	columns: [
		col.ref('risk_id', 'Risk id', {
			required: true,
			refersTo: 'risks',
			aliases: ['Risk', 'Risk ref', 'Id'],
			about: 'The id of the risk reviewed.',
			example: 'SR3'
		}),
		col.date('date', 'Review date', {
			required: true,
			aliases: ['Date', 'Reviewed on'],
			about: 'When the risk was reviewed.',
			example: '01/10/2026'
		}),
		col.number(
			'likelihood',
			'Likelihood',
			{ integer: true, min: 1, max: 5 },
			{
				required: true,
				about: 'Likelihood 1–5 at this review.',
				example: '4'
			}
		),
		col.number(
			'impact',
			'Impact',
			{ integer: true, min: 1, max: 5 },
			{
				required: true,
				aliases: ['Consequence'],
				about: 'Impact 1–5 at this review.',
				example: '4'
			}
		),
		col.words('status', 'Status', RISK_STATUS_WORDS, {
			aliases: ['Risk status'],
			about: 'Open, closed or transferred, if this review changed it (blank means unchanged).',
			example: 'open'
		}),
		col.words('escalation_level', 'Escalation level', ESCALATION_WORDS, {
			aliases: ['Escalated to'],
			about:
				'Team, SEND partnership board or the Health and Wellbeing Board, if this review changed where the risk is held (blank means unchanged).',
			example: 'partnership board'
		}),
		col.text('note', 'Note', {
			aliases: ['Reason', 'Commentary'],
			about: 'Why the score changed, or did not.',
			example: 'Likelihood up: two caseworkers left in September'
		}),
		col.text('reviewer', 'Reviewer', {
			aliases: ['Reviewed by'],
			about: 'Who reviewed it.',
			example: 'SEND Partnership Board'
		})
	]
});
