import { publishedDecimals } from './format';
import { changeSincePrevious, relativeChange, type Change, type Unit } from './change';
import { neighbourAverage, type NeighbourAverage } from './neighbour-average';
import { formatPeriod, type PeriodType } from './periods';
import { compareByPolarity, type Comparison, type Polarity } from './polarity';
import { rankByPolarity, type Rank } from './rank';

export type Figure = { value: number | null; note: string | null };

export type HeadlineInput = {
	polarity: Polarity;
	periodType: PeriodType;
	year: number;
	latest: Figure & {
		numerator: number | null;
		denominator: number | null;
		/** The build's caveat on a figure that breaks its own series, if any. */
		caveat?: string | null;
	};
	previous: (Figure & { year: number }) | null;
	england: Figure;
	region: Figure | null;
	neighbours: (number | null)[];
	/** The benchmarks' figures for the previous year, for their growth (used for counts). */
	previousBenchmarks?: {
		england: number | null;
		region: number | null;
		neighbours: (number | null)[];
	};
	/** Every LA that existed and was published in the year (former ones included), the area’s own too. */
	allAreas: (number | null)[];
	/** First year of the area's series after a reorganisation, if any. */
	seriesStarts: number | null;
};

export type Headline = {
	year: number;
	period: string;
	value: number | null;
	note: string | null;
	numerator: number | null;
	denominator: number | null;
	/** Why to read the figure with care: it breaks its own series (kept as published). */
	caveat?: string | null;
	/** What the period counts where it is not the measure itself ("statements or EHC plans"). */
	basis?: string | null;
	previous: { period: string; value: number | null } | null;
	change: Change;
	england: Figure & { comparison: Comparison; growth: number | null };
	region: (Figure & { comparison: Comparison; growth: number | null }) | null;
	neighbours: NeighbourAverage & { comparison: Comparison; growth: NeighbourAverage };
	rank: Rank | null;
	/** Decimal places the publisher gives this measure's figures, so every figure on a tile reads alike. */
	decimals: number;
};

/** What a headline tile shows of its measure; the published catalogue's rows carry more. */
export type TileMeasure = {
	id: string;
	short_title: string;
	definition: string;
	unit: Unit;
	polarity: Polarity;
};

/** One headline tile: a measure and its headline figures. */
export type HeadlineTile<M extends TileMeasure = TileMeasure> = {
	indicator: M;
	headline: Headline;
};

/**
 * One-year relative change of a count, as a fraction; none from or to a missing figure, or from
 * a base too small for a percentage to mean anything (see `relativeChange`).
 */
export function growth(value: number | null, previous: number | null | undefined): number | null {
	return relativeChange(previous, value);
}

/** Everything one headline tile says, from figures the data layer fetched. Pure, so it is tested alone. */
export function buildHeadline(input: HeadlineInput): Headline {
	const { polarity, latest, year } = input;
	// A series that starts after a reorganisation is not compared with the area it replaced.
	const previous =
		input.previous && (input.seriesStarts === null || input.previous.year >= input.seriesStarts)
			? input.previous
			: null;
	const neighbours = neighbourAverage(input.neighbours);
	const before = input.previousBenchmarks;
	return {
		year,
		period: formatPeriod(year, input.periodType),
		value: latest.value,
		note: latest.value === null ? latest.note : null,
		numerator: latest.numerator,
		denominator: latest.denominator,
		caveat: latest.value === null ? null : (latest.caveat ?? null),
		previous: previous && {
			period: formatPeriod(previous.year, input.periodType),
			value: previous.value
		},
		change: changeSincePrevious(
			{ year, value: latest.value },
			previous,
			polarity,
			input.periodType
		),
		england: {
			...input.england,
			comparison: compareByPolarity(latest.value, input.england.value, polarity),
			growth: growth(input.england.value, before?.england)
		},
		region: input.region && {
			...input.region,
			comparison: compareByPolarity(latest.value, input.region.value, polarity),
			growth: growth(input.region.value, before?.region)
		},
		neighbours: {
			...neighbours,
			comparison: compareByPolarity(latest.value, neighbours.mean, polarity),
			// The growth of the neighbours' average, over the neighbours with both years' figures,
			// so it matches the neighbours' line on the trend chart.
			growth: neighbourGrowth(input.neighbours, before?.neighbours ?? [])
		},
		rank: rankByPolarity(latest.value, input.allAreas, polarity),
		decimals: publishedDecimals([
			latest.value,
			input.previous?.value,
			input.england.value,
			input.region?.value,
			...input.allAreas,
			...input.neighbours
		])
	};
}

/** Growth of the neighbours' average, counting only neighbours with both years' figures. */
function neighbourGrowth(latest: (number | null)[], previous: (number | null)[]): NeighbourAverage {
	const pairs = latest.flatMap((v, i) =>
		v !== null && previous[i] != null ? [[v, previous[i]!]] : []
	);
	const [now, then] = pairs.reduce(([a, b], [v, p]) => [a + v, b + p], [0, 0]);
	return {
		mean: pairs.length ? relativeChange(then, now) : null,
		count: pairs.length,
		of: latest.length
	};
}
