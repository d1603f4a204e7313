import { z } from 'zod';
import { parseDate, parseNumber, quote, splitList, type CellResult } from '../cells';
import { isoDate } from './common';

/**
 * Milestone targets of a framework measure (a trajectory to the final target), kept in one
 * cell as "55 by 31/03/2026; 65 by 30/09/2026" because officers keep one row per measure.
 */
export const milestoneSchema = z.object({ value: z.number(), date: isoDate });
export type Milestone = z.infer<typeof milestoneSchema>;

export function parseMilestones(text: string): CellResult<Milestone[]> {
	const milestones: Milestone[] = [];
	for (const part of splitList(text, false)) {
		const m = /^(.+?)\s+by\s+(.+)$/i.exec(part);
		if (!m)
			return {
				ok: false,
				message: `${quote(part)} is not a milestone: write it as 55 by 31/03/2026`
			};
		const value = parseNumber(m[1]);
		if (!value.ok) return value;
		const date = parseDate(m[2]);
		if (!date.ok) return date;
		if (milestones.some((other) => other.date === date.value))
			return { ok: false, message: `two milestones fall on ${date.value}` };
		milestones.push({ value: value.value, date: date.value });
	}
	// Kept in date order, so the trajectory reads left to right and exports are stable.
	return { ok: true, value: milestones.sort((a, b) => a.date.localeCompare(b.date)) };
}

export function writeMilestones(milestones: Milestone[]): { text: string } | null {
	if (milestones.length === 0) return null;
	return { text: milestones.map((m) => `${m.value} by ${m.date}`).join('; ') };
}
