import { z } from 'zod';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { flag, indicatorId, isoDate, pairIssues, ref, score, text } from './common';
import { defineLayout } from './layout';

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

type Key = keyof Risk & string;
const scored = (key: Key, header: string, about: string, example: string, required = false) =>
	col.number(key, header, { integer: true, min: 1, max: 5 }, { required, about, example });
const note = (key: Key, header: string, about: string, example = '', aliases: string[] = []) =>
	col.text(key, header, { about, example, aliases });

export const risksLayout = defineLayout({
	name: 'risks',
	title: 'Risk register',
	about: 'One row per risk, with its current scores. Re-scorings over time go in risk reviews.',
	schema: riskSchema,
	key: ['id'],
	columns: [
		col.ref('id', 'Risk id', {
			required: true,
			aliases: ['Id', 'Risk ref', 'Ref', 'Risk number'],
			about: 'The risk’s unique reference, e.g. SR3.',
			example: 'SR3'
		}),
		col.text('title', 'Title', {
			required: true,
			aliases: ['Risk', 'Risk title'],
			about: 'The risk in a few words.',
			example: 'EHC plans not issued within 20 weeks'
		}),
		note(
			'cause',
			'Cause',
			'What could lead to it.',
			'Rising requests and vacancies in the EHC team'
		),
		note('event', 'Event', 'What could happen.', 'Plans are issued late'),
		note(
			'effect',
			'Effect',
			'What it would mean for children and families.',
			'Support starts late; tribunal appeals rise'
		),
		note(
			'category',
			'Category',
			'The register’s category, e.g. operations or financial.',
			'operations'
		),
		note('linked_to', 'Linked to', 'The priority or outcome the risk threatens.', 'Priority 2', [
			'Linked priority',
			'Linked outcome'
		]),
		col.text('owner', 'Owner', {
			required: true,
			aliases: ['Risk owner'],
			about: 'The named executive who owns the risk.',
			example: 'Director of Children’s Services'
		}),
		note(
			'lead_organisation',
			'Lead organisation',
			'LA, ICB or another partner.',
			'Local authority',
			['Organisation']
		),
		scored(
			'inherent_likelihood',
			'Inherent likelihood',
			'Likelihood 1–5 before any controls.',
			'4'
		),
		scored('inherent_impact', 'Inherent impact', 'Impact 1–5 before any controls.', '4'),
		scored(
			'current_likelihood',
			'Current likelihood',
			'Likelihood 1–5 now, with controls.',
			'4',
			true
		),
		scored('current_impact', 'Current impact', 'Impact 1–5 now, with controls.', '3', true),
		scored(
			'target_likelihood',
			'Target likelihood',
			'Likelihood 1–5 aimed for by the target date.',
			'2'
		),
		scored('target_impact', 'Target impact', 'Impact 1–5 aimed for by the target date.', '3'),
		col.date('target_date', 'Target date', {
			about: 'When the target score should be reached.',
			example: '31/03/2027'
		}),
		col.number(
			'appetite_score',
			'Appetite score',
			{ integer: true, min: 1, max: 25 },
			{
				aliases: ['Risk appetite score', 'Tolerance score'],
				about: 'The highest score the partnership is prepared to carry for this risk.',
				example: '8'
			}
		),
		col.words('appetite_level', 'Appetite level', APPETITE_WORDS, {
			aliases: ['Risk appetite'],
			about: 'The appetite in words.',
			example: 'cautious'
		}),
		note(
			'controls',
			'Controls',
			'What is in place to manage the risk, one per line.',
			'Weekly timeliness tracker; agency caseworkers'
		),
		col.words('controls_effectiveness', 'Controls effectiveness', EFFECTIVENESS_WORDS, {
			about: 'How well the controls work overall.',
			example: 'partly effective'
		}),
		note(
			'gaps_in_control',
			'Gaps in control',
			'What is missing from the controls.',
			'No cover for educational psychology advice'
		),
		note(
			'assurance_first_line',
			'Assurance (1st line)',
			'Management assurance: the service’s own checks.',
			'Monthly performance report',
			['First line assurance']
		),
		note(
			'assurance_second_line',
			'Assurance (2nd line)',
			'Oversight: boards, performance and compliance teams.',
			'SEND Partnership Board review',
			['Second line assurance']
		),
		note(
			'assurance_third_line',
			'Assurance (3rd line)',
			'Independent: internal audit, inspection.',
			'Internal audit 2026/27',
			['Third line assurance']
		),
		note('gaps_in_assurance', 'Gaps in assurance', 'Where assurance is missing.', ''),
		col.refList('linked_actions', 'Linked actions', {
			refersTo: 'actions',
			aliases: ['Actions', 'Mitigating actions'],
			about: 'References of the plan actions that treat this risk.',
			example: '2.3'
		}),
		col.date('date_raised', 'Date raised', {
			aliases: ['Raised'],
			about: 'When the risk was added.',
			example: '01/04/2026'
		}),
		col.date('last_reviewed', 'Last reviewed', {
			aliases: ['Last review'],
			about: 'When it was last reviewed.',
			example: '01/10/2026'
		}),
		col.date('next_review_due', 'Next review due', {
			aliases: ['Next review'],
			about: 'When it is next due for review.',
			example: '01/01/2027'
		}),
		col.words('escalation_level', 'Escalation level', ESCALATION_WORDS, {
			aliases: ['Escalated to'],
			about:
				'Where the risk is held: team, SEND partnership board or the Health and Wellbeing Board.',
			example: 'partnership board'
		}),
		col.words('status', 'Status', RISK_STATUS_WORDS, {
			required: true,
			about: 'Open, closed or transferred.',
			example: 'open'
		}),
		col.indicatorList('linked_indicators', 'Linked indicators', {
			refersTo: 'indicators',
			about: 'Ids of published or local indicators that show the risk.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.indicator('trigger_indicator', 'Trigger indicator', {
			refersTo: 'indicators',
			about: 'The indicator whose value should prompt a review.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.words('trigger_when', 'Trigger when', TRIGGER_WORDS, {
			about: 'Whether the trigger fires when the indicator falls below or rises above the value.',
			example: 'below'
		}),
		col.number(
			'trigger_value',
			'Trigger value',
			{},
			{ about: 'The trigger’s value, in the indicator’s unit.', example: '50' }
		)
	]
});
