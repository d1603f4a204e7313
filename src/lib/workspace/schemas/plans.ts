import { z } from 'zod';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { flag, isoDate, ref, text } from './common';
import { defineLayout } from './layout';

/**
 * The improvement plans the area is delivering: a written statement of action (2016
 * framework), an accelerated progress plan, a priority action plan (2023 framework, outcome 3),
 * a post-inspection improvement plan (outcome 2) or a SEND strategy. Priorities belong to a
 * plan, and actions to a priority.
 */
export const PLAN_TYPES = [
	'wsoa',
	'app',
	'priority_action_plan',
	'improvement_plan',
	'send_strategy'
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_TYPE_WORDS: EnumWords<PlanType> = {
	wsoa: ['written statement of action', 'WSoA', 'written statement'],
	app: ['accelerated progress plan', 'APP'],
	priority_action_plan: ['priority action plan', 'PAP', 'priority action plan (area SEND)'],
	improvement_plan: [
		'improvement plan',
		'post-inspection improvement plan',
		'SEND improvement plan',
		'post-inspection plan'
	],
	send_strategy: ['SEND strategy', 'strategy', 'SEND and AP strategy']
};

/** The 2023 framework's three outcomes, and the 2016 framework's call for a written statement. */
export const INSPECTION_OUTCOMES = [
	'positive',
	'inconsistent',
	'systemic_failings',
	'wsoa_required'
] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export const INSPECTION_OUTCOME_WORDS: EnumWords<InspectionOutcome> = {
	positive: [
		'positive experiences and outcomes',
		'typically positive experiences and outcomes',
		'outcome 1',
		'positive'
	],
	inconsistent: ['inconsistent experiences and outcomes', 'outcome 2', 'inconsistent'],
	systemic_failings: [
		'widespread or systemic failings',
		'widespread and/or systemic failings',
		'outcome 3',
		'systemic failings'
	],
	wsoa_required: [
		'written statement of action required',
		'WSoA required',
		'written statement required'
	]
};

export const PLAN_STATUSES = ['active', 'closed', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_WORDS: EnumWords<PlanStatus> = {
	active: ['active', 'live', 'current', 'open'],
	closed: ['closed', 'complete', 'completed'],
	superseded: ['superseded', 'replaced']
};

export const planSchema = z
	.object({
		id: ref,
		type: z.enum(PLAN_TYPES),
		title: text,
		inspection_date: isoDate.nullable(),
		inspection_outcome: z.enum(INSPECTION_OUTCOMES).nullable(),
		/** When the plan was approved: by the board, or as "fit for purpose" by Ofsted or the DfE. */
		approval_date: isoDate.nullable(),
		status: z.enum(PLAN_STATUSES),
		notes: text.nullable()
	})
	.superRefine((p, ctx) => {
		if (p.inspection_outcome !== null && p.inspection_date === null)
			flag(ctx, 'inspection_date', 'an inspection outcome is given, so its date is needed too');
		if (
			p.inspection_date !== null &&
			p.approval_date !== null &&
			p.approval_date < p.inspection_date
		)
			flag(
				ctx,
				'approval_date',
				`the plan was approved before the inspection it follows (${p.inspection_date})`
			);
	});
export type Plan = z.infer<typeof planSchema>;

export const plansLayout = defineLayout({
	name: 'plans',
	title: 'Plans',
	about:
		'One row per improvement plan the area is delivering, such as a priority action plan or written statement of action.',
	schema: planSchema,
	key: ['id'],
	columns: [
		col.ref('id', 'Plan id', {
			required: true,
			aliases: ['Id', 'Plan ref', 'Plan reference'],
			about: 'A short unique reference for the plan, e.g. PAP2025.',
			example: 'PAP2025'
		}),
		col.words('type', 'Type', PLAN_TYPE_WORDS, {
			required: true,
			aliases: ['Plan type'],
			about: 'What kind of plan it is.',
			example: 'priority action plan'
		}),
		col.text('title', 'Title', {
			required: true,
			aliases: ['Plan', 'Plan title', 'Name'],
			about: 'The plan’s name as the partnership uses it.',
			example: 'Priority action plan (area SEND) 2025'
		}),
		col.date('inspection_date', 'Inspection date', {
			aliases: ['Date of inspection'],
			about: 'When the area SEND inspection the plan responds to ended, if it follows one.',
			example: '14/03/2025'
		}),
		col.words('inspection_outcome', 'Inspection outcome', INSPECTION_OUTCOME_WORDS, {
			aliases: ['Outcome', 'Inspection judgement'],
			about:
				'The inspection’s outcome: one of the 2023 framework’s three outcomes, or (2016 framework) that a written statement of action was required.',
			example: 'widespread or systemic failings'
		}),
		col.date('approval_date', 'Approval date', {
			aliases: ['Approved', 'Date approved'],
			about: 'When the plan was approved, by the board or as fit for purpose by Ofsted or the DfE.',
			example: '30/05/2025'
		}),
		col.words('status', 'Status', PLAN_STATUS_WORDS, {
			ifBlank: 'active',
			aliases: ['Plan status'],
			about: 'Active, closed or superseded (blank means active).',
			example: 'active'
		}),
		col.text('notes', 'Notes', {
			aliases: ['Comments'],
			about: 'Anything else about the plan, e.g. its review meetings with the DfE and NHS England.',
			example: ''
		})
	]
});
