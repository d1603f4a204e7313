import { describe, expect, it } from 'vitest';
import { areConsecutive, formatPeriod } from './periods';

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
