import type { Change, Unit } from './change';
import { formatChange, formatGrowth } from './format';
import type { Headline } from './headline';
import { POLARITY_WORDS, type Polarity } from './polarity';
import { ordinal } from './rank';
import { describeMissing } from './value-notes';

/** The arrow shows only which way the figure moved. */
const arrowOf = (absolute: number) => (absolute > 0 ? '↑' : absolute < 0 ? '↓' : '→');

/**
 * The sentences a headline tile says, in one place so they read the same everywhere. The
 * arrow always shows which way the figure moved; whether that is good is said in words.
 */
export function changeWords(
	h: Headline,
	unit: Unit
): { arrow: string; judgement: string | null; text: string } {
	const change = h.change;
	if (!change.comparable) {
		const reason =
			change.reason === 'a value is missing' && h.previous
				? h.previous.value === null
					? `no figure for ${h.previous.period}`
					: `no figure for ${h.period}`
				: change.reason;
		return { arrow: '', judgement: null, text: `No change shown: ${reason}` };
	}
	const arrow = arrowOf(change.absolute);
	const judgement =
		change.direction === 'improving'
			? 'Improving'
			: change.direction === 'worsening'
				? 'Worsening'
				: null;
	return { arrow, judgement, text: `${formatChange(change, unit)} since ${h.previous?.period}` };
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
