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
	width?: number;
	document: Document;
	Plot: PlotLib;
};

/**
 * Every LA's latest figure as a dot on one axis, the area and its neighbours picked out by
 * shape and size as well as colour, and the quarters of LAs shaded and lettered A (best) to D.
 */
export function distributionPlot({
	points,
	quartiles,
	unit,
	polarity,
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
	// The area's name sits beside its dot, running inwards from whichever end it is near, so a
	// figure at the edge of the range never pushes its label off the chart.
	const own = points.find((p) => p.role === 'area');
	const decimals = publishedDecimals(points.map((p) => p.value));
	const at = own ? (own.value - min) / (max - min || 1) : 0.5;
	const anchor = at < 0.35 ? 'start' : at > 0.65 ? 'end' : 'middle';
	const sorted = [...points].sort((a, b) => order[a.role] - order[b.role]);
	return Plot.plot({
		document,
		width,
		height: 170,
		marginTop: 24,
		marginLeft: 20,
		marginRight: 20,
		className: 'distribution-plot',
		style: { fontSize: '12px', fontFamily: 'inherit' },
		x: {
			label: null,
			nice: true,
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
			Plot.dot(sorted, {
				x: 'value',
				y: (p: DistributionPoint) =>
					p.role === 'other' ? 0.35 : p.role === 'neighbour' ? 0.55 : 0.75,
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
					y: 0.75,
					// Above the dot, clear of the neighbours' row below it.
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
					y: (p: DistributionPoint) =>
						p.role === 'other' ? 0.35 : p.role === 'neighbour' ? 0.55 : 0.75,
					title: (p: DistributionPoint) => `${p.name}: ${formatValue(p.value, unit, decimals)}`
				})
			)
		]
	});
}
