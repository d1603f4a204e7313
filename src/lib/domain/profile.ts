import type { Unit } from './change';
import { formatAverage, formatChange, formatGrowth, formatValue } from './format';
import type { IndicatorView } from './indicator-view';
import type { InspectionSummary } from './inspection-summary';
import { formatDate } from './inspection-summary';
import type { Polarity } from './polarity';
import { quarterOf } from './headline-words';
import { ordinal } from './rank';
import { describeMissing } from './value-notes';

export type ProfileIndicator = { id: string; short_title: string; unit: Unit; polarity: Polarity };
export type ProfileFact = { indicator: ProfileIndicator; view: IndicatorView };
export type ProfileSection = {
	id: string;
	heading: string;
	/** The section's first sentence: what in it is most off track, where any figure is ranked. */
	lead?: string | null;
	sentences: string[];
};

/**
 * One sentence about one measure: the area's figure and period, its change, and how it
 * compares, every number taken from the view. Returns null when there is nothing to say.
 */
export function factSentence(area: string, fact: ProfileFact, lead?: string): string | null {
	const { indicator, view } = fact;
	const h = view.headline;
	const u = indicator.unit;
	const what = lead ?? indicator.short_title;
	if (h.value === null) {
		return h.note
			? `${what}: the ${h.period} figure for ${area} is ${describeMissing(h.note).label}.`
			: null;
	}
	const d = h.decimals;
	const parts = [`${what}: ${formatValue(h.value, u, d)} in ${h.period}`];
	if (h.change.comparable) parts.push(`, ${formatChange(h.change, u, d)} on ${h.previous?.period}`);
	const england = h.england.value;
	if (u === 'count') {
		if (h.change.comparable && h.change.relative !== null && h.england.growth !== null) {
			parts.push(`. England changed by ${formatGrowth(h.england.growth)} over the same year`);
		}
	} else if (england !== null) {
		// England and the neighbours are judged separately: a figure can sit between them.
		const against = (comparison: string) =>
			indicator.polarity === 'none' || comparison === 'not comparable'
				? 'against'
				: comparison === 'better'
					? 'better than'
					: comparison === 'worse'
						? 'worse than'
						: 'the same as';
		parts.push(`, ${against(h.england.comparison)} England’s ${formatValue(england, u, d)}`);
		if (h.neighbours.mean !== null) {
			const same = against(h.neighbours.comparison) === against(h.england.comparison);
			parts.push(
				`${same ? ' and' : ' but'} ${same ? '' : `${against(h.neighbours.comparison)} `}the statistical neighbours’ average of ${formatAverage(h.neighbours.mean, u, d)}`
			);
		}
		if (h.rank) parts.push(` (ranked ${ordinal(h.rank.rank)} of ${h.rank.of} local authorities)`);
	}
	return `${parts.join('')}.`;
}

/**
 * The three most common primary needs among the area's EHC plans, each with England's share:
 * a ranking sentence that no single measure's sentence can give.
 */
export function topNeedsSentence(facts: readonly ProfileFact[]): string | null {
	const present = facts.filter((f) => f.view.headline.value !== null);
	if (present.length < 3) return null;
	const top = [...present]
		.sort((a, b) => b.view.headline.value! - a.view.headline.value!)
		.slice(0, 3);
	const name = (f: ProfileFact) => f.indicator.short_title.replace(/\s*\(.*\)$/, '').toLowerCase();
	const parts = top.map(
		(f) =>
			`${name(f)} (${formatValue(f.view.headline.value!, 'percent')}${f.view.headline.england.value !== null ? `; England ${formatValue(f.view.headline.england.value, 'percent')}` : ''})`
	);
	return `The most common primary needs among EHC plans in ${top[0].view.headline.period} were ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

export type ProfilePlan = {
	id: string;
	heading: string;
	measures: { id: string; lead?: string }[];
	/** Measures summarised together in one ranking sentence (primary needs). */
	ranked?: string[];
}[];

export type ProfileInput = {
	area: string;
	facts: Record<string, ProfileFact | undefined>;
	inspection: InspectionSummary | null;
	/** Sections and the measures each draws on, in reading order; measures without figures are skipped. */
	plan: ProfilePlan;
};

type Named = { fact: ProfileFact; name: string };

/** How far down the ranking a figure is (1 = last), or null where it is not ranked. */
function depth({ fact }: Named): number | null {
	const rank = fact.view.headline.rank;
	return rank && fact.indicator.polarity !== 'none' ? rank.rank / rank.of : null;
}

/** The ranked figures of a section, furthest off track first (ties: the lower rank first). */
export function offTrackOrder(named: readonly Named[]): Named[] {
	return named
		.filter((n) => depth(n) !== null)
		.sort(
			(a, b) =>
				depth(b)! - depth(a)! || b.fact.view.headline.rank!.rank - a.fact.view.headline.rank!.rank
		);
}

/**
 * A section's lead: the figure most off track, and any others in the worst quarter of local
 * authorities, so a board member reads first what most needs a question. Null where nothing in
 * the section is ranked (counts, or measures where neither higher nor lower is better).
 */
export function offTrackSentence(named: readonly Named[]): string | null {
	const ranked = offTrackOrder(named);
	if (!ranked.length) return null;
	const where = ({ fact }: Named) => {
		const h = fact.view.headline;
		return `ranked ${ordinal(h.rank!.rank)} of ${h.rank!.of} local authorities in ${h.period}`;
	};
	const worst = ranked.filter((n) => quarterOf(n.fact.view.headline.rank!) === 4);
	if (!worst.length) {
		return `No ranked figure here is in the worst quarter of local authorities; the lowest ranked is ${ranked[0].name}, ${where(ranked[0])}.`;
	}
	const [first, ...rest] = worst;
	const also = rest.length
		? ` Also in the worst quarter: ${rest.map((n) => `${n.name} (${where(n)})`).join('; ')}.`
		: '';
	return `Most off track: ${first.name}, ${where(first)}, in the worst quarter.${also}`;
}

/**
 * The SEND profile: generated paragraphs, every sentence computed from the data with its figures
 * and period. Each section leads with what in it is most off track, then the figures in the worst
 * quarter (furthest off track first), then the rest in the plan's reading order.
 */
export function sendProfile({ area, facts, inspection, plan }: ProfileInput): ProfileSection[] {
	const sections: ProfileSection[] = plan.map(({ id, heading, measures, ranked }) => {
		const named = measures.flatMap(({ id: m, lead }) =>
			facts[m] ? [{ fact: facts[m]!, name: lead ?? facts[m]!.indicator.short_title }] : []
		);
		const sentence = new Map(named.map((n) => [n, factSentence(area, n.fact, n.name)]));
		const first = offTrackOrder(named).filter((n) => quarterOf(n.fact.view.headline.rank!) === 4);
		const ordered = [...first, ...named.filter((n) => !first.includes(n))];
		return {
			id,
			heading,
			lead: offTrackSentence(named),
			sentences: [
				ranked ? topNeedsSentence(ranked.flatMap((m) => (facts[m] ? [facts[m]!] : []))) : null,
				...ordered.map((n) => sentence.get(n) ?? null)
			].filter((s): s is string => s !== null)
		};
	});
	if (inspection) {
		sections.push({
			id: 'inspection',
			heading: 'Inspection',
			sentences: [
				`The latest area SEND inspection (${inspection.framework} framework${inspection.published ? `, published ${formatDate(inspection.published)}` : ''}) found: “${inspection.headline}”.`,
				...inspection.details
			]
		});
	}
	return sections.filter((s) => s.sentences.length);
}
