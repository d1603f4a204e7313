import { changeBetween, noPercentReason, type Change, type Unit } from './change';
import { formatChange } from './format';
import type { Geography, IndicatorView, Obs } from './indicator-view';
import { formatPeriod, previousPeriod, type PeriodType } from './periods';
import type { Polarity } from './polarity';
import { rankByPolarity, type Rank } from './rank';
import { describeMissing } from './value-notes';

/** One period's figure for one area: the value, or why there is none. */
export type PeriodFigure = { year: number; value: number | null; note: string | null };

/**
 * The periods a reader can pick for an area: every period the area has a published row for
 * (a figure or a publisher's code), from the start of its own series after a reorganisation,
 * and the latest published period even where the area has no row for it. Newest first.
 */
export function areaPeriods(
	observations: readonly Obs[],
	areaCode: string,
	seriesStarts: number | null,
	latest: number | null
): PeriodFigure[] {
	const rows = observations.filter(
		(o) => o.area === areaCode && (seriesStarts === null || o.year >= seriesStarts)
	);
	const figures = new Map(
		rows.map((o) => [o.year, { year: o.year, value: o.value, note: o.note }])
	);
	if (latest !== null && !figures.has(latest))
		figures.set(latest, { year: latest, value: null, note: null });
	return [...figures.values()].sort((a, b) => b.year - a.year);
}

/**
 * The reader's choice of period and "since" period from the address (`?period=2022&since=2020`),
 * checked against the periods there are: an unknown period falls back to the latest, and a
 * "since" that is not earlier than the period (or not published) to none (the period before).
 */
export function choosePeriods(
	years: readonly number[],
	period: string | null,
	since: string | null
): { year: number | null; since: number | null } {
	const known = (text: string | null) => {
		const n = text === null || text.trim() === '' ? NaN : Number(text);
		return Number.isInteger(n) && years.includes(n) ? n : null;
	};
	const year = known(period) ?? (years.length ? Math.max(...years) : null);
	const from = known(since);
	return { year, since: year !== null && from !== null && from < year ? from : null };
}

/** The change to a period from a chosen earlier one, with both periods' figures. */
export type ChangeSince = {
	period: string;
	from: PeriodFigure;
	to: PeriodFigure;
	change: Change;
};

export function changeSince(
	figures: readonly PeriodFigure[],
	year: number,
	since: number,
	polarity: Polarity,
	periodType: PeriodType
): ChangeSince {
	const at = (y: number) =>
		figures.find((f) => f.year === y) ?? { year: y, value: null, note: null };
	const from = at(since);
	const to = at(year);
	return {
		period: formatPeriod(since, periodType),
		from,
		to,
		change: changeBetween(from, to, polarity)
	};
}

/**
 * A "change since" in words, as the headline says its one-year change: "+1,146 (+34.0%) since
 * January 2020", "Improving" or "Worsening" where the measure has a better direction, and why
 * there is no % (a base too small) or no change at all (a figure missing).
 */
export function changeSinceWords(
	since: ChangeSince,
	unit: Unit,
	periodType: PeriodType
): { arrow: string; judgement: string | null; text: string } {
	const { change, from, to, period } = since;
	if (!change.comparable) {
		const missing = from.value === null ? from : to;
		const why = missing.note ? describeMissing(missing.note).label : 'not published';
		return {
			arrow: '',
			judgement: null,
			text: `No change shown since ${period}: the ${formatPeriod(missing.year, periodType)} figure is ${why}`
		};
	}
	const arrow = change.absolute > 0 ? '↑' : change.absolute < 0 ? '↓' : '→';
	const judgement =
		change.direction === 'improving'
			? 'Improving'
			: change.direction === 'worsening'
				? 'Worsening'
				: null;
	const why = unit === 'count' ? noPercentReason(from.value, to.value) : null;
	return {
		arrow,
		judgement,
		text: `${formatChange(change, unit)} since ${period}${why ? ` (${why})` : ''}`
	};
}

/** One row of a measure page's neighbours' table. */
export type NeighbourRow = {
	code: string;
	name: string;
	/** The neighbour's number on the chart (closest neighbour 1); null for the area itself. */
	mark: number | null;
	role: 'area' | 'neighbour';
	value: number | null;
	/** Why there is no value, in words, when there is none. */
	missing: string | null;
	/** Rank among every local authority with a figure for the period, 1 best; null if none. */
	rank: Rank | null;
};

/**
 * The area and its statistical neighbours (closest first) for the view's period, each with its
 * figure and its rank among every authority the view ranks (its every-LA figures), so the table's
 * ranks always agree with the area's own rank and the every-LA table.
 */
export function neighbourRows(args: {
	view: IndicatorView;
	observations: readonly Obs[];
	geography: Geography;
	areaCode: string;
	polarity: Polarity;
}): NeighbourRow[] {
	const { view, observations, geography, areaCode, polarity } = args;
	const names = new Map(geography.areas.map((a) => [a.code, a.name]));
	const ranked = view.distribution.map((p) => p.value);
	const row = (code: string, mark: number | null): NeighbourRow => {
		const o = observations.find((x) => x.area === code && x.year === view.year);
		const value = o?.value ?? null;
		const inView = view.distribution.some((p) => p.code === code);
		return {
			code,
			name: names.get(code) ?? code,
			mark,
			role: mark === null ? 'area' : 'neighbour',
			value,
			missing: value === null ? (o ? describeMissing(o.note).label : 'not published') : null,
			rank: inView ? rankByPolarity(value, ranked, polarity) : null
		};
	};
	return [
		row(areaCode, null),
		...(geography.neighbours[areaCode] ?? []).map((code, i) => row(code, i + 1))
	];
}

/** The period before `year`, if the reader may pick it (for the "since" list's default). */
export function periodBefore(
	years: readonly number[],
	year: number,
	periodType: PeriodType
): number | null {
	const before = previousPeriod(year, periodType);
	return years.includes(before) ? before : null;
}
