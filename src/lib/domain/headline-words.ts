import type { Change, Unit } from './change';
import { formatChange, formatGrowth, formatValue } from './format';
import type { Headline, HeadlineTile } from './headline';
import { POLARITY_WORDS, type Polarity } from './polarity';
import { ordinal, type Rank } from './rank';
import { describeMissing } from './value-notes';

/** The arrow shows only which way the figure moved. */
const arrowOf = (absolute: number) => (absolute > 0 ? '↑' : absolute < 0 ? '↓' : '→');

/** Which quarter of local authorities a rank falls in: 1 best, 4 worst (as the quartile bands A–D). */
export function quarterOf(rank: Rank): 1 | 2 | 3 | 4 {
	return Math.min(4, Math.floor((4 * (rank.rank - 1)) / rank.of) + 1) as 1 | 2 | 3 | 4;
}

/** good, bad, or mixed (a move one way while the position says the other): the colour follows it. */
export type Tone = 'good' | 'bad' | 'mixed';

/**
 * Whether the figure is improving or worsening, said with the area's position where the two
 * pull apart, so a tile never reads as good news while the area is in the worst quarter:
 * "Improving, but still in the worst quarter"; "Worsening, though still in the best quarter".
 */
export function judgementWords(h: Headline): { judgement: string; tone: Tone } | null {
	const change = h.change;
	if (!change.comparable) return null;
	const quarter = h.rank ? quarterOf(h.rank) : null;
	if (change.direction === 'improving') {
		return quarter === 4
			? { judgement: 'Improving, but still in the worst quarter', tone: 'mixed' }
			: { judgement: 'Improving', tone: 'good' };
	}
	if (change.direction === 'worsening') {
		return quarter === 1
			? { judgement: 'Worsening, though still in the best quarter', tone: 'mixed' }
			: { judgement: 'Worsening', tone: 'bad' };
	}
	return null;
}

/**
 * The sentences a headline tile says, in one place so they read the same everywhere. The
 * arrow always shows which way the figure moved; whether that is good is said in words, with
 * the area's position first where the move and the position disagree.
 */
export function changeWords(
	h: Headline,
	unit: Unit
): { arrow: string; judgement: string | null; tone: Tone | null; text: string } {
	const change = h.change;
	if (!change.comparable) {
		const reason =
			change.reason === 'a value is missing' && h.previous
				? h.previous.value === null
					? `no figure for ${h.previous.period}`
					: `no figure for ${h.period}`
				: change.reason;
		return { arrow: '', judgement: null, tone: null, text: `No change shown: ${reason}` };
	}
	const judged = judgementWords(h);
	return {
		arrow: arrowOf(change.absolute),
		judgement: judged?.judgement ?? null,
		tone: judged?.tone ?? null,
		text: `${formatChange(change, unit, h.decimals)} since ${h.previous?.period}`
	};
}

/**
 * A change in a few words, for a table of measures: the arrow, and whether the move is better or
 * worse ("up (no better or worse)" where neither higher nor lower is better).
 */
export function directionWords(change: Change | null | undefined): { arrow: string; text: string } {
	if (!change?.comparable) return { arrow: '', text: 'not comparable' };
	const judged = change.direction !== 'up' && change.direction !== 'down';
	return {
		arrow: arrowOf(change.absolute),
		text: judged ? change.direction : `${change.direction} (no better or worse)`
	};
}

export function rankWords(h: Headline, polarity: Polarity): string {
	if (polarity === 'none')
		return 'Not ranked: neither higher nor lower is better for this measure.';
	if (!h.rank)
		return `Not ranked: ${h.value === null ? describeMissing(h.note).label : 'no figure'} for this area.`;
	return `Ranked ${ordinal(h.rank.rank)} of ${h.rank.of} local authorities, where 1st is best (${POLARITY_WORDS[polarity]}).`;
}

/** For counts, the fair comparison is growth: did the area's figure grow faster than England's? */
export function growthWords(h: Headline): string | null {
	const own = h.change.comparable ? h.change.relative : null;
	const england = h.england.growth;
	if (own === null || england === null) return null;
	const figures = `(${formatGrowth(own)} against ${formatGrowth(england)})`;
	if (own >= 0 !== england >= 0) {
		return `${own >= 0 ? 'Rose' : 'Fell'} over the year while England’s ${england >= 0 ? 'rose' : 'fell'} ${figures}.`;
	}
	const gap = Math.abs(own) - Math.abs(england);
	const pace =
		Math.abs(gap) < 0.005 ? 'about as fast as' : gap > 0 ? 'faster than' : 'more slowly than';
	return `${own >= 0 ? 'Grew' : 'Fell'} ${pace} England over the year ${figures}.`;
}

/** The two 20-week timeliness measures: every plan, and leaving out plans with an exception. */
export const TIMELINESS = {
	including: 'pct_within_20wk_incl_exceptions',
	excluding: 'pct_within_20wk_excl_exceptions'
} as const;

/**
 * Why the two 20-week timeliness figures read the same, where they do, from the counts behind
 * them: either no plan had an exception (the two counts of plans are equal), or the plans with an
 * exception were on time in the same share. Keyed by measure id; empty where the figures differ.
 */
export function timelinessNotes(tiles: readonly HeadlineTile[]): Record<string, string> {
	const find = (id: string) => tiles.find((t) => t.indicator.id === id)?.headline;
	const incl = find(TIMELINESS.including);
	const excl = find(TIMELINESS.excluding);
	if (!incl || !excl || incl.value === null || excl.value === null) return {};
	if (incl.year !== excl.year) return {};
	if (formatValue(incl.value, 'percent') !== formatValue(excl.value, 'percent')) return {};
	const period = incl.period;
	const plans = incl.denominator;
	let why: string;
	if (plans === null || excl.denominator === null) {
		why = `the published counts for ${period} do not say how many plans had an exception`;
	} else if (plans === excl.denominator) {
		why = `none of the ${formatValue(plans, 'count')} new plans issued in ${period} had an exception to the 20-week limit, so both figures count the same plans`;
	} else {
		const exceptions = plans - excl.denominator;
		why = `${formatValue(exceptions, 'count')} of the ${formatValue(plans, 'count')} new plans issued in ${period} had an exception, and leaving ${exceptions === 1 ? 'it' : 'them'} out does not change the percentage`;
	}
	return {
		[TIMELINESS.including]: `Same as excluding exceptions: ${why}.`,
		[TIMELINESS.excluding]: `Same as including exceptions: ${why}.`
	};
}
