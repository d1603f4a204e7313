import { z } from 'zod';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { flag, indicatorId, isoDate, percent, ref, revisionIssues, text } from './common';
import { defineLayout } from './layout';

/**
 * Actions of the area's improvement plan (WSoA, accelerated progress plan, priority action plan
 * or post-inspection plan). Statuses are the words trackers use; the tracker shows them as BRAG
 * (blue = complete) with the words, never colour alone.
 */
export const ACTION_STATUSES = [
	'not_started',
	'on_track',
	'at_risk',
	'off_track',
	'complete',
	'complete_embedded'
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The BRAG colours plan trackers write for the same statuses (blue = complete). */
export const ACTION_STATUS_COLOURS = {
	complete: 'blue',
	on_track: 'green',
	at_risk: 'amber',
	off_track: 'red'
} as const satisfies Partial<Record<ActionStatus, string>>;

export const ACTION_STATUS_WORDS: EnumWords<ActionStatus> = {
	not_started: ['not started', 'not yet started'],
	on_track: ['on track', ACTION_STATUS_COLOURS.on_track],
	at_risk: ['at risk', 'some delay', ACTION_STATUS_COLOURS.at_risk],
	off_track: ['off track', 'significant delay', ACTION_STATUS_COLOURS.off_track],
	complete: ['complete', 'completed', 'done', ACTION_STATUS_COLOURS.complete],
	complete_embedded: ['complete and embedded', 'embedded', 'completed and embedded']
};

const COLOURS = Object.entries(ACTION_STATUS_COLOURS) as [ActionStatus, string][];
/** How a Status column names the colours it reads, in messages and README.txt. */
export const STATUS_COLOURS_ACCEPTED = `a BRAG colour: ${COLOURS.map(([, colour]) => colour)
	.join(', ')
	.replace(/, (?=[^,]*$)/, ' or ')}`;
/** The colours with their meanings, for a Status column's help text. */
export const STATUS_COLOURS_ABOUT = `The BRAG colours are read too: ${COLOURS.map(
	([status, colour]) => `${colour} is ${ACTION_STATUS_WORDS[status][0]}`
)
	.join(', ')
	.replace(/, (?=[^,]*$)/, ' and ')}.`;

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const DIRECTION_WORDS: EnumWords<(typeof DIRECTIONS)[number]> = {
	increase: ['increase', 'up', 'higher', 'rise'],
	decrease: ['decrease', 'down', 'lower', 'fall', 'reduce'],
	maintain: ['maintain', 'hold', 'no change', 'stay the same']
};

export const actionSchema = z
	.object({
		reference: ref,
		/** The priority the action serves ("2" or "P2"), by its reference in the priorities table. */
		priority: ref,
		description: text,
		lead_officer: text.nullable(),
		/** LA, ICB, a provider or the parent carer forum, as the plan names it. */
		partner_organisation: text.nullable(),
		start_date: isoDate.nullable(),
		due_date: isoDate,
		revised_due_date: isoDate.nullable(),
		revision_reason: text.nullable(),
		status: z.enum(ACTION_STATUSES),
		percent_complete: percent.nullable(),
		linked_indicators: z.array(indicatorId),
		expected_direction: z.enum(DIRECTIONS).nullable(),
		notes: text.nullable()
	})
	.superRefine((a, ctx) => {
		if (a.start_date !== null && a.due_date < a.start_date)
			flag(ctx, 'due_date', `the due date is before the start date (${a.start_date})`);
		revisionIssues(ctx, a.revised_due_date, a.revision_reason);
		if (a.expected_direction !== null && a.linked_indicators.length === 0)
			flag(ctx, 'linked_indicators', 'an expected direction is given, but no linked indicator');
	});
export type Action = z.infer<typeof actionSchema>;

export const actionsLayout = defineLayout({
	name: 'actions',
	title: 'Actions',
	about: 'One row per action of the improvement plan, with its current status.',
	schema: actionSchema,
	key: ['reference'],
	columns: [
		col.ref('reference', 'Reference', {
			required: true,
			aliases: ['Ref', 'Action ref', 'Action reference', 'Action id'],
			about: 'The action’s unique reference, e.g. 2.3.',
			example: '2.3'
		}),
		col.ref('priority', 'Priority', {
			required: true,
			refersTo: 'priorities',
			aliases: ['Priority ref', 'Area of weakness', 'Area for priority action'],
			about: 'The reference of the priority or area for improvement the action belongs to.',
			example: '2'
		}),
		col.text('description', 'Description', {
			required: true,
			aliases: ['Action'],
			about: 'What will be done.',
			example: 'Recruit two additional EHC plan coordinators'
		}),
		col.text('lead_officer', 'Lead officer', {
			aliases: ['Lead', 'Owner', 'Responsible officer'],
			about: 'The officer responsible.',
			example: 'Head of SEND Services'
		}),
		col.text('partner_organisation', 'Partner organisation', {
			aliases: ['Organisation', 'Lead organisation', 'Partner'],
			about:
				'Which partner leads: the local authority, the ICB, a provider or the parent carer forum.',
			example: 'Local authority'
		}),
		col.date('start_date', 'Start date', { about: 'When work began.', example: '01/04/2026' }),
		col.date('due_date', 'Due date', {
			required: true,
			aliases: ['Deadline', 'Original due date', 'Completion date'],
			about: 'The date agreed in the plan.',
			example: '30/09/2026'
		}),
		col.date('revised_due_date', 'Revised due date', {
			aliases: ['Revised date', 'New due date'],
			about: 'A new date, if the plan’s date has moved.',
			example: '31/12/2026'
		}),
		col.text('revision_reason', 'Reason for revised date', {
			aliases: ['Revision reason', 'Reason for change'],
			about: 'Why the date moved (needed when there is a revised due date).',
			example: 'Recruitment round failed; re-advertised in October'
		}),
		col.words('status', 'Status', ACTION_STATUS_WORDS, {
			required: true,
			aliases: ['RAG', 'BRAG', 'Progress status'],
			about: `Where the action stands. ${STATUS_COLOURS_ABOUT}`,
			alsoAccepted: STATUS_COLOURS_ACCEPTED,
			example: 'at risk'
		}),
		col.number(
			'percent_complete',
			'% complete',
			{ min: 0, max: 100 },
			{
				aliases: ['Percent complete', 'Percentage complete', 'Complete %'],
				about: 'How far through the action is, 0 to 100.',
				example: '60'
			}
		),
		col.indicatorList('linked_indicators', 'Linked indicators', {
			refersTo: 'indicators',
			aliases: ['Linked measures', 'Indicators'],
			about: 'Ids of the published or local indicators the action should move.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.words('expected_direction', 'Expected direction', DIRECTION_WORDS, {
			about: 'Which way the linked indicators should move if the action works.',
			example: 'increase'
		}),
		col.text('notes', 'Notes', {
			aliases: ['Narrative', 'Comments'],
			about: 'Anything else about the action.',
			example: ''
		})
	]
});
