import type { Unit } from '$lib/domain/change';
import { formatValue, publishedDecimals, tickLabel } from '$lib/domain/format';
import type { DistributionPoint } from '$lib/domain/indicator-view';
import type { Polarity } from '$lib/domain/polarity';
import type { PlotLib } from './plot-document';
import { SERIES_STYLE } from './trend-plot';

export type DistributionPlotOptions = {
	points: DistributionPoint[];
	quartiles: [number, number, number] | null;
	unit: Unit;
	polarity: Polarity;
	/** Each neighbour's number, as in the neighbours' table (closest 1): its mark is labelled so. */
	numbers?: Record<string, number>;
	width?: number;
	document: Document;
	Plot: PlotLib;
};

export const DISTRIBUTION_HEIGHT = 210;

/** Rows of the chart, bottom to top (the y domain is 0–1): others, neighbours, their numbers, the area. */
const ROW = { other: 0.18, neighbour: 0.45, number: 0.7, area: 0.88 } as const;

/**
 * Where each number goes along the x axis (px): above its mark, but where marks crowd, pushed
 * apart along one row (a leader line joins each to its mark) and kept inside the plot.
 */
export function spreadLabels(xs: readonly number[], gap: number, left: number, right: number) {
	const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
	const placed = order.map((o) => o.x);
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	// Too far right: push the row back from the right edge, keeping the gaps.
	const over = (placed.at(-1) ?? 0) - right;
	if (over > 0)
		for (let k = placed.length - 1; k >= 0; k--) {
			placed[k] = Math.min(placed[k], k === placed.length - 1 ? right : placed[k + 1] - gap);
		}
	for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k], left + k * gap);
	const out = new Array<number>(xs.length);
	order.forEach((o, k) => (out[o.i] = placed[k]));
	return out;
}

/**
 * Every LA's latest figure as a dot on one axis, the area and its neighbours picked out by
 * shape and size as well as colour, and the quarters of LAs shaded and lettered A (best) to D.
 */
export function distributionPlot({
	points,
	quartiles,
	unit,
	polarity,
	numbers,
	width = 640,
	document,
	Plot
}: DistributionPlotOptions) {
	const values = points.map((p) => p.value);
	const [min, max] = [Math.min(...values), Math.max(...values)];
	const bands = quartiles
		? [min, ...quartiles].map((from, i) => ({ from, to: [...quartiles, max][i], quarter: i }))
		: [];
	const letter = (quarter: number) => (polarity === 'high' ? 'DCBA' : 'ABCD')[quarter];
	const order = { other: 0, neighbour: 1, area: 2 } as const;
	// The end ticks' labels are centred on the ends of the axis: leave half of each as margin.
	const edge = (v: number) => Math.max(20, Math.ceil(tickLabel(v, unit).length * 3.6) + 4);
	const niced = Plot.scale({ x: { domain: [min, max], nice: true } }).domain as [number, number];
	const [marginLeft, marginRight] = [edge(niced[0]), edge(niced[1])];
	const x = Plot.scale({
		x: { domain: niced, range: [marginLeft, width - marginRight] }
	});
	// The area's name sits above its dot, running inwards from whichever end it is near, so a
	// figure at the edge of the range never pushes its label off the chart; it has its own row,
	// clear of the neighbours' numbers and marks below it.
	const own = points.find((p) => p.role === 'area');
	const decimals = publishedDecimals(points.map((p) => p.value));
	const at = own ? (own.value - min) / (max - min || 1) : 0.5;
	const anchor = at < 0.35 ? 'start' : at > 0.65 ? 'end' : 'middle';
	const sorted = [...points].sort((a, b) => order[a.role] - order[b.role]);
	const rowOf = (p: DistributionPoint) => ROW[p.role];
	const numbered = points.filter((p) => p.role === 'neighbour' && numbers?.[p.code] !== undefined);
	const labelAt = spreadLabels(
		numbered.map((p) => x.apply(p.value) as number),
		15,
		marginLeft + 6,
		width - marginRight - 6
	);
	const labels = numbered.map((p, i) => ({
		...p,
		number: numbers![p.code],
		labelX: x.invert!(labelAt[i]) as number
	}));
	return Plot.plot({
		document,
		width,
		height: DISTRIBUTION_HEIGHT,
		marginTop: 24,
		marginLeft,
		marginRight,
		className: 'distribution-plot',
		style: { fontSize: '12px', fontFamily: 'inherit' },
		x: {
			label: null,
			domain: x.domain,
			tickFormat: (v: number) => tickLabel(v, unit)
		},
		y: { axis: null, domain: [0, 1] },
		marks: [
			...(polarity !== 'none' && bands.length
				? [
						Plot.rectX(bands, {
							x1: 'from',
							x2: 'to',
							y1: 0,
							y2: 1,
							fill: (d: { quarter: number }) => (d.quarter % 2 ? '#eef1f4' : '#f8f9fa')
						}),
						Plot.text(bands, {
							x: (d: { from: number; to: number }) => (d.from + d.to) / 2,
							y: 1,
							dy: -12,
							text: (d: { quarter: number }) => `Band ${letter(d.quarter)}`,
							fontWeight: 600,
							fill: '#4b5256'
						})
					]
				: []),
			Plot.link(labels, {
				x1: 'labelX',
				// From just under the number to just over the mark.
				y1: ROW.number - 0.05,
				y2: ROW.neighbour + 0.04,
				x2: 'value',
				stroke: SERIES_STYLE.neighbours.color,
				strokeWidth: 1
			}),
			Plot.text(labels, {
				x: 'labelX',
				y: ROW.number,
				text: (d: { number: number }) => String(d.number),
				fontSize: 11,
				fontWeight: 700,
				fill: SERIES_STYLE.neighbours.color
			}),
			Plot.dot(sorted, {
				x: 'value',
				y: rowOf,
				r: (p: DistributionPoint) => (p.role === 'area' ? 7 : p.role === 'neighbour' ? 5 : 3),
				symbol: (p: DistributionPoint) =>
					p.role === 'area' ? 'circle' : p.role === 'neighbour' ? 'diamond' : 'circle',
				fill: (p: DistributionPoint) =>
					p.role === 'area'
						? SERIES_STYLE.area.color
						: p.role === 'neighbour'
							? SERIES_STYLE.neighbours.color
							: '#9aa3a8',
				fillOpacity: (p: DistributionPoint) => (p.role === 'other' ? 0.55 : 1),
				stroke: 'white',
				strokeWidth: 0.5,
				r2: null
			} as import('@observablehq/plot').DotOptions),
			Plot.text(
				points.filter((p) => p.role === 'area'),
				{
					x: 'value',
					y: ROW.area,
					// Above the dot, in the area's own row: clear of the neighbours' numbers below.
					dy: -13,
					dx: anchor === 'start' ? -6 : anchor === 'end' ? 6 : 0,
					textAnchor: anchor,
					text: (p: DistributionPoint) => `${p.name} ${formatValue(p.value, unit, decimals)}`,
					fontWeight: 700,
					fill: SERIES_STYLE.area.color
				}
			),
			Plot.tip(
				points,
				Plot.pointerX({
					x: 'value',
					y: rowOf,
					title: (p: DistributionPoint) =>
						`${p.name}${numbers?.[p.code] ? ` (neighbour ${numbers[p.code]})` : ''}: ${formatValue(p.value, unit, decimals)}`
				})
			)
		]
	});
}
