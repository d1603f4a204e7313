import { describe, expect, it } from 'vitest';
import { buildHeadline, type HeadlineInput } from './headline';
import { changeWords, directionWords, growthWords, rankWords } from './headline-words';

const input: HeadlineInput = {
	polarity: 'low',
	periodType: 'calendar_year',
	year: 2024,
	latest: { value: 2.2, note: null, numerator: 48, denominator: 2207 },
	previous: { year: 2023, value: 1.7, note: null },
	england: { value: 3.2, note: null },
	region: null,
	neighbours: [3.5],
	allAreas: [2.2, 3.2, 1.0],
	seriesStarts: null
};

describe('changeWords', () => {
	it('points the arrow the way the figure moved and judges in words', () => {
		expect(changeWords(buildHeadline(input), 'percent')).toEqual({
			arrow: '↑',
			judgement: 'Worsening',
			text: '+0.5 percentage points since 2023'
		});
		const down = buildHeadline({
			...input,
			polarity: 'none',
			latest: { ...input.latest, value: 1.2 }
		});
		expect(changeWords(down, 'percent')).toMatchObject({ arrow: '↓', judgement: null });
	});
	it('says which figure is missing', () => {
		const h = buildHeadline({ ...input, previous: { year: 2023, value: null, note: 'x' } });
		expect(changeWords(h, 'percent').text).toBe('No change shown: no figure for 2023');
	});
});

describe('directionWords', () => {
	it('gives the arrow and says whether the move is better or worse', () => {
		expect(directionWords(buildHeadline(input).change)).toEqual({ arrow: '↑', text: 'worsening' });
		const better = buildHeadline({ ...input, latest: { ...input.latest, value: 1.2 } });
		expect(directionWords(better.change)).toEqual({ arrow: '↓', text: 'improving' });
		const same = buildHeadline({ ...input, latest: { ...input.latest, value: 1.7 } });
		expect(directionWords(same.change)).toEqual({ arrow: '→', text: 'no change' });
	});
	it('says neither where neither higher nor lower is better', () => {
		const h = buildHeadline({ ...input, polarity: 'none' });
		expect(directionWords(h.change)).toEqual({ arrow: '↑', text: 'up (no better or worse)' });
	});
	it('says a change that cannot be shown is not comparable', () => {
		const h = buildHeadline({ ...input, previous: null });
		expect(directionWords(h.change)).toEqual({ arrow: '', text: 'not comparable' });
		expect(directionWords(undefined)).toEqual({ arrow: '', text: 'not comparable' });
	});
});

describe('rankWords', () => {
	it('says that 1st is best', () => {
		expect(rankWords(buildHeadline(input), 'low')).toBe(
			'Ranked 2nd of 3 local authorities, where 1st is best (lower is better).'
		);
		expect(rankWords(buildHeadline(input), 'none')).toMatch(/^Not ranked: neither/);
	});
});

describe('growthWords', () => {
	it('compares one-year growth with England', () => {
		const h = buildHeadline({
			...input,
			polarity: 'none',
			latest: { ...input.latest, value: 1992 },
			previous: { year: 2023, value: 1737, note: null },
			england: { value: 638745, note: null },
			previousBenchmarks: { england: 576474, region: null, neighbours: [] }
		});
		expect(growthWords(h)).toBe('Grew faster than England over the year (+14.7% against +10.8%).');
		const fell = buildHeadline({
			...input,
			polarity: 'none',
			latest: { ...input.latest, value: 0 },
			previous: { year: 2023, value: 40, note: null },
			england: { value: 130, note: null },
			previousBenchmarks: { england: 100, region: null, neighbours: [] }
		});
		expect(growthWords(fell)).toBe(
			'Fell over the year while England’s rose (−100.0% against +30.0%).'
		);
	});
});
