import { COMPARE_STYLES } from '$lib/components/chart/compare-plot';
import type { PlotContext } from '$lib/components/chart/PlotFigure.svelte';
import type { HealthPoint } from '$lib/data/queries/health';

type Series = { breakdown: string; points: HealthPoint[] };

/** Monthly percentages for England, one styled line per service or age group. */
export function healthPlot(series: Series[], { width, document, Plot }: PlotContext) {
	const rows = series.flatMap((s, i) =>
		s.points.map((p) => ({
			...p,
			date: new Date(`${p.month}-01T00:00:00Z`),
			breakdown: s.breakdown,
			i
		}))
	);
	return Plot.plot({
		document,
		width,
		height: 300,
		className: 'health-plot',
		style: { fontSize: '12px', fontFamily: 'inherit' },
		x: { type: 'utc', label: null },
		y: { grid: true, zero: true, label: '%', domain: [0, 100] },
		marks: [
			Plot.ruleY([0]),
			...series.flatMap((s, i) => {
				const style = COMPARE_STYLES[i % COMPARE_STYLES.length];
				const data = rows.filter((r) => r.i === i);
				return [
					Plot.lineY(data, {
						x: 'date',
						y: 'value',
						stroke: style.color,
						strokeWidth: 2.5,
						strokeDasharray: style.dash
					}),
					Plot.dot(data, { x: 'date', y: 'value', fill: style.color, symbol: style.symbol, r: 2.5 })
				];
			}),
			Plot.tip(
				rows.filter((r) => r.value !== null),
				Plot.pointer({
					x: 'date',
					y: 'value',
					title: (r: (typeof rows)[number]) => `${r.breakdown}, ${r.month}: ${r.value}%`
				})
			)
		]
	});
}
