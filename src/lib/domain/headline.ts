import { changeSincePrevious, type Change } from './change';
import { neighbourAverage, type NeighbourAverage } from './neighbour-average';
import { formatPeriod, type PeriodType } from './periods';
import { compareByPolarity, type Comparison, type Polarity } from './polarity';
import { rankByPolarity, type Rank } from './rank';

export type Figure = { value: number | null; note: string | null };

export type HeadlineInput = {
	polarity: Polarity;
	periodType: PeriodType;
	year: number;
	latest: Figure & { numerator: number | null; denominator: number | null };
	previous: (Figure & { year: number }) | null;
	england: Figure;
	region: Figure | null;
	neighbours: (number | null)[];
	/** Every current LA's value for the year, the area's own included. */
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
	previous: { period: string; value: number | null } | null;
	change: Change;
	england: Figure & { comparison: Comparison };
	region: (Figure & { comparison: Comparison }) | null;
	neighbours: NeighbourAverage & { comparison: Comparison };
	rank: Rank | null;
};

/** Everything one headline tile says, from figures the data layer fetched. Pure, so it is tested alone. */
export function buildHeadline(input: HeadlineInput): Headline {
	const { polarity, latest, year } = input;
	// A series that starts after a reorganisation is not compared with the area it replaced.
	const previous =
		input.previous && (input.seriesStarts === null || input.previous.year >= input.seriesStarts)
			? input.previous
			: null;
	const neighbours = neighbourAverage(input.neighbours);
	return {
		year,
		period: formatPeriod(year, input.periodType),
		value: latest.value,
		note: latest.value === null ? latest.note : null,
		numerator: latest.numerator,
		denominator: latest.denominator,
		previous: previous && {
			period: formatPeriod(previous.year, input.periodType),
			value: previous.value
		},
		change: changeSincePrevious({ year, value: latest.value }, previous, polarity),
		england: {
			...input.england,
			comparison: compareByPolarity(latest.value, input.england.value, polarity)
		},
		region: input.region && {
			...input.region,
			comparison: compareByPolarity(latest.value, input.region.value, polarity)
		},
		neighbours: {
			...neighbours,
			comparison: compareByPolarity(latest.value, neighbours.mean, polarity)
		},
		rank: rankByPolarity(latest.value, input.allAreas, polarity)
	};
}
