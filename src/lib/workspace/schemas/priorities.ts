import { z } from 'zod';
import { col } from './columns';
import { ref, text } from './common';
import { defineLayout } from './layout';

/**
 * The priorities of a plan: areas of significant weakness (WSoA), areas for priority action
 * (priority action plan) or areas for improvement, kept in the inspection's own words, with the
 * bodies responsible and the board's SEND champion who holds officers to account for it.
 * Actions name their priority by its reference, so a reference is unique across all plans.
 */
export const prioritySchema = z.object({
	reference: ref,
	plan_id: ref,
	/** Verbatim, as the inspection report or plan words it. */
	text: text,
	short_title: text.nullable(),
	/** The local authority, the ICB, or others the report names. */
	responsible_bodies: z.array(text),
	/** The board member who holds the priority between meetings. */
	champion: text.nullable(),
	notes: text.nullable()
});
export type Priority = z.infer<typeof prioritySchema>;

export const prioritiesLayout = defineLayout({
	name: 'priorities',
	title: 'Priorities',
	about:
		'One row per priority of a plan: an area of weakness, area for priority action or area for improvement. Each priority’s plan must be in the plans table.',
	schema: prioritySchema,
	key: ['reference'],
	columns: [
		col.ref('reference', 'Reference', {
			required: true,
			aliases: ['Ref', 'Priority', 'Priority ref', 'Priority reference'],
			about: 'The priority’s unique reference, e.g. 2 or P2; actions name their priority by it.',
			example: '2'
		}),
		col.ref('plan_id', 'Plan id', {
			required: true,
			refersTo: 'plans',
			aliases: ['Plan', 'Plan ref', 'Plan reference'],
			about: 'The id of the plan the priority belongs to.',
			example: 'PAP2025'
		}),
		col.text('text', 'Wording', {
			required: true,
			aliases: [
				'Text',
				'Area of weakness',
				'Area for priority action',
				'Area for improvement',
				'Priority text'
			],
			about: 'The priority exactly as the inspection report or plan words it.',
			example:
				'Leaders across education, health and care should make sure that EHC needs assessments and plans are completed within statutory timescales.'
		}),
		col.text('short_title', 'Short title', {
			aliases: ['Title', 'Theme'],
			about: 'A few words to show it by.',
			example: 'Timeliness of EHC plans'
		}),
		col.textList('responsible_bodies', 'Responsible bodies', {
			aliases: ['Responsible body', 'Responsible organisations'],
			about: 'The bodies responsible, separated by ; (for example Local authority; ICB).',
			example: 'Local authority; ICB'
		}),
		col.text('champion', 'SEND champion', {
			aliases: ['Champion', 'Board champion'],
			about: 'The board member who holds this priority between meetings.',
			example: 'Cabinet Member for Children and Learning'
		}),
		col.text('notes', 'Notes', {
			aliases: ['Comments'],
			about: 'Anything else about the priority.',
			example: ''
		})
	]
});
