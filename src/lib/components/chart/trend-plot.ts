import {
	formatGrowth,
	formatValue,
	formatWithUnit,
	publishedDecimals,
	tickLabel,
	unitSuffix
} from '$lib/domain/format';
import type { Unit } from '$lib/domain/change';
import { formatPeriod, isMonthly, periodTick, type PeriodType } from '$lib/domain/periods';
import { SERIES_ORDER, type TrendPoint, type TrendSeries } from '$lib/domain/trend-table';
import type { PlotLib } from './plot-document';

/**
 * Each line has its own colour AND its own dash pattern and marker, so the chart reads
 * without colour (WCAG 1.4.1) and in greyscale print.
 */
export const SERIES_STYLE: Record<
	TrendSeries,
	{ color: string; dash: string; symbol: string; width: number }
> = {
	area: { color: '#1d4f91', dash: 'none', symbol: 'circle', width: 3 },
	compare: { color: '#00703c', dash: '12 3', symbol: 'star', width: 2.5 },
	neighbours: { color: '#8f2d56', dash: '8 3 2 3', symbol: 'diamond', width: 2 },
	region: { color: '#6b5800', dash: '2 3', symbol: 'triangle', width: 2 },
	england: { color: '#3f4447', dash: '7 4', symbol: 'square', width: 2 }
};
export { SERIES_ORDER } from '$lib/domain/trend-table';

export type TrendPlotOptions = {
	points: TrendPoint[];
	unit: Unit;
	/** How the periods are counted, for the axis and tip labels. */
	periodType?: PeriodType;
	/** The unit in words for the axis ("weeks"), where the unit's own name says too little. */
	unitLabel?: string | null;
	/** Plot % growth since the base year instead of the figures themselves. */
	growthSince?: string | null;
	/** Whether the y axis starts at zero (the default). */
	zero?: boolean;
	/** A period the reader picked, marked with a vertical line. */
	markYear?: number | null;
	width?: number;
	height?: number;
	document: Document;
	/** Observable Plot itself, passed in so the browser can fetch it only when a chart is drawn. */
	Plot: PlotLib;
};

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A growth axis tick: "+60,000%", "−20%", "0%". */
export function growthTick(v: number): string {
	return `${v > 0 ? '+' : v < 0 ? '−' : ''}${grouped.format(Math.abs(v))}%`;
}

/**
 * The left margin (px) the y axis's tick labels need, so that a large count or a big % change
 * is never cut off ("0000%"): the labels of the axis's likely ends (rounded out as Plot's `nice`
 * does) at about 7 px a character at the chart's 12 px, with room for the tick.
 */
export function marginForTicks(
	values: readonly number[],
	zero: boolean,
	label: (v: number) => string
) {
	const present = values.filter((v) => Number.isFinite(v));
	if (zero) present.push(0);
	if (!present.length) return 40;
	const [lo, hi] = [Math.min(...present), Math.max(...present)];
	const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo, Math.abs(hi), Math.abs(lo), 1e-9)));
	const ends = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step, lo, hi];
	const chars = Math.max(...ends.map((v) => label(v).length));
	return Math.max(40, Math.ceil(chars * 7 + 14));
}

/** The trend chart as a Plot figure: one styled line per series, gaps where values are missing. */
export function trendPlot({
	points,
	unit,
	periodType = 'calendar_year',
	unitLabel = null,
	growthSince = null,
	zero = true,
	markYear = null,
	width = 640,
	height = 300,
	document,
	Plot
}: TrendPlotOptions) {
	const years = points.map((p) => p.year);
	// Every figure, the neighbours' average included, to the measure's published decimals.
	const decimals = publishedDecimals(
		points.filter((p) => p.series !== 'neighbours').map((p) => (growthSince ? p.actual : p.value))
	);
	const keys = [...new Set(years)].sort((a, b) => a - b);
	// Month keys need explicit ticks (Plot's own would fall between months), as many as fit.
	const monthly = isMonthly(periodType);
	const labelWidth = 7 * periodTick(keys[0] ?? 0, periodType).length + 24;
	const fit = Math.max(2, Math.floor((width - 60) / labelWidth));
	const every = Math.ceil(keys.length / fit);
	const ticks = monthly
		? keys.filter((_, i) => (keys.length - 1 - i) % every === 0)
		: keys.length <= 8
			? keys
			: 6;
	const yTick = growthSince ? growthTick : (v: number) => tickLabel(v, unit);
	const marginLeft = marginForTicks(
		points.flatMap((p) => (p.value === null ? [] : [p.value])),
		zero,
		yTick
	);
	const marks = SERIES_ORDER.flatMap((series) => {
		const data = points.filter((p) => p.series === series);
		if (!data.some((p) => p.value !== null)) return [];
		const style = SERIES_STYLE[series];
		return [
			Plot.lineY(data, {
				x: 'year',
				y: 'value',
				stroke: style.color,
				strokeWidth: style.width,
				strokeDasharray: style.dash
			}),
			Plot.dot(data, {
				x: 'year',
				y: 'value',
				fill: style.color,
				symbol: style.symbol,
				r: series === 'area' ? 3.5 : 3
			})
		];
	});
	return Plot.plot({
		document,
		width,
		height,
		className: 'trend-plot',
		marginLeft,
		// A month label is centred on the last point: leave it room so it is not cut off.
		marginRight: monthly ? 32 : 20,
		style: { fontSize: '12px', fontFamily: 'inherit' },
		x: {
			label: null,
			tickFormat: monthly ? (v: number) => periodTick(v, periodType) : 'd',
			ticks,
			domain: [Math.min(...years), Math.max(...years)]
		},
		y: growthSince
			? {
					grid: true,
					nice: true,
					zero,
					label: `% change since ${growthSince}`,
					tickFormat: growthTick
				}
			: {
					grid: true,
					nice: true,
					zero,
					label:
						unitSuffix(unit, unitLabel) ??
						{
							percent: '%',
							count: 'number',
							points: 'percentage points',
							score: 'score',
							rate: 'rate'
						}[unit],
					tickFormat: yTick
				},
		marks: [
			...(zero ? [Plot.ruleY([0])] : []),
			...(markYear === null
				? []
				: [
						Plot.ruleX([markYear], { stroke: '#0b0c0c', strokeWidth: 1.5, strokeDasharray: '2 3' })
					]),
			...marks,
			Plot.tip(
				points.filter((p) => p.value !== null),
				Plot.pointer({
					x: 'year',
					y: 'value',
					title: (p: TrendPoint) =>
						`${p.label}, ${formatPeriod(p.year, periodType)}: ${growthSince ? `${formatValue(p.actual!, unit, decimals)} (${formatGrowth(p.value! / 100)})` : formatWithUnit(p.value!, unit, unitLabel, decimals)}${p.count !== null ? `, ${p.count} of 10 neighbours` : ''}`
				})
			)
		]
	});
}
