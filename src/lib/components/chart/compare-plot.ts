import type { Unit } from '$lib/domain/change';
import type { ComparePoint } from '$lib/domain/compare';
import { formatValue, tickLabel } from '$lib/domain/format';
import type { PlotLib } from './plot-document';

/** Six lines that differ in colour, dash and marker, so they can be told apart without colour. */
export const COMPARE_STYLES = [
	{ color: '#1d4f91', dash: 'none', symbol: 'circle' },
	{ color: '#b0201a', dash: '8 3', symbol: 'square' },
	{ color: '#00703c', dash: '2 3', symbol: 'triangle' },
	{ color: '#6f2c91', dash: '8 3 2 3', symbol: 'diamond' },
	{ color: '#8a5a00', dash: '12 4', symbol: 'star' },
	{ color: '#00627a', dash: '4 2 4 6', symbol: 'cross' }
] as const;
export const ENGLAND_STYLE = { color: '#3f4447', dash: '7 4', symbol: 'plus' } as const;

export function comparePlot(options: {
	points: ComparePoint[];
	codes: string[];
	unit: Unit;
	zero: boolean;
	width?: number;
	document: Document;
	Plot: PlotLib;
}) {
	const { points, codes, unit, zero, width = 720, document, Plot } = options;
	const style = (code: string) =>
		code === 'E92000001' ? ENGLAND_STYLE : COMPARE_STYLES[codes.indexOf(code) % 6];
	const years = [...new Set(points.map((p) => p.year))];
	return Plot.plot({
		document,
		width,
		height: 340,
		className: 'compare-plot',
		marginLeft: unit === 'count' ? 70 : 55,
		style: { fontSize: '12px', fontFamily: 'inherit' },
		x: { label: null, tickFormat: 'd', ticks: years.length > 8 ? 6 : years },
		y: {
			grid: true,
			nice: true,
			zero,
			label: null,
			tickFormat: (v: number) => tickLabel(v, unit)
		},
		marks: [
			...(zero ? [Plot.ruleY([0])] : []),
			...[...new Set(points.map((p) => p.code))].flatMap((code) => {
				const data = points.filter((p) => p.code === code);
				const s = style(code);
				return [
					Plot.lineY(data, {
						x: 'year',
						y: 'value',
						stroke: s.color,
						strokeWidth: 2.5,
						strokeDasharray: s.dash
					}),
					Plot.dot(data, {
						x: 'year',
						y: 'value',
						fill: s.color,
						stroke: s.color,
						symbol: s.symbol,
						r: 3.5
					})
				];
			}),
			Plot.tip(
				points.filter((p) => p.value !== null),
				Plot.pointer({
					x: 'year',
					y: 'value',
					title: (p: ComparePoint) => `${p.label}, ${p.year}: ${formatValue(p.value!, unit)}`
				})
			)
		]
	});
}
