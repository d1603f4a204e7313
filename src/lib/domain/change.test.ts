import { describe, expect, it } from 'vitest';
import { changeSincePrevious } from './change';

describe('changeSincePrevious', () => {
	it('compares back-to-back periods by polarity', () => {
		expect(
			changeSincePrevious({ year: 2024, value: 16.1 }, { year: 2023, value: 3.8 }, 'high')
		).toMatchObject({
			comparable: true,
			direction: 'improving'
		});
		expect(
			changeSincePrevious({ year: 2024, value: 3 }, { year: 2023, value: 2 }, 'low')
		).toMatchObject({
			direction: 'worsening'
		});
	});
	it('gives absolute and relative change', () => {
		const change = changeSincePrevious(
			{ year: 2025, value: 1992 },
			{ year: 2024, value: 1737 },
			'none'
		);
		expect(change).toMatchObject({ comparable: true, absolute: 255, direction: 'up' });
		expect(change.comparable && change.relative).toBeCloseTo(0.1468, 3);
	});
	it('says no change when equal', () => {
		expect(
			changeSincePrevious({ year: 2024, value: 5 }, { year: 2023, value: 5 }, 'high')
		).toMatchObject({
			direction: 'no change'
		});
	});
	it('has no relative change from zero', () => {
		expect(
			changeSincePrevious({ year: 2016, value: 290 }, { year: 2015, value: 0 }, 'none')
		).toMatchObject({
			relative: null
		});
	});
	it('refuses gaps in the series and missing values, saying why', () => {
		expect(changeSincePrevious({ year: 2024, value: 5 }, { year: 2022, value: 4 }, 'high')).toEqual(
			{
				comparable: false,
				reason: 'the previous period is not the one before'
			}
		);
		expect(
			changeSincePrevious({ year: 2024, value: 5 }, { year: 2023, value: null }, 'high')
		).toEqual({
			comparable: false,
			reason: 'a value is missing'
		});
		expect(changeSincePrevious({ year: 2024, value: 5 }, null, 'high')).toMatchObject({
			comparable: false
		});
	});
});
