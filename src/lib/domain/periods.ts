/** How an indicator's periods are counted; `year` on an observation is the year the period ends. */
export type PeriodType = 'calendar_year' | 'january_snapshot' | 'academic_year' | 'financial_year';

export const PERIOD_TYPE_WORDS: Record<PeriodType, string> = {
	calendar_year: 'calendar year (January to December)',
	january_snapshot: 'count on a day in January each year',
	academic_year: 'academic year (September to August)',
	financial_year: 'financial year (April to March)'
};

export function formatPeriod(year: number, type: PeriodType): string {
	switch (type) {
		case 'calendar_year':
			return String(year);
		case 'january_snapshot':
			return `January ${year}`;
		case 'academic_year':
			return `${year - 1}/${String(year).slice(2)}`;
		case 'financial_year':
			return `${year - 1}-${String(year).slice(2)}`;
	}
}

/** Annual periods follow one another when their years differ by exactly one. */
export function areConsecutive(earlier: number, later: number): boolean {
	return later - earlier === 1;
}
