import type { Change, Unit } from './change';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

const upToTwo = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 2
});

/** "1,992" for counts, "16.1%" for percentages, "46.2" for scores (Progress 8 "−0.35"), "3.4" for rates. */
export function formatValue(value: number, unit: Unit): string {
	switch (unit) {
		case 'percent':
			return `${oneDecimal.format(value)}%`.replace('-', '−');
		case 'count':
			return integer.format(value);
		case 'points':
			// A gap between two percentages: "−55.0 points" (percentage points).
			return `${oneDecimal.format(value)} points`.replace('-', '−');
		case 'score':
			return upToTwo.format(value).replace('-', '−');
		case 'rate':
			// Rates can be small (exclusions per 100 pupils ≈ 0.08): keep two decimals.
			return upToTwo.format(value).replace('-', '−');
	}
}

/** An average of counts is shown to the nearest whole number: there is no such thing as 0.9 of a plan. */
export function formatAverage(value: number, unit: Unit): string {
	return formatValue(unit === 'count' ? Math.round(value) : value, unit);
}

/** A one-year change as a fraction (0.147) → "+14.7%". */
export function formatGrowth(fraction: number): string {
	const pct = fraction * 100;
	const text = `${oneDecimal.format(Math.abs(pct))}%`;
	return pct > 0.05 ? `+${text}` : pct < -0.05 ? `−${text}` : text;
}

function signed(text: string, value: number): string {
	return value > 0 ? `+${text}` : value < 0 ? `−${text.replace('-', '')}` : text;
}

/** "+255 (+14.7%)" for counts; "+12.3 percentage points" for percentages; "+0.20" for scores and rates. */
export function formatChange(change: Change, unit: Unit): string {
	if (!change.comparable) return `not comparable: ${change.reason}`;
	if (unit === 'percent' || unit === 'points') {
		const points = Math.abs(change.absolute);
		return `${signed(oneDecimal.format(points), change.absolute)} percentage point${points === 1 ? '' : 's'}`;
	}
	if (unit === 'score' || unit === 'rate') {
		return signed(formatValue(Math.abs(change.absolute), unit), change.absolute);
	}
	const base = signed(integer.format(Math.abs(change.absolute)), change.absolute);
	return change.relative === null
		? base
		: `${base} (${signed(oneDecimal.format(Math.abs(change.relative * 100)), change.relative)}%)`;
}

/** A short axis label: "40%" rather than "40.0%", "−50" rather than "−50.0 points". */
export function tickLabel(value: number, unit: Unit): string {
	if (unit === 'points') return oneDecimal.format(value).replace('.0', '').replace('-', '−');
	return formatValue(value, unit).replace('.0%', '%');
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
 * weeks", "53 children"). A percentage's % says enough already.
 */
export function unitSuffix(unit: Unit, label: string | null | undefined): string | null {
	return unit === 'percent' || !label ? null : label;
}

/** A figure with its unit's words after it, where they help. */
export function formatWithUnit(value: number, unit: Unit, label?: string | null): string {
	const suffix = unitSuffix(unit, label);
	return suffix ? `${formatValue(value, unit)} ${suffix}` : formatValue(value, unit);
}
