import { areConsecutive, type PeriodType } from './periods';
import type { Polarity } from './polarity';

/** How a measure is counted; see the indicator schema. */
export type Unit = 'count' | 'percent' | 'points' | 'score' | 'rate';

export type Change =
	| { comparable: true; absolute: number; relative: number | null; direction: Direction }
	| { comparable: false; reason: string };

export type Direction = 'improving' | 'worsening' | 'no change' | 'up' | 'down';

type Point = { year: number; value: number | null };

/**
 * Change from the previous period to the latest. Only back-to-back periods with both
 * values are compared; otherwise the reason is given instead of a misleading number.
 * `direction` is in words: improving / worsening by polarity, or up / down without one.
 */
export function changeSincePrevious(
	latest: Point,
	previous: Point | null,
	polarity: Polarity,
	periodType: PeriodType = 'calendar_year'
): Change {
	if (!previous) return { comparable: false, reason: 'no earlier period' };
	if (!areConsecutive(previous.year, latest.year, periodType)) {
		return { comparable: false, reason: 'the previous period is not the one before' };
	}
	if (latest.value === null || previous.value === null) {
		return { comparable: false, reason: 'a value is missing' };
	}
	const absolute = latest.value - previous.value;
	const relative = previous.value === 0 ? null : absolute / Math.abs(previous.value);
	return { comparable: true, absolute, relative, direction: directionOf(absolute, polarity) };
}

function directionOf(absolute: number, polarity: Polarity): Direction {
	if (Math.abs(absolute) < 1e-9) return 'no change';
	if (polarity === 'none') return absolute > 0 ? 'up' : 'down';
	return absolute > 0 === (polarity === 'high') ? 'improving' : 'worsening';
}
