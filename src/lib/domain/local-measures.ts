import type { Unit } from './change';
import { buildHeadline, type Headline } from './headline';
import type { Obs } from './indicator-view';
import { formatPeriod, isMonthly, monthKey, previousPeriod, type PeriodType } from './periods';
import type { Polarity } from './polarity';
import type { TrendPoint } from './trend-table';

/**
 * An area's own measures (the workspace's local indicators) in the same model as the published
 * ones: indicator facts plus observations keyed by period, so charts, tiles and the scorecard
 * treat a local measure like a published one. A local measure has only the area's own figures;
 * there is no England, region or neighbour to compare with.
 */

/** One row of the local indicators table, as the workspace schema reads it. */
export type LocalMeasureRow = {
	id: string;
	title: string;
	unit: 'count' | 'percent' | 'rate' | 'score';
	unit_label: string | null;
	polarity: Polarity;
	period_type: 'monthly' | 'quarterly' | 'annual';
	/** YYYY-MM: the month, or the first month of the quarter or year. */
	period: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	source_note: string | null;
};

export type LocalMeasure = {
	id: string;
	title: string;
	unit: Unit;
	unit_label: string | null;
	polarity: Polarity;
	period_type: PeriodType;
	/** The source notes the rows give, each once, in the order first met. */
	sources: string[];
	/** The area's figures, oldest first. `note` is null: a missing local figure has no publisher's code. */
	observations: Obs[];
	/** A row's own source note, by period key, where it differs from the measure's first. */
	periodNotes: Map<number, string>;
};

/**
 * Annual local measures that start in January, April or September line up with the published
 * calendar, financial and academic years (keyed by the year they end); years starting in any
 * other month, or in different months, are rolling twelve months keyed by their first month.
 */
const ANNUAL_BY_FIRST_MONTH: Record<number, PeriodType> = {
	1: 'calendar_year',
	4: 'financial_year',
	9: 'academic_year'
};

function periodTypeOf(rows: readonly LocalMeasureRow[]): PeriodType {
	const kind = rows[0].period_type;
	if (kind === 'monthly') return 'month';
	if (kind === 'quarterly') return 'quarter';
	const firstMonths = new Set(rows.map((r) => Number(r.period.slice(5, 7))));
	const [only] = firstMonths;
	return (firstMonths.size === 1 && ANNUAL_BY_FIRST_MONTH[only]) || 'year_from_month';
}

function keyOf(period: string, type: PeriodType): number {
	if (isMonthly(type)) return monthKey(period);
	const year = Number(period.slice(0, 4));
	return type === 'calendar_year' ? year : year + 1;
}

/** Groups the table's rows into measures, in the order the table first lists them. */
export function localMeasures(rows: readonly LocalMeasureRow[], areaCode: string): LocalMeasure[] {
	const groups = new Map<string, LocalMeasureRow[]>();
	for (const row of rows) groups.set(row.id, [...(groups.get(row.id) ?? []), row]);
	return [...groups.values()].map((group) => {
		const first = group[0];
		const type = periodTypeOf(group);
		const sources = [...new Set(group.map((r) => r.source_note).filter((n) => n !== null))];
		const periodNotes = new Map<number, string>();
		const observations = group
			.map((row): Obs => {
				const key = keyOf(row.period, type);
				if (row.source_note && row.source_note !== sources[0])
					periodNotes.set(key, row.source_note);
				return {
					area: areaCode,
					year: key,
					value: row.value,
					note: null,
					numerator: row.numerator,
					denominator: row.denominator
				};
			})
			.sort((a, b) => a.year - b.year);
		return {
			id: first.id,
			title: first.title,
			unit: first.unit,
			unit_label: first.unit_label,
			polarity: first.polarity,
			period_type: type,
			sources,
			observations,
			periodNotes
		};
	});
}

export type LocalMeasureView = {
	headline: Headline;
	trend: TrendPoint[];
	/** Periods in the series with no row at all (a gap the chart shows as a break). */
	gaps: string[];
};

/** The tile and trend for a local measure: its latest figure, the change on the period before, and its series. */
export function localMeasureView(
	measure: LocalMeasure,
	area: { name: string }
): LocalMeasureView | null {
	const obs = measure.observations;
	if (!obs.length) return null;
	const latest = obs.at(-1)!;
	const previous = obs.at(-2) ?? null;
	const none = { value: null, note: null };
	const headline = buildHeadline({
		polarity: measure.polarity,
		periodType: measure.period_type,
		year: latest.year,
		latest: {
			value: latest.value,
			note: null,
			numerator: latest.numerator,
			denominator: latest.denominator
		},
		previous: previous && { year: previous.year, value: previous.value, note: null },
		england: none,
		region: null,
		neighbours: [],
		allAreas: [],
		seriesStarts: null
	});
	const type = measure.period_type;
	const point = (year: number, value: number | null): TrendPoint => ({
		year,
		series: 'area',
		label: area.name,
		value,
		note: null,
		count: null
	});
	// A period with no row is drawn as a break in the line, and listed, rather than bridged.
	const trend: TrendPoint[] = [point(obs[0].year, obs[0].value)];
	const gaps: string[] = [];
	for (let i = 1; i < obs.length; i++) {
		const missing: number[] = [];
		for (
			let k = previousPeriod(obs[i].year, type);
			k > obs[i - 1].year;
			k = previousPeriod(k, type)
		)
			missing.unshift(k);
		trend.push(...missing.map((k) => point(k, null)), point(obs[i].year, obs[i].value));
		gaps.push(...missing.map((k) => formatPeriod(k, type)));
	}
	return { headline, trend, gaps };
}
