import { describeMissing } from './value-notes';
import { formatAverage, formatGrowth, formatWithUnit, publishedDecimals } from './format';
import { formatPeriod, isMonthly, monthOfKey, type PeriodType } from './periods';
import type { Unit } from './change';

/** The lines a trend chart can draw. */
export type TrendSeries = 'area' | 'region' | 'neighbours' | 'england' | 'compare';

/** One point of a trend chart: a year, which line, and its value (null where missing). */
export type TrendPoint = {
	year: number;
	series: TrendSeries;
	label: string;
	value: number | null;
	note: string | null;
	count: number | null;
	/** In growth view, `value` is the % change since the base year and `actual` the figure itself. */
	actual?: number | null;
	/** The build's caveat on a published figure that breaks its own series. */
	caveat?: string | null;
	/** What the period counts where it is not the measure itself ("statements or EHC plans"). */
	basis?: string | null;
};

export type TrendView = {
	unit: Unit;
	periodType: PeriodType;
	growth?: boolean;
	/** Words for the unit written after each figure where they help ("weeks"). */
	unitLabel?: string | null;
};

export const SERIES_ORDER = ['area', 'compare', 'neighbours', 'region', 'england'] as const;

const signedPct = (v: number) => formatGrowth(v / 100);

/** The measure's published decimals, from its figures (not the neighbours' averages). */
function decimalsOf(points: readonly TrendPoint[], view: TrendView): number {
	return publishedDecimals(
		points.filter((p) => p.series !== 'neighbours').map((p) => (view.growth ? p.actual : p.value))
	);
}

function cell(
	p: TrendPoint | undefined,
	{ unit, growth, unitLabel }: TrendView,
	decimals: number
): string {
	if (!p) return '—';
	const figure = growth ? (p.actual ?? null) : p.value;
	if (figure === null)
		return p.series === 'neighbours' ? 'no neighbour figures' : describeMissing(p.note).label;
	let text =
		p.series === 'neighbours'
			? formatAverage(figure, unit, decimals)
			: formatWithUnit(figure, unit, unitLabel, decimals);
	if (growth && p.value !== null) text += ` (${signedPct(p.value)})`;
	if (p.caveat) text += ' (breaks its series: read with care)';
	return p.count !== null ? `${text} (${p.count} of 10)` : text;
}

const withBasis = (period: string, basis: string | null | undefined) =>
	basis ? `${period} (${basis})` : period;

/** The chart's figures as a period-by-line table for screen readers and the "show table" view. */
export function trendTable(points: readonly TrendPoint[], view: TrendView) {
	const series = SERIES_ORDER.filter((s) => points.some((p) => p.series === s));
	const columns = series.map((s) => points.find((p) => p.series === s)!.label);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const decimals = decimalsOf(points, view);
	const rows = years.map((year) => ({
		period: withBasis(
			formatPeriod(year, view.periodType),
			points.find((p) => p.year === year && p.basis)?.basis
		),
		cells: series.map((s) =>
			cell(
				points.find((q) => q.year === year && q.series === s),
				view,
				decimals
			)
		)
	}));
	return { columns, rows };
}

/** Exactly what is plotted, one row per point, for the CSV download. */
export function trendCsv(
	points: readonly TrendPoint[],
	view: TrendView
): { header: string[]; rows: (string | number | null)[][] } {
	// Annual periods are identified by the year they end; the area's own measures by their first month.
	const monthly = isMonthly(view.periodType);
	const header = [
		'period',
		monthly ? 'first_month' : 'year',
		'line',
		'value',
		'missing_value_code',
		'neighbours_with_a_value'
	];
	if (view.growth) header.push('growth_since_base_pct');
	const rows = points.map((p) => {
		const value = view.growth ? (p.actual ?? null) : p.value;
		const row: (string | number | null)[] = [
			formatPeriod(p.year, view.periodType),
			monthly ? monthOfKey(p.year) : p.year,
			p.label,
			value,
			value === null ? p.note : null,
			p.count
		];
		if (view.growth) row.push(p.value === null ? null : Math.round(p.value * 10) / 10);
		return row;
	});
	return { header, rows };
}

/** A one-paragraph text alternative: where the area ended, how it moved, and the benchmarks. */
export function describeTrend(
	points: readonly TrendPoint[],
	view: TrendView,
	measure: string
): string {
	const figure = (p: TrendPoint) => (view.growth ? (p.actual ?? null) : p.value);
	const own = points.filter((p) => p.series === 'area' && figure(p) !== null);
	if (!own.length) return `${measure}: no published figures for this area.`;
	const first = own[0];
	const last = own.at(-1)!;
	const at = (p: TrendPoint) => formatPeriod(p.year, view.periodType);
	const decimals = decimalsOf(points, view);
	const withUnit = (v: number) => formatWithUnit(v, view.unit, view.unitLabel, decimals);
	const growth = (p: TrendPoint | undefined) =>
		view.growth && p?.value != null ? `, ${signedPct(p.value)} since ${at(first)}` : '';
	const england = points.find((p) => p.series === 'england' && p.year === last.year);
	const neighbours = points.find((p) => p.series === 'neighbours' && p.year === last.year);
	const compared = points.find((p) => p.series === 'compare' && p.year === last.year);
	const region = points.find((p) => p.series === 'region' && p.year === last.year);
	const parts = [
		`${last.label}: ${withUnit(figure(last)!)} in ${at(last)}`,
		view.growth
			? growth(last)
			: own.length > 1
				? `, from ${withUnit(figure(first)!)} in ${at(first)}`
				: '',
		compared && figure(compared) !== null
			? `. ${compared.label}: ${withUnit(figure(compared)!)}${growth(compared)}`
			: '',
		england && figure(england) !== null
			? `. England: ${withUnit(figure(england)!)}${growth(england)}`
			: '',
		region && figure(region) !== null
			? `. ${region.label}: ${withUnit(figure(region)!)}${growth(region)}`
			: '',
		neighbours && figure(neighbours) !== null
			? `. Statistical neighbours’ average: ${formatAverage(figure(neighbours)!, view.unit, decimals)}${growth(neighbours)} (${neighbours.count} of 10 with a figure)`
			: '',
		'.'
	];
	return `${measure}. ${parts.join('')}`;
}
