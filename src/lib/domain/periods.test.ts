import { describe, expect, it } from 'vitest';
import {
	areConsecutive,
	formatPeriod,
	isMonthly,
	monthKey,
	monthOfKey,
	periodTick,
	previousPeriod
} from './periods';

describe('formatPeriod', () => {
	it('names each kind of period as publishers do', () => {
		expect(formatPeriod(2024, 'calendar_year')).toBe('2024');
		expect(formatPeriod(2025, 'january_snapshot')).toBe('January 2025');
		expect(formatPeriod(2023, 'academic_year')).toBe('2022/23');
		expect(formatPeriod(2000, 'academic_year')).toBe('1999/00');
		expect(formatPeriod(2024, 'financial_year')).toBe('2023-24');
	});
});

describe('areConsecutive', () => {
	it('is true only for back-to-back years', () => {
		expect(areConsecutive(2023, 2024)).toBe(true);
		expect(areConsecutive(2022, 2024)).toBe(false);
		expect(areConsecutive(2024, 2024)).toBe(false);
		expect(areConsecutive(2024, 2023)).toBe(false);
	});
});

describe('monthly periods', () => {
	it('keys months evenly so a chart can plot them', () => {
		expect(monthKey('2026-01') - monthKey('2025-12')).toBe(1);
		expect(monthOfKey(monthKey('2026-09'))).toBe('2026-09');
		expect(monthOfKey(monthKey('2025-12'))).toBe('2025-12');
	});
	it('names months, quarters and rolling years', () => {
		expect(formatPeriod(monthKey('2026-09'), 'month')).toBe('Sep 2026');
		expect(formatPeriod(monthKey('2026-04'), 'quarter')).toBe('Apr–Jun 2026');
		expect(formatPeriod(monthKey('2025-11'), 'quarter')).toBe('Nov 2025–Jan 2026');
		expect(formatPeriod(monthKey('2025-03'), 'year_from_month')).toBe('Mar 2025–Feb 2026');
		expect(periodTick(monthKey('2026-09'), 'month')).toBe('Sep 2026');
		expect(periodTick(monthKey('2026-04'), 'quarter')).toBe('Apr–Jun 2026');
		expect(periodTick(2024, 'academic_year')).toBe('2023/24');
		expect(periodTick(2024, 'january_snapshot')).toBe('2024');
	});
	it('steps back one month, one quarter or one year', () => {
		const sep = monthKey('2026-09');
		expect(areConsecutive(monthKey('2026-08'), sep, 'month')).toBe(true);
		expect(areConsecutive(monthKey('2026-07'), sep, 'month')).toBe(false);
		expect(areConsecutive(monthKey('2026-06'), sep, 'quarter')).toBe(true);
		expect(areConsecutive(monthKey('2026-08'), sep, 'quarter')).toBe(false);
		expect(previousPeriod(sep, 'year_from_month')).toBe(monthKey('2025-09'));
		expect(previousPeriod(2024, 'financial_year')).toBe(2023);
		expect(isMonthly('quarter')).toBe(true);
		expect(isMonthly('academic_year')).toBe(false);
	});
});
