import { describe, expect, it } from 'vitest';
import { formatAverage, formatChange, formatGrowth, formatValue } from './format';

describe('format', () => {
	it('formats values by unit', () => {
		expect(formatValue(638745, 'count')).toBe('638,745');
		expect(formatValue(16.1, 'percent')).toBe('16.1%');
		expect(formatValue(3, 'percent')).toBe('3.0%');
		expect(formatValue(-0.352, 'score')).toBe('−0.35');
		expect(formatValue(46.2, 'score')).toBe('46.2');
		expect(formatValue(-55, 'points')).toBe('−55.0 points');
		expect(formatValue(3.44, 'rate')).toBe('3.44');
		expect(formatValue(0.08, 'rate')).toBe('0.08');
		expect(formatAverage(1234.56, 'count')).toBe('1,235');
		expect(formatAverage(1234, 'count')).toBe('1,234');
		expect(formatAverage(51.94, 'percent')).toBe('51.9%');
		expect(formatGrowth(0.1468)).toBe('+14.7%');
		expect(formatGrowth(-0.02)).toBe('−2.0%');
		expect(formatGrowth(0)).toBe('0.0%');
	});
	it('formats change with a sign and the right unit', () => {
		expect(
			formatChange({ comparable: true, absolute: 255, relative: 0.1468, direction: 'up' }, 'count')
		).toBe('+255 (+14.7%)');
		expect(
			formatChange(
				{ comparable: true, absolute: -12.3, relative: -0.5, direction: 'worsening' },
				'percent'
			)
		).toBe('−12.3 percentage points');
		expect(
			formatChange(
				{ comparable: true, absolute: 1, relative: 0.1, direction: 'improving' },
				'percent'
			)
		).toBe('+1.0 percentage point');
		expect(formatChange({ comparable: false, reason: 'a value is missing' }, 'count')).toBe(
			'not comparable: a value is missing'
		);
	});
});
