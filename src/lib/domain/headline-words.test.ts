import { describe, expect, it } from 'vitest';
import { buildHeadline, type HeadlineInput } from './headline';
import {
	changeWords,
	directionWords,
	growthWords,
	judgementWords,
	quarterOf,
	rankWords,
	TIMELINESS,
	timelinessNotes
} from './headline-words';

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
			tone: 'bad',
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

describe('position first', () => {
	const pct = (value: number, rank: number, of = 8): HeadlineInput => ({
		...input,
		polarity: 'high',
		latest: { ...input.latest, value },
		allAreas: [value, ...Array.from({ length: of - 1 }, (_, i) => (i < rank - 1 ? 99 : 1))]
	});
	it('says an improving figure is still in the worst quarter, without the colour of good news', () => {
		// 2.2% up from 1.7%, 8th of 8: the worst quarter.
		const h = buildHeadline(pct(2.2, 8));
		expect(h.rank).toEqual({ rank: 8, of: 8 });
		expect(changeWords(h, 'percent')).toEqual({
			arrow: '↑',
			judgement: 'Improving, but still in the worst quarter',
			tone: 'mixed',
			text: '+0.5 percentage points since 2023'
		});
	});
	it('says a worsening figure is still in the best quarter', () => {
		const h = buildHeadline({ ...pct(1.2, 1), previous: { year: 2023, value: 1.7, note: null } });
		expect(judgementWords(h)).toEqual({
			judgement: 'Worsening, though still in the best quarter',
			tone: 'mixed'
		});
	});
	it('says plainly improving or worsening where the position agrees or is in between', () => {
		expect(judgementWords(buildHeadline(pct(2.2, 1)))).toEqual({
			judgement: 'Improving',
			tone: 'good'
		});
		expect(judgementWords(buildHeadline(pct(2.2, 5)))).toEqual({
			judgement: 'Improving',
			tone: 'good'
		});
		const worse = buildHeadline({
			...pct(1.2, 8),
			previous: { year: 2023, value: 1.7, note: null }
		});
		expect(judgementWords(worse)).toEqual({ judgement: 'Worsening', tone: 'bad' });
	});
	it('puts ranks in quarters as the quartile bands do', () => {
		expect(quarterOf({ rank: 135, of: 153 })).toBe(4);
		expect(quarterOf({ rank: 114, of: 153 })).toBe(3);
		expect(quarterOf({ rank: 116, of: 153 })).toBe(4);
		expect(quarterOf({ rank: 39, of: 153 })).toBe(1);
		expect(quarterOf({ rank: 40, of: 153 })).toBe(2);
	});
});

describe('timelinessNotes', () => {
	const tile = (
		id: string,
		value: number,
		numerator: number | null,
		denominator: number | null
	) => ({
		indicator: {
			id,
			short_title: id,
			definition: '',
			unit: 'percent' as const,
			polarity: 'high' as const
		},
		headline: buildHeadline({
			...input,
			polarity: 'high',
			latest: { value, note: null, numerator, denominator }
		})
	});
	it('says no plan had an exception when both count the same plans', () => {
		const notes = timelinessNotes([
			tile(TIMELINESS.including, 16.1, 48, 299),
			tile(TIMELINESS.excluding, 16.1, 48, 299)
		]);
		expect(notes[TIMELINESS.excluding]).toBe(
			'Same as including exceptions: none of the 299 new plans issued in 2024 had an exception to the 20-week limit, so both figures count the same plans.'
		);
		expect(notes[TIMELINESS.including]).toMatch(/^Same as excluding exceptions: none of the 299/);
	});
	it('says how many had an exception when the share is the same anyway', () => {
		const notes = timelinessNotes([
			tile(TIMELINESS.including, 100, 747, 747),
			tile(TIMELINESS.excluding, 100, 601, 601)
		]);
		expect(notes[TIMELINESS.excluding]).toBe(
			'Same as including exceptions: 146 of the 747 new plans issued in 2024 had an exception, and leaving them out does not change the percentage.'
		);
	});
	it('claims no reason the counts cannot give, and says nothing when the figures differ', () => {
		expect(
			timelinessNotes([
				tile(TIMELINESS.including, 50, null, null),
				tile(TIMELINESS.excluding, 50, null, null)
			])[TIMELINESS.excluding]
		).toMatch(/do not say how many plans had an exception/);
		expect(
			timelinessNotes([
				tile(TIMELINESS.including, 22.9, 1, 2),
				tile(TIMELINESS.excluding, 23.4, 1, 2)
			])
		).toEqual({});
	});
});
