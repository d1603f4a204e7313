import type { Change, Unit } from './change';

/**
 * One formatting rule per unit, for values, changes and gaps alike:
 *
 * | unit    | value                   | change or gap                    |
 * | ------- | ----------------------- | -------------------------------- |
 * | count   | 1,992                   | +255 (+14.7%)                    |
 * | percent | 16.1%                   | +1.0 percentage point            |
 * | points  | −49.0 percentage points | +1.0 percentage point            |
 * | score   | 46.2                    | +0.2                             |
 * | rate    | 1.1                     | −0.3                             |
 *
 * Counts are whole numbers with thousands separators. Percentages and points (a gap between
 * two percentages, so itself in percentage points) have one decimal place. Scores and rates have
 * one, unless the measure's published figures have two (Progress 8 "−0.35", exclusions per 100
 * pupils "0.08"): then all its figures, averages and changes have two. A negative figure has the
 * true minus sign (−), and a change always has its sign.
 */

/** The minus sign a reader sees: U+2212, never the hyphen. */
export const MINUS = '−';

const formatters = new Map<number, Intl.NumberFormat>();
function fixed(decimals: number): Intl.NumberFormat {
	let f = formatters.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-GB', {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		formatters.set(decimals, f);
	}
	return f;
}

/** A number with a fixed count of decimals and the true minus sign; never "−0.0". */
function number(value: number, decimals: number): string {
	const text = fixed(decimals).format(Math.abs(value));
	const zero = Number(fixed(decimals).format(0)) === Number(text.replace(/,/g, ''));
	return value < 0 && !zero ? `${MINUS}${text}` : text;
}

/** A number with its sign always shown: "+1.0", "−1.0", "0.0". */
function signedNumber(value: number, decimals: number): string {
	const text = number(value, decimals);
	return text.startsWith(MINUS) || Number(text.replace(/,/g, '')) === 0 ? text : `+${text}`;
}

/**
 * How many decimal places the publisher gives a measure's figures (0, 1 or 2): the most any of
 * the figures has. Pass every figure of the measure for the period (all areas and benchmarks).
 */
export function publishedDecimals(values: readonly (number | null | undefined)[]): number {
	let most = 0;
	for (const v of values) {
		if (v == null || !Number.isFinite(v)) continue;
		for (let d = most; d < 2; d++) {
			const scaled = v * 10 ** d;
			if (Math.abs(scaled - Math.round(scaled)) < 1e-6) break;
			most = d + 1;
		}
	}
	return most;
}

/**
 * The decimal places shown for a unit: none for counts; one for percentages and points (a
 * second decimal of a percentage is false precision, even where LAIT gives one); one for scores
 * and rates, or two where the measure's published figures have two (Progress 8, exclusions).
 */
export function decimalsFor(unit: Unit, published = 0): number {
	if (unit === 'count') return 0;
	if (unit === 'percent' || unit === 'points') return 1;
	return Math.min(2, Math.max(1, published));
}

/**
 * The figure alone, as it leads a tile: "1,992", "16.1%", "−49.0" (points: the words
 * "percentage points" are written after it, see `unitSuffix`), "46.2", "−0.35".
 */
export function formatNumber(
	value: number,
	unit: Unit,
	published = publishedDecimals([value])
): string {
	const text = number(value, decimalsFor(unit, published));
	return unit === 'percent' ? `${text}%` : text;
}

/**
 * A figure with its unit: "1,992" for counts, "16.1%", "−49.0 percentage points", "46.2"
 * (Progress 8 "−0.35"), "1.1". `published` is the measure's published decimal places
 * (`publishedDecimals` of all its figures), so an area's figure and its benchmarks read alike;
 * without it, a published figure keeps its own decimals (never fewer than the unit's rule).
 */
export function formatValue(
	value: number,
	unit: Unit,
	published = publishedDecimals([value])
): string {
	const text = formatNumber(value, unit, published);
	return unit === 'points' ? `${text} percentage point${pointsPlural(text)}` : text;
}

const pointsPlural = (text: string) => (/^[+−]?1(\.0+)?$/.test(text) ? '' : 's');

/**
 * An average of several areas' figures, to the measure's own precision (so give it the
 * measure's `publishedDecimals`): counts to the nearest whole number (there is no such thing as
 * 0.9 of a plan), others as the measure's own figures, never "12.65" beside "12.6".
 */
export function formatAverage(value: number, unit: Unit, published: number): string {
	return formatValue(value, unit, published);
}

/** A change as a fraction (0.147) → "+14.7%", "−2.0%", "0.0%". */
export function formatGrowth(fraction: number): string {
	return `${signedNumber(fraction * 100, 1)}%`;
}

/**
 * A difference between two figures of one unit, with its sign: "+255" for counts, "+1.0
 * percentage point" for percentages and for points (a change of a gap between percentages is
 * in percentage points too), "+0.2" for scores and rates ("+0.35" where the measure has two decimals).
 */
export function formatDifference(
	difference: number,
	unit: Unit,
	published = publishedDecimals([difference])
): string {
	const text = signedNumber(difference, decimalsFor(unit, published));
	return unit === 'percent' || unit === 'points'
		? `${text} percentage point${pointsPlural(text)}`
		: text;
}

/**
 * "+255 (+14.7%)" for counts; "+12.3 percentage points" for percentages and points; "+0.2" for
 * scores and rates. Give the measure's `published` decimals; without them a score's or rate's
 * change keeps its own (a Progress 8 change of −0.11 is not rounded to −0.1).
 */
export function formatChange(change: Change, unit: Unit, published?: number): string {
	if (!change.comparable) return `not comparable: ${change.reason}`;
	const base = formatDifference(change.absolute, unit, published);
	// A change too small to show at the measure's decimals is no change to a reader ("0.0 percentage points").
	if (/^[+\u2212-]?0(\.0+)?(?![\d.,])/.test(base)) return 'no change';
	if (unit !== 'count' || change.relative === null) return base;
	return `${base} (${formatGrowth(change.relative)})`;
}

/** A short axis label: "40%" rather than "40.0%", "−50" rather than "−50.0 percentage points". */
export function tickLabel(value: number, unit: Unit): string {
	const text = number(value, Number.isInteger(value) ? 0 : decimalsFor(unit, 2));
	const trimmed = unit === 'count' ? text : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
	return unit === 'percent' ? `${trimmed}%` : trimmed;
}

const UNIT_NAMES: Record<Unit, string> = {
	count: 'number',
	percent: 'percentage',
	points: 'percentage points',
	score: 'score',
	rate: 'rate'
};

/** What a measure's numbers are, in the publisher's (or officer's) words where given. */
export function unitName(unit: Unit, label: string | null): string {
	return label ?? UNIT_NAMES[unit];
}

/**
 * Words to write after a figure where the number alone does not say what it counts ("22.0
 * weeks", "53 children", "−49.0 percentage points (SEN minus no SEN)"). A percentage's % says
 * enough already. Points always say "percentage points".
 */
export function unitSuffix(unit: Unit, label: string | null | undefined): string | null {
	if (unit === 'points') {
		if (label && /^percentage points?\b/i.test(label)) return label;
		return label ? `percentage points (${label})` : 'percentage points';
	}
	return unit === 'percent' || !label ? null : label;
}

/** A figure with its unit's words after it, where they help. */
export function formatWithUnit(
	value: number,
	unit: Unit,
	label?: string | null,
	published = publishedDecimals([value])
): string {
	const suffix = unitSuffix(unit, label);
	if (unit === 'points') {
		const text = formatNumber(value, unit, published);
		return `${text} ${suffix!.replace(/^percentage points/i, `percentage point${pointsPlural(text)}`)}`;
	}
	return suffix
		? `${formatValue(value, unit, published)} ${suffix}`
		: formatValue(value, unit, published);
}
