import { z } from 'zod';
import type { EnumWords } from '../cells';
import { flag, indicatorId, isoDate, pairIssues, ref, score, text } from './common';

/**
 * The SEND partnership risk register: cause → event → effect, inherent / current / target
 * likelihood × impact (NPSA 5×5 by default; a 4×4 register just never uses 5), appetite,
 * controls and the three lines of assurance, escalation, and a trigger on a linked indicator so
 * the register can flag a risk the data says is rising.
 */
export const RISK_STATUSES = ['open', 'closed', 'transferred'] as const;
export const ESCALATION_LEVELS = ['team', 'partnership_board', 'hwbb'] as const;
export const APPETITE_LEVELS = ['averse', 'minimal', 'cautious', 'open', 'eager'] as const;
export const EFFECTIVENESS = ['effective', 'partly_effective', 'not_effective'] as const;
export const TRIGGER_SIDES = ['below', 'above'] as const;

export const RISK_STATUS_WORDS: EnumWords<(typeof RISK_STATUSES)[number]> = {
	open: ['open', 'live', 'active'],
	closed: ['closed'],
	transferred: ['transferred']
};
export const ESCALATION_WORDS: EnumWords<(typeof ESCALATION_LEVELS)[number]> = {
	team: ['team', 'service', 'operational'],
	partnership_board: ['partnership board', 'SEND partnership board', 'SEND board'],
	hwbb: ['Health and Wellbeing Board', 'HWBB', 'HWB']
};
export const APPETITE_WORDS: EnumWords<(typeof APPETITE_LEVELS)[number]> = {
	averse: ['averse'],
	minimal: ['minimal'],
	cautious: ['cautious'],
	open: ['open'],
	eager: ['eager']
};
export const EFFECTIVENESS_WORDS: EnumWords<(typeof EFFECTIVENESS)[number]> = {
	effective: ['effective', 'good'],
	partly_effective: ['partly effective', 'partially effective', 'partial', 'some'],
	not_effective: ['not effective', 'ineffective', 'poor']
};
export const TRIGGER_WORDS: EnumWords<(typeof TRIGGER_SIDES)[number]> = {
	below: ['below', 'falls below', 'less than', '<'],
	above: ['above', 'rises above', 'more than', '>']
};

export const riskSchema = z
	.object({
		id: ref,
		title: text,
		cause: text.nullable(),
		event: text.nullable(),
		effect: text.nullable(),
		/** Orange Book style category (strategy, operations, financial, people, reputation …). */
		category: text.nullable(),
		/** The priority, action-plan area or framework outcome the risk threatens. */
		linked_to: text.nullable(),
		owner: text,
		lead_organisation: text.nullable(),
		inherent_likelihood: score.nullable(),
		inherent_impact: score.nullable(),
		current_likelihood: score,
		current_impact: score,
		target_likelihood: score.nullable(),
		target_impact: score.nullable(),
		target_date: isoDate.nullable(),
		/** The score the partnership is prepared to carry; "outside appetite" is current above it. */
		appetite_score: z.number().int().min(1).max(25).nullable(),
		appetite_level: z.enum(APPETITE_LEVELS).nullable(),
		controls: text.nullable(),
		controls_effectiveness: z.enum(EFFECTIVENESS).nullable(),
		gaps_in_control: text.nullable(),
		assurance_first_line: text.nullable(),
		assurance_second_line: text.nullable(),
		assurance_third_line: text.nullable(),
		gaps_in_assurance: text.nullable(),
		linked_actions: z.array(ref),
		date_raised: isoDate.nullable(),
		last_reviewed: isoDate.nullable(),
		next_review_due: isoDate.nullable(),
		escalation_level: z.enum(ESCALATION_LEVELS).nullable(),
		status: z.enum(RISK_STATUSES),
		linked_indicators: z.array(indicatorId),
		trigger_indicator: indicatorId.nullable(),
		trigger_when: z.enum(TRIGGER_SIDES).nullable(),
		trigger_value: z.number().nullable()
	})
	.superRefine((r, ctx) => {
		pairIssues(
			ctx,
			r.inherent_likelihood,
			r.inherent_impact,
			['inherent_likelihood', 'inherent_impact'],
			'inherent'
		);
		pairIssues(
			ctx,
			r.target_likelihood,
			r.target_impact,
			['target_likelihood', 'target_impact'],
			'target'
		);
		const trigger = [r.trigger_indicator, r.trigger_when, r.trigger_value];
		if (trigger.some((v) => v !== null) && trigger.some((v) => v === null))
			for (const [field, v] of [
				['trigger_indicator', r.trigger_indicator],
				['trigger_when', r.trigger_when],
				['trigger_value', r.trigger_value]
			] as const)
				if (v === null)
					flag(ctx, field, 'a trigger needs its indicator, below or above, and a value');
		if (r.date_raised && r.last_reviewed && r.last_reviewed < r.date_raised)
			flag(
				ctx,
				'last_reviewed',
				`the last review is before the risk was raised (${r.date_raised})`
			);
		if (r.last_reviewed && r.next_review_due && r.next_review_due < r.last_reviewed)
			flag(ctx, 'next_review_due', `the next review is before the last one (${r.last_reviewed})`);
	});
export type Risk = z.infer<typeof riskSchema>;
