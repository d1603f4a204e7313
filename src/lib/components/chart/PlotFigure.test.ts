import { parseHTML } from 'linkedom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PlotFigure from './PlotFigure.svelte';
import * as Plot from '@observablehq/plot';
import { setServerPlotting } from './plot-document';
import { trendPlot } from './trend-plot';

setServerPlotting(
	parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document,
	Plot
);

const points = [2023, 2024].map((year, i) => ({
	year,
	series: 'area' as const,
	label: 'Southend-on-Sea',
	value: [3.8, 16.1][i],
	note: null,
	count: null
}));

describe('PlotFigure on the server (prerendering)', () => {
	it('puts the chart in the HTML at its default width, with the text alternative', () => {
		const widths: number[] = [];
		const { body } = render(PlotFigure, {
			props: {
				plot: ({ width, document, Plot }) => {
					widths.push(width);
					return trendPlot({ points, unit: 'percent', width, document, Plot });
				},
				label: 'Southend-on-Sea: 16.1% in 2024',
				height: 300
			}
		});
		expect(widths).toEqual([640]);
		const { document } = parseHTML(`<html><body>${body}</body></html>`);
		const box = document.querySelector('[role=img]')!;
		expect(box.getAttribute('aria-label')).toBe('Southend-on-Sea: 16.1% in 2024');
		expect(box.getAttribute('style')).toContain('min-height: 300px');
		const svg = box.querySelector('svg.trend-plot')!;
		expect(svg.getAttribute('viewBox')).toBe('0 0 640 300');
		// The figure's own labels would be noise to a screen reader: the box speaks for it.
		expect(svg.getAttribute('aria-hidden')).toBe('true');
	});
});
