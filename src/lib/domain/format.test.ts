import { describe, expect, it } from 'vitest';
import type { Change } from './change';
import {
	decimalsFor,
	formatAverage,
	formatChange,
	formatDifference,
	formatGrowth,
	formatNumber,
	formatValue,
	formatWithUnit,
	publishedDecimals,
	tickLabel,
	unitSuffix
} from './format';

const change = (absolute: number, relative: number | null = null): Change => ({
	comparable: true,
	absolute,
	relative,
	direction: 'up'
});

describe('counts', () => {
	it('are whole numbers with thousands separators', () => {
		expect(formatValue(638745, 'count')).toBe('638,745');
		expect(formatValue(1234567, 'count')).toBe('1,234,567');
		expect(formatValue(0, 'count')).toBe('0');
		expect(formatValue(-1250, 'count')).toBe('−1,250');
	});
	it('average to the nearest whole number', () => {
		expect(formatAverage(1234.56, 'count', 0)).toBe('1,235');
		expect(formatAverage(1234, 'count', 0)).toBe('1,234');
	});
	it('change by a signed number and a signed percentage', () => {
		expect(formatChange(change(255, 0.1468), 'count')).toBe('+255 (+14.7%)');
		expect(formatChange(change(-1146, -0.34), 'count')).toBe('−1,146 (−34.0%)');
		expect(formatChange(change(12, null), 'count')).toBe('+12');
		expect(formatChange(change(0, 0), 'count')).toBe('no change');
	});
	it('call a change too small to show at the measure’s decimals no change', () => {
		expect(formatChange(change(0.04, null), 'points')).toBe('no change');
		expect(formatChange(change(-0.04, null), 'percent')).toBe('no change');
		expect(formatChange(change(0.05, null), 'percent')).toMatch(/^\+0\.1/);
		expect(formatChange(change(0.4, 0.001), 'count')).toBe('no change');
	});
});

describe('percentages', () => {
	it('have one decimal and a % sign', () => {
		expect(formatValue(16.1, 'percent')).toBe('16.1%');
		expect(formatValue(3, 'percent')).toBe('3.0%');
		expect(formatValue(-2.25, 'percent')).toBe('−2.3%');
		expect(formatAverage(51.94, 'percent', 1)).toBe('51.9%');
		// LAIT gives some percentages to two decimals: shown to one, like every other.
		expect(formatValue(12.65, 'percent', 2)).toBe('12.7%');
	});
	it('change in percentage points, with a sign', () => {
		expect(formatChange(change(-12.3), 'percent')).toBe('−12.3 percentage points');
		expect(formatChange(change(1), 'percent')).toBe('+1.0 percentage point');
		expect(formatChange(change(-1), 'percent')).toBe('−1.0 percentage point');
		expect(formatChange(change(0.01), 'percent')).toBe('no change');
	});
	it('differ (a gap between two percentages) in percentage points', () => {
		expect(formatDifference(16.1 - 49.1, 'percent')).toBe('−33.0 percentage points');
	});
});

describe('points (a gap between two percentages)', () => {
	it('are percentage points, with one decimal, value and change alike', () => {
		expect(formatValue(-49, 'points')).toBe('−49.0 percentage points');
		expect(formatValue(1, 'points')).toBe('1.0 percentage point');
		expect(formatNumber(-49, 'points')).toBe('−49.0');
		expect(formatChange(change(1), 'points')).toBe('+1.0 percentage point');
		expect(formatChange(change(-3.5), 'points')).toBe('−3.5 percentage points');
	});
	it('say percentage points once, with the publisher’s words', () => {
		expect(unitSuffix('points', 'percentage points (SEN minus no SEN)')).toBe(
			'percentage points (SEN minus no SEN)'
		);
		expect(formatWithUnit(-49, 'points', 'percentage points (SEN minus no SEN)')).toBe(
			'−49.0 percentage points (SEN minus no SEN)'
		);
		expect(formatWithUnit(-49, 'points', null)).toBe('−49.0 percentage points');
	});
});

describe('scores and rates', () => {
	it('have one decimal unless the measure is published with two', () => {
		expect(formatValue(46.2, 'score')).toBe('46.2');
		expect(formatValue(-0.352, 'score', 2)).toBe('−0.35');
		// Without the measure's decimals, a published figure keeps its own.
		expect(formatValue(-0.35, 'score')).toBe('−0.35');
		expect(formatValue(46, 'score')).toBe('46.0');
		expect(formatValue(1.1, 'rate')).toBe('1.1');
		expect(formatValue(0.08, 'rate', 2)).toBe('0.08');
		expect(formatValue(3.44, 'rate', 2)).toBe('3.44');
	});
	it('give a neighbours’ average as many decimals as the measure', () => {
		expect(formatAverage(12.65, 'score', publishedDecimals([12.6, 13.1]))).toBe('12.7');
		expect(formatAverage(1.15, 'rate', publishedDecimals([1.1, 1.2, 0.9]))).toBe('1.2');
		expect(formatAverage(-0.3467, 'score', publishedDecimals([-0.35, 0.12]))).toBe('−0.35');
	});
	it('change with a sign and the same decimals', () => {
		expect(formatChange(change(0.2), 'score')).toBe('+0.2');
		expect(formatChange(change(-0.2), 'rate')).toBe('−0.2');
		expect(formatChange(change(0.2), 'score', 2)).toBe('+0.20');
		expect(formatChange(change(-0.85 - -0.74), 'score')).toBe('−0.11');
		expect(formatChange(change(13.8 - 8.1), 'score')).toBe('+5.7');
	});
});

describe('rules shared by every unit', () => {
	it('never writes a hyphen for minus, nor minus zero', () => {
		for (const unit of ['count', 'percent', 'points', 'score', 'rate'] as const) {
			expect(formatValue(-5, unit)).not.toContain('-');
			expect(formatValue(-5, unit)).toMatch(/^−5/);
			expect(formatValue(-0.001, unit)).not.toMatch(/^−/);
			expect(formatChange(change(-5), unit)).toMatch(/^−5/);
			expect(formatChange(change(5), unit)).toMatch(/^\+5/);
		}
	});
	it('counts the decimals the publisher gives', () => {
		expect(publishedDecimals([45, 52, null])).toBe(0);
		expect(publishedDecimals([16.1, 49])).toBe(1);
		expect(publishedDecimals([-0.35, 0.1])).toBe(2);
		expect(publishedDecimals([0.123456])).toBe(2);
		expect(decimalsFor('count', 2)).toBe(0);
		expect(decimalsFor('percent', 0)).toBe(1);
		expect(decimalsFor('percent', 2)).toBe(1);
		expect(decimalsFor('score', 2)).toBe(2);
	});
	it('grows with a sign', () => {
		expect(formatGrowth(0.1468)).toBe('+14.7%');
		expect(formatGrowth(-0.02)).toBe('−2.0%');
		expect(formatGrowth(0)).toBe('0.0%');
	});
	it('labels axes briefly', () => {
		expect(tickLabel(40, 'percent')).toBe('40%');
		expect(tickLabel(-50, 'points')).toBe('−50');
		expect(tickLabel(2000, 'count')).toBe('2,000');
		expect(tickLabel(0.05, 'rate')).toBe('0.05');
		expect(tickLabel(2.5, 'percent')).toBe('2.5%');
	});
});
