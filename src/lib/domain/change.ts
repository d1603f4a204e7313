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
 * The smallest base a percentage change is worked out from. Below it one child more or less
 * moves the percentage by five points or more, so "+250%" says more about the base than the
 * area: Kirklees had 7 EHC plans in January 2015 (most children still had statements), and
 * "+63,828.6%" since then meant nothing. Twenty is also about where the publishers' own
 * rounding and suppression of small counts stop mattering.
 */
export const MIN_PERCENT_BASE = 20;

/**
 * The largest percentage change shown: five times the base (+500%). A count that has grown
 * more than sixfold has changed what it counts (a new duty, a change of definition, a council
 * that has only just started recording), so the number and the years are shown, not the %.
 */
export const MAX_RELATIVE_CHANGE = 5;

/**
 * The change from `from` to `to` as a fraction of `from` (0.34 for +34%), or null where a
 * percentage would mislead: a base under {@link MIN_PERCENT_BASE} (or a negative one), or a
 * change of more than {@link MAX_RELATIVE_CHANGE} times the base. Only counts have
 * percentage changes: a change in a percentage or rate is given in its own units (percentage
 * points, never "% of a %"), and a score can be negative, so a % of it means nothing.
 */
export function relativeChange(
	from: number | null | undefined,
	to: number | null | undefined,
	unit: Unit = 'count'
): number | null {
	if (unit !== 'count' || from == null || to == null) return null;
	if (!Number.isFinite(from) || !Number.isFinite(to) || from < MIN_PERCENT_BASE) return null;
	const relative = (to - from) / from;
	return Math.abs(relative) > MAX_RELATIVE_CHANGE ? null : relative;
}

/** Why {@link relativeChange} gave no percentage for a count, in words, or null if it gave one. */
export function noPercentReason(from: number | null, to: number | null): string | null {
	if (from === null || to === null) return null;
	if (from < MIN_PERCENT_BASE) return `no % change from as few as ${Math.round(from)}`;
	if (relativeChange(from, to) === null) return 'no % change: more than sixfold';
	return null;
}

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
	return changeBetween(previous, latest, polarity);
}

/**
 * Change from any earlier period to a later one (the reader's "change since"): both values are
 * needed, and the relative change obeys {@link relativeChange}'s rule.
 */
export function changeBetween(earlier: Point, later: Point, polarity: Polarity): Change {
	if (later.value === null || earlier.value === null) {
		return { comparable: false, reason: 'a value is missing' };
	}
	const absolute = later.value - earlier.value;
	const relative = relativeChange(earlier.value, later.value);
	return { comparable: true, absolute, relative, direction: directionOf(absolute, polarity) };
}

function directionOf(absolute: number, polarity: Polarity): Direction {
	if (Math.abs(absolute) < 1e-9) return 'no change';
	if (polarity === 'none') return absolute > 0 ? 'up' : 'down';
	return absolute > 0 === (polarity === 'high') ? 'improving' : 'worsening';
}
