import { describe, expect, it } from 'vitest';
import {
	changeBetween,
	changeSincePrevious,
	MAX_RELATIVE_CHANGE,
	MIN_PERCENT_BASE,
	noPercentReason,
	relativeChange
} from './change';

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

describe('relativeChange: no % from a base too small to mean anything', () => {
	it('gives the change as a fraction of a fair base', () => {
		expect(relativeChange(3400, 4546)).toBeCloseTo(0.337, 3);
		expect(relativeChange(MIN_PERCENT_BASE, 30)).toBeCloseTo(0.5, 6);
	});
	it('gives none from a base under the minimum (Kirklees: 7 plans in January 2015)', () => {
		expect(relativeChange(7, 4475)).toBeNull();
		expect(relativeChange(19, 25)).toBeNull();
		expect(relativeChange(0, 5)).toBeNull();
		expect(relativeChange(-30, 5)).toBeNull();
	});
	it('gives none for more than a sixfold change', () => {
		expect(relativeChange(100, 600)).toBeCloseTo(MAX_RELATIVE_CHANGE, 6);
		expect(relativeChange(100, 601)).toBeNull();
		// A fall can never be more than −100%.
		expect(relativeChange(100, 0)).toBe(-1);
	});
	it('gives none for percentages, points, rates and scores: their changes are in their own units', () => {
		for (const unit of ['percent', 'points', 'rate', 'score'] as const)
			expect(relativeChange(40, 50, unit)).toBeNull();
	});
	it('gives none from or to a missing figure', () => {
		expect(relativeChange(null, 5)).toBeNull();
		expect(relativeChange(50, undefined)).toBeNull();
	});
	it('says why no % is shown', () => {
		expect(noPercentReason(7, 4475)).toBe('no % change from as few as 7');
		expect(noPercentReason(100, 900)).toBe('no % change: more than sixfold');
		expect(noPercentReason(100, 150)).toBeNull();
	});
});

describe('changeSincePrevious and changeBetween obey the rule', () => {
	it('has no relative change from a tiny base', () => {
		const change = changeSincePrevious(
			{ year: 2016, value: 900 },
			{ year: 2015, value: 7 },
			'none'
		);
		expect(change).toMatchObject({ comparable: true, absolute: 893, relative: null });
	});
	it('compares any earlier period', () => {
		const change = changeBetween({ year: 2020, value: 3400 }, { year: 2025, value: 4546 }, 'none');
		expect(change).toMatchObject({ comparable: true, absolute: 1146, direction: 'up' });
		expect(change.comparable && change.relative).toBeCloseTo(0.337, 3);
		expect(changeBetween({ year: 2020, value: null }, { year: 2025, value: 3 }, 'high')).toEqual({
			comparable: false,
			reason: 'a value is missing'
		});
	});
});
