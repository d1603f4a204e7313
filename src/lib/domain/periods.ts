/**
 * How a measure's periods are counted. Every observation carries one integer period key (the
 * field is called `year` for history): for the published, annual kinds it is the year the period
 * ends; for an area's own monthly, quarterly or rolling-year measures it is a month number
 * (year × 12 + month − 1) of the period's first month, so keys are evenly spaced and a chart
 * can plot them on one axis.
 */
export type AnnualPeriodType =
	'calendar_year' | 'january_snapshot' | 'academic_year' | 'financial_year';
export type MonthlyPeriodType = 'month' | 'quarter' | 'year_from_month';
export type PeriodType = AnnualPeriodType | MonthlyPeriodType;

export const PERIOD_TYPE_WORDS: Record<PeriodType, string> = {
	calendar_year: 'calendar year (January to December)',
	january_snapshot: 'count on a day in January each year',
	academic_year: 'academic year (September to August)',
	financial_year: 'financial year (April to March)',
	month: 'monthly',
	quarter: 'quarterly',
	year_from_month: 'yearly (twelve months from the month given)'
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months each monthly kind of period spans; annual kinds step one year at a time. */
const STEP: Record<MonthlyPeriodType, number> = { month: 1, quarter: 3, year_from_month: 12 };

export function isMonthly(type: PeriodType): type is MonthlyPeriodType {
	return type in STEP;
}

/** The period key of a month written YYYY-MM. */
export function monthKey(month: string): number {
	const [year, m] = month.split('-').map(Number);
	return year * 12 + m - 1;
}

/** The YYYY-MM of a month's period key. */
export function monthOfKey(key: number): string {
	return `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`;
}

const monthName = (key: number) => `${MONTHS[key % 12]} ${Math.floor(key / 12)}`;

export function formatPeriod(key: number, type: PeriodType): string {
	switch (type) {
		case 'calendar_year':
			return String(key);
		case 'january_snapshot':
			return `January ${key}`;
		case 'academic_year':
			return `${key - 1}/${String(key).slice(2)}`;
		case 'financial_year':
			return `${key - 1}-${String(key).slice(2)}`;
		case 'month':
			return monthName(key);
		case 'quarter':
		case 'year_from_month': {
			const end = key + STEP[type] - 1;
			const sameYear = Math.floor(key / 12) === Math.floor(end / 12);
			return `${sameYear ? MONTHS[key % 12] : monthName(key)}–${monthName(end)}`;
		}
	}
}

/** A label for a chart's axis: years as publishers write them, months and quarters in full. */
export function periodTick(key: number, type: PeriodType): string {
	if (type === 'january_snapshot') return String(key);
	return type === 'month' ? monthName(key) : formatPeriod(key, type);
}

/** The key of the period just before this one. */
export function previousPeriod(key: number, type: PeriodType): number {
	return key - (isMonthly(type) ? STEP[type] : 1);
}

/** Whether `later` is the period straight after `earlier`. */
export function areConsecutive(
	earlier: number,
	later: number,
	type: PeriodType = 'calendar_year'
): boolean {
	return previousPeriod(later, type) === earlier;
}
