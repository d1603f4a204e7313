import { z } from 'zod';
import { col } from './columns';
import { flag, isoDate, text } from './common';
import { defineLayout } from './layout';

/**
 * Board meetings: the calendar the scorecard, action tracker and risk register measure
 * "since the last meeting" against, and the board paper is written for.
 */
export const meetingSchema = z
	.object({
		date: isoDate,
		/** e.g. Health and Wellbeing Board, SEND Partnership Board. */
		board: text,
		title: text.nullable(),
		papers_due: isoDate.nullable(),
		location: text.nullable(),
		notes: text.nullable()
	})
	.superRefine((m, ctx) => {
		if (m.papers_due !== null && m.papers_due > m.date)
			flag(ctx, 'papers_due', `the papers are due after the meeting on ${m.date}`);
	});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingsLayout = defineLayout({
	name: 'meetings',
	title: 'Board meetings',
	about: 'One row per board meeting: when it is, which board, and when its papers are due.',
	schema: meetingSchema,
	key: ['date', 'board'],
	columns: [
		col.date('date', 'Date', {
			required: true,
			aliases: ['Meeting date'],
			about: 'The day of the meeting.',
			example: '03/12/2026'
		}),
		col.text('board', 'Board', {
			required: true,
			about: 'Which board meets, e.g. Health and Wellbeing Board or SEND Partnership Board.',
			example: 'Health and Wellbeing Board'
		}),
		col.text('title', 'Title', {
			aliases: ['Meeting'],
			about: 'A name for the meeting or its main item.',
			example: 'SEND update and priority action plan progress'
		}),
		col.date('papers_due', 'Papers due', {
			aliases: ['Papers due date', 'Deadline for papers'],
			about: 'The date papers must reach the clerk.',
			example: '19/11/2026'
		}),
		col.text('location', 'Location', {
			about: 'Where the meeting is held.',
			example: 'Civic Centre'
		}),
		col.text('notes', 'Notes', { about: 'Anything else about the meeting.', example: '' })
	]
});
