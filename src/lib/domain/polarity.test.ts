import { describe, expect, it } from 'vitest';
import { compareByPolarity } from './polarity';

describe('compareByPolarity', () => {
	it('follows the polarity', () => {
		expect(compareByPolarity(60, 50, 'high')).toBe('better');
		expect(compareByPolarity(40, 50, 'high')).toBe('worse');
		expect(compareByPolarity(2.2, 3.2, 'low')).toBe('better');
		expect(compareByPolarity(4, 3.2, 'low')).toBe('worse');
	});
	it('calls values within the tolerance the same', () => {
		expect(compareByPolarity(50.04, 50, 'high', 0.05)).toBe('same');
		expect(compareByPolarity(50, 50, 'low')).toBe('same');
	});
	it('does not compare without polarity or without both values', () => {
		expect(compareByPolarity(10, 5, 'none')).toBe('not comparable');
		expect(compareByPolarity(null, 5, 'high')).toBe('not comparable');
		expect(compareByPolarity(5, null, 'low')).toBe('not comparable');
	});
});
