import { z } from 'zod';
import { col } from './columns';
import { isoDate, percent, ref, revisionIssues, text } from './common';
import {
	ACTION_STATUS_WORDS,
	ACTION_STATUSES,
	STATUS_COLOURS_ABOUT,
	STATUS_COLOURS_ACCEPTED
} from './actions';
import { defineLayout } from './layout';

/**
 * Dated progress updates on actions: the history that shows progress over time and lets the
 * tracker rebuild an action's status at any past board meeting. One update per action per day.
 * An update that moves the due date says so, so the tracker can count how often and how far
 * an action's date moved; the action's own revised due date is the latest of them.
 */
export const actionUpdateSchema = z
	.object({
		action_reference: ref,
		date: isoDate,
		status: z.enum(ACTION_STATUSES),
		percent_complete: percent.nullable(),
		/** The new due date agreed at this update; blank when the date did not move. */
		revised_due_date: isoDate.nullable(),
		revision_reason: text.nullable(),
		commentary: text.nullable(),
		/** Links or document names; the page shows only http(s) links as links. */
		evidence: z.array(text),
		author: text.nullable()
	})
	.superRefine((u, ctx) => revisionIssues(ctx, u.revised_due_date, u.revision_reason));
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const actionUpdatesLayout = defineLayout({
	name: 'action_updates',
	title: 'Action updates',
	about:
		'One row per progress update on an action. Each update’s action must be in the actions table.',
	schema: actionUpdateSchema,
	key: ['action_reference', 'date'],
	columns: [
		col.ref('action_reference', 'Action reference', {
			required: true,
			refersTo: 'actions',
			aliases: ['Action ref', 'Reference', 'Action'],
			about: 'The reference of the action updated.',
			example: '2.3'
		}),
		col.date('date', 'Date', {
			required: true,
			aliases: ['Update date', 'Date of update'],
			about: 'When the update was given.',
			example: '15/10/2026'
		}),
		col.words('status', 'Status', ACTION_STATUS_WORDS, {
			required: true,
			aliases: ['RAG', 'BRAG'],
			about: `The action’s status at this update. ${STATUS_COLOURS_ABOUT}`,
			alsoAccepted: STATUS_COLOURS_ACCEPTED,
			example: 'at risk'
		}),
		col.number(
			'percent_complete',
			'% complete',
			{ min: 0, max: 100 },
			{
				aliases: ['Percent complete', 'Percentage complete'],
				about: 'How far through the action is, 0 to 100.',
				example: '60'
			}
		),
		col.date('revised_due_date', 'Revised due date', {
			aliases: ['Revised date', 'New due date'],
			about:
				'A new due date, only on the update at which the date moved (blank means it did not move).',
			example: '31/12/2026'
		}),
		col.text('revision_reason', 'Reason for revised date', {
			aliases: ['Revision reason', 'Reason for change'],
			about: 'Why the date moved (needed when there is a revised due date).',
			example: 'Second recruitment round planned for November'
		}),
		col.text('commentary', 'Commentary', {
			aliases: ['Update', 'Progress', 'Comments'],
			about: 'What has happened since the last update.',
			example: 'One coordinator in post; second post re-advertised.'
		}),
		col.textList('evidence', 'Evidence', {
			aliases: ['Evidence links', 'Evidence of impact'],
			about: 'Links or document names, separated by ; or new lines.',
			example: 'https://example.org/send/recruitment-update'
		}),
		col.text('author', 'Author', {
			aliases: ['Updated by', 'Officer'],
			about: 'Who gave the update.',
			example: 'SEND Service Manager'
		})
	]
});
