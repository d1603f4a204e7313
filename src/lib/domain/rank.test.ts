import { describe, expect, it } from 'vitest';
import { ordinal, rankByPolarity } from './rank';

describe('rankByPolarity', () => {
	const values = [10, 20, 20, 30, null];
	it('ranks 1 as best when higher is better', () => {
		expect(rankByPolarity(30, values, 'high')).toEqual({ rank: 1, of: 4 });
		expect(rankByPolarity(10, values, 'high')).toEqual({ rank: 4, of: 4 });
	});
	it('ranks 1 as best when lower is better', () => {
		expect(rankByPolarity(10, values, 'low')).toEqual({ rank: 1, of: 4 });
		expect(rankByPolarity(30, values, 'low')).toEqual({ rank: 4, of: 4 });
	});
	it('gives tied values the same, best rank', () => {
		expect(rankByPolarity(20, values, 'high')).toEqual({ rank: 2, of: 4 });
		expect(rankByPolarity(20, values, 'low')).toEqual({ rank: 2, of: 4 });
	});
	it('gives no rank without polarity, without a value, or for a value not among the values', () => {
		expect(rankByPolarity(20, values, 'none')).toBeNull();
		expect(rankByPolarity(null, values, 'high')).toBeNull();
		expect(rankByPolarity(99, values, 'high')).toBeNull();
	});
});

describe('ordinal', () => {
	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 152].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st',
			'111th',
			'152nd'
		]);
	});
});
