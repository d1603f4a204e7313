import { parseHTML } from 'linkedom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildHeadline } from '$lib/domain/headline';
import HeadlineFigure from './HeadlineFigure.svelte';

const h = buildHeadline({
	polarity: 'low',
	periodType: 'calendar_year',
	year: 2026,
	latest: { value: 22, note: null, numerator: null, denominator: null },
	previous: { year: 2025, value: 23.1, note: null },
	england: { value: null, note: null },
	region: null,
	neighbours: [],
	allAreas: [22],
	seriesStarts: null
});

/** The figure's line as a reader sees it. */
function valueText(unitLabel: string | null) {
	const { body } = render(HeadlineFigure, { props: { h, unit: 'count', unitLabel } });
	const { document } = parseHTML(`<html><body>${body}</body></html>`);
	return document.querySelector('p.value')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('HeadlineFigure', () => {
	it('writes the unit after the figure, with a space', () => {
		expect(valueText('weeks')).toBe('22 weeks');
	});
	it('writes the figure alone when its unit needs no words', () => {
		expect(valueText(null)).toBe('22');
	});
});
