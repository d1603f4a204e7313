import { z } from 'zod';
import type { EnumWords } from '../cells';
import { col } from './columns';
import { count, isoDate, ref, text } from './common';
import { defineLayout } from './layout';

/**
 * Parent, carer and young people's survey results, aggregated: one row per survey × wave ×
 * respondent group × subgroup × question × response option, with the count who chose it. No
 * personal data and no free text. Later views compute % positive, Wilson intervals and
 * small-number suppression from these counts.
 */
export const RESPONDENT_GROUPS = ['parent_carer', 'child_young_person', 'practitioner'] as const;
export const RESPONDENT_WORDS: EnumWords<(typeof RESPONDENT_GROUPS)[number]> = {
	parent_carer: [
		'parent/carer',
		'parent carer',
		'parents and carers',
		'parent',
		'carer',
		'parents'
	],
	child_young_person: [
		'child/young person',
		'child or young person',
		'children and young people',
		'young person',
		'young people',
		'child',
		'CYP'
	],
	practitioner: ['practitioner', 'professional', 'practitioners', 'staff']
};

export const surveyResponseSchema = z.object({
	survey: text,
	/** The wave's label ("Spring 2026") … */
	wave: text,
	/** … and when it closed, which orders waves for trends. */
	wave_date: isoDate.nullable(),
	respondent_group: z.enum(RESPONDENT_GROUPS),
	/** Blank for everyone in the group; otherwise e.g. "Special school" or "Age 11–16". */
	subgroup: text.nullable(),
	question_id: ref,
	question: text,
	/** e.g. being heard, information and choice, support, outcomes, overall confidence. */
	theme: text.nullable(),
	response: text,
	/** The option's place on the scale, 1 = first (e.g. strongly agree). */
	response_order: z.number().int().min(1).max(20),
	/** Whether the option counts towards "% positive". */
	positive: z.boolean(),
	count
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

export const surveyResponsesLayout = defineLayout({
	name: 'survey_responses',
	title: 'Survey responses',
	about:
		'One row per response option to a question, with how many chose it, for each survey wave, respondent group and (optional) subgroup. Counts only: no names and no free text.',
	schema: surveyResponseSchema,
	key: ['survey', 'wave', 'respondent_group', 'subgroup', 'question_id', 'response'],
	consistent: [
		{ by: ['survey', 'question_id'], same: ['question', 'theme'] },
		{ by: ['survey', 'question_id', 'response'], same: ['response_order', 'positive'] },
		{ by: ['survey', 'wave'], same: ['wave_date'] }
	],
	columns: [
		col.text('survey', 'Survey', {
			required: true,
			about: 'The survey’s name.',
			example: 'POET parent and carer survey'
		}),
		col.text('wave', 'Wave', {
			required: true,
			about: 'Which round of the survey.',
			example: 'Autumn 2026'
		}),
		col.date('wave_date', 'Wave date', {
			aliases: ['Survey date', 'Closing date'],
			about: 'When the wave closed (orders the waves).',
			example: '30/11/2026'
		}),
		col.words('respondent_group', 'Respondent group', RESPONDENT_WORDS, {
			required: true,
			aliases: ['Respondent', 'Respondent type', 'Group'],
			about: 'Who answered.',
			example: 'parent/carer'
		}),
		col.text('subgroup', 'Subgroup', {
			about: 'A subgroup such as setting type or age band; blank for everyone.',
			example: ''
		}),
		col.ref('question_id', 'Question id', {
			required: true,
			aliases: ['Question ref', 'Question number', 'Q'],
			about: 'A short id for the question, the same in every wave.',
			example: 'Q4'
		}),
		col.text('question', 'Question', {
			required: true,
			aliases: ['Question text'],
			about: 'The question as asked.',
			example: 'My views were taken into account when the plan was written'
		}),
		col.text('theme', 'Theme', {
			about: 'The theme the question belongs to.',
			example: 'Being heard'
		}),
		col.text('response', 'Response', {
			required: true,
			aliases: ['Response option', 'Answer'],
			about: 'The response option, e.g. Strongly agree.',
			example: 'Agree'
		}),
		col.number(
			'response_order',
			'Response order',
			{ integer: true, min: 1, max: 20 },
			{
				required: true,
				aliases: ['Order', 'Scale position'],
				about: 'The option’s place on the scale, 1 for the first.',
				example: '2'
			}
		),
		col.yesNo('positive', 'Positive', {
			required: true,
			aliases: ['Counts as positive', 'Positive response'],
			about: 'Whether the option counts as positive (yes or no).',
			example: 'yes'
		}),
		col.number(
			'count',
			'Count',
			{ integer: true, min: 0 },
			{
				required: true,
				aliases: ['Number', 'Responses', 'n'],
				about: 'How many chose this option.',
				example: '42'
			}
		)
	]
});
