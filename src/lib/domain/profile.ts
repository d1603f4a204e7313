import type { Unit } from './change';
import { formatAverage, formatChange, formatGrowth, formatValue } from './format';
import type { IndicatorView } from './indicator-view';
import type { InspectionSummary } from './inspection-summary';
import { formatDate } from './inspection-summary';
import type { Polarity } from './polarity';
import { ordinal } from './rank';
import { describeMissing } from './value-notes';

export type ProfileIndicator = { id: string; short_title: string; unit: Unit; polarity: Polarity };
export type ProfileFact = { indicator: ProfileIndicator; view: IndicatorView };
export type ProfileSection = { id: string; heading: string; sentences: string[] };

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

/** The SEND profile: generated paragraphs, every sentence computed from the data with its figures and period. */
export function sendProfile({ area, facts, inspection, plan }: ProfileInput): ProfileSection[] {
	const sections = plan.map(({ id, heading, measures, ranked }) => ({
		id,
		heading,
		sentences: [
			ranked ? topNeedsSentence(ranked.flatMap((m) => (facts[m] ? [facts[m]!] : []))) : null,
			...measures.map(({ id: m, lead }) => (facts[m] ? factSentence(area, facts[m]!, lead) : null))
		].filter((s): s is string => s !== null)
	}));
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
