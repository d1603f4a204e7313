import { THEMES, type Theme } from './themes';

/**
 * Finding a published measure by the words a board member would type: in any order, whatever
 * the case or punctuation, with the abbreviations officers use ("KS2", "EHCP", "SEMH", "NEET")
 * understood as the words the measures are written in, and the best match first.
 */
export type SearchableMeasure = {
	id: string;
	title: string;
	short_title: string;
	definition: string;
	/** The measure's theme: its name is searched as part of the description. */
	theme?: string;
};

/**
 * Words that mean the same thing to a reader. Each group's phrases are found in a measure's words
 * and in the query alike, and stand for one concept: "key stage 2" in a query finds "(KS2)" in a
 * title, and "EHCP" finds "EHC plan" and "education, health and care plan".
 */
export const SYNONYMS: readonly { concept: string; phrases: readonly string[] }[] = [
	{ concept: 'KS1', phrases: ['ks1', 'key stage 1', 'keystage 1'] },
	{ concept: 'KS2', phrases: ['ks2', 'key stage 2', 'keystage 2', 'age 11', 'year 6', 'sats'] },
	{
		concept: 'KS4',
		phrases: ['ks4', 'key stage 4', 'keystage 4', 'gcse', 'age 16', 'year 11']
	},
	{
		concept: 'EHC plan',
		phrases: [
			'ehcp',
			'ehc plan',
			'ehc plans',
			'education health and care plan',
			'education health and care ehc plan'
		]
	},
	{ concept: 'SEMH', phrases: ['semh', 'social emotional and mental health'] },
	{ concept: 'SLCN', phrases: ['slcn', 'speech language and communication'] },
	{
		concept: 'autism',
		phrases: [
			'autism',
			'autistic',
			'asd',
			'asc',
			'autistic spectrum disorder',
			'autism spectrum disorder',
			'autistic spectrum condition'
		]
	},
	{
		concept: 'attainment',
		phrases: ['attainment', 'expected standard', 'result', 'achievement', 'grade']
	},
	{
		concept: 'tribunal',
		phrases: ['tribunal', 'appeal', 'appealed', 'appealing', 'sendist']
	},
	{ concept: 'NEET', phrases: ['neet', 'not in education employment or training'] },
	{ concept: 'absence', phrases: ['absence', 'absent', 'attendance'] },
	{
		concept: 'exclusion',
		phrases: ['exclusion', 'excluded', 'suspension', 'suspended', 'fixed term exclusion']
	},
	{
		concept: 'looked after',
		phrases: ['looked after', 'lac', 'cla', 'children in care', 'child in care']
	},
	{ concept: 'children in need', phrases: ['children in need', 'cin'] },
	{ concept: 'further education', phrases: ['further education', 'fe'] },
	{
		concept: 'alternative provision',
		phrases: ['alternative provision', 'ap', 'pru', 'pupil referral unit']
	},
	{
		concept: '20 weeks',
		phrases: ['20 week', 'twenty week', 'timeliness', 'on time']
	}
];

/**
 * The measures a board reads first (the SEND profile leads with them): where two measures
 * match a search equally well, these come first, in this order.
 */
export const KEY_MEASURES: readonly string[] = [
	'ehc_plans_in_force',
	'pct_within_20wk_incl_exceptions',
	'pct_within_20wk_excl_exceptions',
	'requests_received',
	'new_ehc_plans',
	'tribunal_appeal_rate',
	'lait_new_ks2_rwm_sen_withsta',
	'ks2_rwm_all_sen',
	'ks2_rwm_sen_gap',
	'lait_sen_stat_avg_attain8_score',
	'ks4_p8_sen_gap',
	'ks4_dest_overall_ehcp',
	'ehcp_neet_count',
	'ehcp_need_autism_pct',
	'ehcp_need_semh_pct',
	'ehcp_need_slcn_pct'
];

/** Little words a search ignores ("reading, writing and maths" is three words). */
const STOP_WORDS = new Set([
	'a',
	'an',
	'and',
	'are',
	'at',
	'by',
	'for',
	'from',
	'in',
	'is',
	'of',
	'on',
	'or',
	'the',
	'to',
	'who',
	'whose',
	'with',
	's'
]);

/** A word as compared: lower case, no accents, and a plural "s" dropped ("plans" → "plan"). */
function stem(word: string): string {
	if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
	return word;
}

/** The words of a text, in order, ignoring case, accents and punctuation. */
export function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.replace(/&/g, ' and ')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map(stem);
}

const PHRASES = SYNONYMS.flatMap(({ concept, phrases }) =>
	phrases.map((p) => ({ concept, words: wordsOf(p) }))
).sort((a, b) => b.words.length - a.words.length);

const startsAt = (words: readonly string[], i: number, phrase: readonly string[]) =>
	phrase.every((w, k) => words[i + k] === w);

/** A measure's words, with the concepts its phrases stand for. */
type Indexed = { words: Set<string>; concepts: Set<string> };

function index(text: string): Indexed {
	const words = wordsOf(text);
	const concepts = new Set<string>();
	for (let i = 0; i < words.length; i++)
		for (const p of PHRASES) if (startsAt(words, i, p.words)) concepts.add(p.concept);
	return { words: new Set(words.filter((w) => !STOP_WORDS.has(w))), concepts };
}

/** One thing a person asked for: a concept ("KS2") or a plain word ("reading"). */
export type Term = { text: string; concept: string | null; word: string | null };

/** The query as terms: the longest synonym phrase at each place, else the word itself. */
export function termsOf(query: string): Term[] {
	const words = wordsOf(query);
	const terms: Term[] = [];
	for (let i = 0; i < words.length;) {
		const phrase = PHRASES.find((p) => startsAt(words, i, p.words));
		if (phrase) {
			terms.push({ text: phrase.words.join(' '), concept: phrase.concept, word: null });
			i += phrase.words.length;
			continue;
		}
		if (!STOP_WORDS.has(words[i])) terms.push({ text: words[i], concept: null, word: words[i] });
		i += 1;
	}
	// The same term twice counts once.
	return terms.filter((t, i) => terms.findIndex((u) => u.text === t.text) === i);
}

/** A typed word finds the words it starts ("tribu" finds "tribunal"); numbers and short words must be whole. */
function hasWord(indexed: Indexed, word: string): boolean {
	if (indexed.words.has(word)) return true;
	if (word.length < 3 || /^\d+$/.test(word)) return false;
	for (const w of indexed.words) if (w.startsWith(word)) return true;
	return false;
}

function finds(indexed: Indexed, term: Term): boolean {
	return term.concept ? indexed.concepts.has(term.concept) : hasWord(indexed, term.word!);
}

export type MeasureMatch<T> = {
	measure: T;
	/** How many of the terms the measure has anywhere, and how many in its title. */
	matched: number;
	inTitle: number;
};

export type MeasureSearch<T> = {
	/** The terms the query was read as, e.g. ["KS2", "ehc"]. */
	terms: Term[];
	/**
	 * The measures found, best first. When some measure has every term, only those are listed
	 * (`complete`); otherwise the measures with some of them, those with most first.
	 */
	matches: MeasureMatch<T>[];
	complete: boolean;
	/** Terms no measure has at all. */
	unknown: Term[];
};

/** A measure with its words, ready to search. */
export type IndexedMeasure<T> = {
	measure: T;
	order: number;
	key: number;
	title: Indexed;
	all: Indexed;
};
export type MeasureIndex<T> = readonly IndexedMeasure<T>[];

/** An index over the measures, built once per list and reused for every keystroke. */
export function measureIndex<T extends SearchableMeasure>(measures: readonly T[]): MeasureIndex<T> {
	return measures.map((measure, order) => ({
		measure,
		order,
		key: KEY_MEASURES.indexOf(measure.id),
		title: index(`${measure.title} ${measure.short_title}`),
		all: index(
			`${measure.title} ${measure.short_title} ${measure.definition} ${THEMES[measure.theme as Theme]?.label ?? ''}`
		)
	}));
}

/**
 * Searches the measures. Ranking: more of the words first ("all words above some words"), then
 * more of them in the title rather than only in the description, then the measures a board
 * reads first (KEY_MEASURES), then the list's own order.
 */
export function searchMeasures<T extends SearchableMeasure>(
	indexed: MeasureIndex<T>,
	query: string
): MeasureSearch<T> {
	const terms = termsOf(query);
	if (!terms.length)
		return {
			terms,
			matches: indexed.map((i) => ({ measure: i.measure, matched: 0, inTitle: 0 })),
			complete: true,
			unknown: []
		};
	const scored = indexed
		.map((i) => ({
			i,
			matched: terms.filter((t) => finds(i.all, t)).length,
			inTitle: terms.filter((t) => finds(i.title, t)).length
		}))
		.filter((s) => s.matched > 0);
	const best = Math.max(0, ...scored.map((s) => s.matched));
	const complete = best === terms.length;
	const rank = (key: number) => (key < 0 ? Infinity : key);
	const matches = scored
		.filter((s) => !complete || s.matched === terms.length)
		.sort(
			(a, b) =>
				b.matched - a.matched ||
				b.inTitle - a.inTitle ||
				rank(a.i.key) - rank(b.i.key) ||
				a.i.order - b.i.order
		)
		.map((s) => ({ measure: s.i.measure, matched: s.matched, inTitle: s.inTitle }));
	const unknown = terms.filter((t) => !indexed.some((i) => finds(i.all, t)));
	return { terms, matches, complete, unknown };
}

/** Searches that find something, offered when a search finds nothing. */
export const EXAMPLE_SEARCHES = ['EHC plans in force', '20 weeks', 'tribunal', 'autism', 'KS4'];

/**
 * Other searches to offer when a query finds nothing: each unknown word replaced by the nearest
 * word the measures use (a slip of one or two letters), then the query without the unknown
 * words. Only suggestions that find something are given.
 */
export function suggestSearches<T extends SearchableMeasure>(
	indexed: MeasureIndex<T>,
	query: string,
	limit = 3
): string[] {
	const { terms, unknown } = searchMeasures(indexed, query);
	if (!unknown.length) return [];
	const vocabulary = new Set<string>();
	for (const i of indexed) for (const w of i.title.words) if (/[a-z]/.test(w)) vocabulary.add(w);
	for (const p of PHRASES) if (p.words.length === 1) vocabulary.add(p.words[0]);
	const corrected = terms.map((t) => {
		if (!unknown.includes(t) || !t.word) return t.text;
		return nearestWord(t.word, vocabulary) ?? null;
	});
	const found = (q: string) => q.trim() !== '' && searchMeasures(indexed, q).matches.length > 0;
	const suggestions: string[] = [];
	if (corrected.every((w) => w !== null)) suggestions.push(corrected.join(' '));
	const known = terms.filter((t) => !unknown.includes(t)).map((t) => t.text);
	if (known.length) suggestions.push(known.join(' '));
	return [...new Set(suggestions)].filter(found).slice(0, limit);
}

/** The vocabulary word nearest to a mistyped one: one slip for short words, two for long ones. */
export function nearestWord(word: string, vocabulary: Iterable<string>): string | null {
	const allowed = word.length <= 4 ? 1 : 2;
	let best: { w: string; d: number } | null = null;
	for (const w of vocabulary) {
		if (Math.abs(w.length - word.length) > allowed) continue;
		const d = editDistance(word, w);
		if (d <= allowed && (!best || d < best.d || (d === best.d && w < best.w))) best = { w, d };
	}
	return best?.w ?? null;
}

/** Letters added, removed, changed or swapped with the next (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
}
