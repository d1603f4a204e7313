import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TrendPoint, TrendSeries } from '$lib/domain/trend-table';
import { monthKey } from '$lib/domain/periods';
import * as Plot from '@observablehq/plot';
import { growthTick, marginForTicks, SERIES_STYLE, trendPlot } from './trend-plot';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const point = (year: number, series: TrendSeries, value: number | null): TrendPoint => ({
	year,
	series,
	label: series,
	value,
	note: null,
	count: series === 'neighbours' ? 10 : null
});
const points = [2022, 2023, 2024].flatMap((year, i) => [
	point(year, 'area', [71.7, 3.8, 16.1][i]),
	point(year, 'neighbours', [60, 55, 51.9][i]),
	point(year, 'region', [40, 35, 39.3][i]),
	point(year, 'england', [47.7, 49.1, 45.9][i])
]);

describe('trendPlot', () => {
	it('draws one line per series, each with its own dash pattern', () => {
		const svg = trendPlot({
			points,
			unit: 'percent',
			document: document as unknown as Document,
			Plot
		});
		const lines = [...svg.querySelectorAll('g[aria-label="line"]')];
		expect(lines).toHaveLength(4);
		expect(lines.map((g) => g.getAttribute('stroke-dasharray'))).toEqual([
			null, // solid: Plot writes no dash attribute
			SERIES_STYLE.neighbours.dash,
			SERIES_STYLE.region.dash,
			SERIES_STYLE.england.dash
		]);
		expect(svg.outerHTML).toContain('70%'); // y ticks as percentages
	});

	it('leaves a gap for a missing value rather than drawing through it', () => {
		const gappy = [point(2022, 'area', 10), point(2023, 'area', null), point(2024, 'area', 12)];
		const svg = trendPlot({
			points: gappy,
			unit: 'percent',
			document: document as unknown as Document,
			Plot
		});
		const path = svg.querySelector('g[aria-label="line"] path')!.getAttribute('d')!;
		expect(path.match(/M/g)).toHaveLength(2); // two separate segments
	});

	it('labels the axis as growth when comparing counts', () => {
		const svg = trendPlot({
			points: [point(2019, 'area', 0), point(2020, 'area', 14.7)],
			unit: 'count',
			growthSince: 'January 2019',
			document: document as unknown as Document,
			Plot
		});
		expect(svg.outerHTML).toContain('% change since January 2019');
	});
});

describe('the period the reader picked', () => {
	it('is marked with a vertical rule, and only when given', () => {
		const draw = (markYear: number | null) =>
			trendPlot({
				points,
				unit: 'percent',
				markYear,
				document: document as unknown as Document,
				Plot
			});
		expect(draw(2023).querySelector('g[aria-label="rule"][stroke-dasharray="2 3"]')).not.toBeNull();
		expect(draw(null).querySelector('g[aria-label="rule"][stroke-dasharray="2 3"]')).toBeNull();
	});
});

describe('the y axis is never cut off', () => {
	it('writes big growth with thousands separators', () => {
		expect(growthTick(60000)).toBe('+60,000%');
		expect(growthTick(-20)).toBe('−20%');
		expect(growthTick(0)).toBe('0%');
	});
	it('sizes the left margin to the longest tick label', () => {
		expect(marginForTicks([0, 50], true, growthTick)).toBe(42); // "+50%": 4 characters
		expect(marginForTicks([0, 63828.6], true, growthTick)).toBeGreaterThanOrEqual(
			7 * '+70,000%'.length
		);
		expect(
			marginForTicks([0, 638745], true, (v) => v.toLocaleString('en-GB'))
		).toBeGreaterThanOrEqual(7 * '700,000'.length);
	});
	it('leaves room for every tick on the EHC plans in force growth chart (Kirklees since 2015)', () => {
		const svg = trendPlot({
			points: [point(2015, 'area', 0), point(2025, 'area', 63828.6)],
			unit: 'count',
			growthSince: 'January 2015',
			document: document as unknown as Document,
			Plot
		});
		const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
			(t) => t.textContent
		);
		expect(ticks).toContain('+60,000%');
		const margin = Number(svg.querySelector('g[aria-label="y-grid"] line')!.getAttribute('x1'));
		// Tick labels are drawn right-aligned, ending at the margin: the longest must fit in it.
		expect(margin).toBeGreaterThanOrEqual(7 * '+60,000%'.length);
	});
});

describe('trendPlot snapshot', () => {
	// Observable Plot's habit: a fixed input, and the SVG it draws kept beside the test, so any
	// change to the chart (or to Plot) shows as a diff. TZ is pinned to UTC in vite.config.ts.
	it('draws the same SVG for the same figures', async () => {
		const svg = trendPlot({
			points: [point(2021, 'area', null), point(2021, 'england', 48), ...points],
			unit: 'percent',
			periodType: 'calendar_year',
			width: 640,
			document: document as unknown as Document,
			Plot
		});
		svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/trend-plot.svg');
	});

	it('draws monthly periods with a label for every few months', async () => {
		const months = [...Array(14).keys()].map((i) => monthKey('2025-04') + i);
		const svg = trendPlot({
			points: months.map((m, i) => ({ ...point(m, 'area', 40 + (i % 5)), label: 'Own measure' })),
			unit: 'percent',
			periodType: 'month',
			width: 480,
			zero: false,
			document: document as unknown as Document,
			Plot
		});
		svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/trend-plot-monthly.svg');
	});
});
