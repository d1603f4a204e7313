import type { Change, Unit } from './change';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** "1,992" for counts, "16.1%" for percentages. */
export function formatValue(value: number, unit: Unit): string {
	return unit === 'percent' ? `${oneDecimal.format(value)}%` : integer.format(value);
}

/** A benchmark average is not a whole number of plans: counts get one decimal when not whole. */
export function formatAverage(value: number, unit: Unit): string {
	if (unit === 'percent' || Number.isInteger(value)) return formatValue(value, unit);
	return oneDecimal.format(value);
}

function signed(text: string, value: number): string {
	return value > 0 ? `+${text}` : value < 0 ? `−${text.replace('-', '')}` : text;
}

/** "+255 (+14.7%)" for counts; "+12.3 percentage points" for percentages. */
export function formatChange(change: Change, unit: Unit): string {
	if (!change.comparable) return `not comparable: ${change.reason}`;
	if (unit === 'percent') {
		const points = Math.abs(change.absolute);
		return `${signed(oneDecimal.format(points), change.absolute)} percentage point${points === 1 ? '' : 's'}`;
	}
	const base = signed(integer.format(Math.abs(change.absolute)), change.absolute);
	return change.relative === null
		? base
		: `${base} (${signed(oneDecimal.format(Math.abs(change.relative * 100)), change.relative)}%)`;
}
