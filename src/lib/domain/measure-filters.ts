import type { Change } from './change';
import type { Band } from './quartile-band';
import { THEME_IDS, type Theme } from './themes';

/**
 * What a person chose on All measures (words, theme, bands, directions and order), read from
 * and written to the address so a filtered list can be bookmarked and shared:
 * `?q=tribunal&band=D&dir=worsening&sort=band`.
 */
export type BandChoice = Band | 'none';
export type DirectionChoice = 'improving' | 'worsening' | 'no-change' | 'moved' | 'not-comparable';
export type SortChoice = 'match' | 'theme' | 'band' | 'title';

export type MeasureChoices = {
	q: string;
	theme: Theme | null;
	bands: BandChoice[];
	directions: DirectionChoice[];
	/** Null: by best match when there are words, else by theme. */
	sort: SortChoice | null;
};

export const BAND_CHOICES: readonly BandChoice[] = ['A', 'B', 'C', 'D', 'none'];
export const DIRECTION_CHOICES: readonly DirectionChoice[] = [
	'improving',
	'worsening',
	'no-change',
	'moved',
	'not-comparable'
];
export const SORT_CHOICES: readonly SortChoice[] = ['match', 'theme', 'band', 'title'];

export const BAND_CHOICE_WORDS: Record<BandChoice, string> = {
	A: 'A (best quarter)',
	B: 'B',
	C: 'C',
	D: 'D (worst quarter)',
	none: 'No band'
};
export const DIRECTION_CHOICE_WORDS: Record<DirectionChoice, string> = {
	improving: 'Improving',
	worsening: 'Worsening',
	'no-change': 'No change',
	moved: 'Moved (neither better nor worse)',
	'not-comparable': 'Not comparable'
};
export const SORT_WORDS: Record<SortChoice, string> = {
	match: 'Best match',
	theme: 'Theme',
	band: 'Band, worst first',
	title: 'Title, A to Z'
};

export const NO_CHOICES: MeasureChoices = {
	q: '',
	theme: null,
	bands: [],
	directions: [],
	sort: null
};

/** One-click sets of filters. */
export const PRESETS: readonly {
	label: string;
	bands: BandChoice[];
	directions: DirectionChoice[];
}[] = [
	{ label: 'Worst quarter and worsening', bands: ['D'], directions: ['worsening'] },
	{ label: 'Worst quarter', bands: ['D'], directions: [] },
	{ label: 'Worsening', bands: [], directions: ['worsening'] }
];

const listOf = <T extends string>(value: string | null, allowed: readonly T[]): T[] => {
	const given = new Set((value ?? '').split(',').map((v) => v.trim()));
	return allowed.filter((a) => given.has(a));
};

/** The choices in an address; anything unknown is ignored rather than failing. */
export function readChoices(params: URLSearchParams): MeasureChoices {
	const theme = params.get('theme');
	const sort = params.get('sort');
	return {
		q: params.get('q') ?? '',
		theme: THEME_IDS.includes(theme as Theme) ? (theme as Theme) : null,
		bands: listOf(params.get('band'), BAND_CHOICES),
		directions: listOf(params.get('dir'), DIRECTION_CHOICES),
		sort: SORT_CHOICES.includes(sort as SortChoice) ? (sort as SortChoice) : null
	};
}

/** The address's search part for the choices ('' when nothing is chosen). */
export function writeChoices(choices: MeasureChoices): string {
	const params = new URLSearchParams();
	if (choices.q.trim()) params.set('q', choices.q);
	if (choices.theme) params.set('theme', choices.theme);
	if (choices.bands.length) params.set('band', choices.bands.join(','));
	if (choices.directions.length) params.set('dir', choices.directions.join(','));
	if (choices.sort) params.set('sort', choices.sort);
	const search = params.toString().replace(/%2C/g, ',');
	return search ? `?${search}` : '';
}

/** The order in effect: the chosen one, else best match when searching, else by theme. */
export function effectiveSort(choices: MeasureChoices): SortChoice {
	if (choices.sort === 'match' && !choices.q.trim()) return 'theme';
	return choices.sort ?? (choices.q.trim() ? 'match' : 'theme');
}

export type FilterableMeasure = {
	title: string;
	theme: Theme;
	band: Band | null;
	change: Change | null;
};

export function bandChoiceOf(m: Pick<FilterableMeasure, 'band'>): BandChoice {
	return m.band ?? 'none';
}

export function directionChoiceOf(m: Pick<FilterableMeasure, 'change'>): DirectionChoice {
	const change = m.change;
	if (!change?.comparable) return 'not-comparable';
	if (change.direction === 'no change') return 'no-change';
	if (change.direction === 'up' || change.direction === 'down') return 'moved';
	return change.direction;
}

/** Whether a measure passes the theme, band and direction filters (the words are searched apart). */
export function passesFilters(m: FilterableMeasure, choices: MeasureChoices): boolean {
	return (
		(!choices.theme || m.theme === choices.theme) &&
		(!choices.bands.length || choices.bands.includes(bandChoiceOf(m))) &&
		(!choices.directions.length || choices.directions.includes(directionChoiceOf(m)))
	);
}

const BAND_ORDER: Record<BandChoice, number> = { D: 0, C: 1, B: 2, A: 3, none: 4 };
const DIRECTION_ORDER: Record<DirectionChoice, number> = {
	worsening: 0,
	'no-change': 1,
	moved: 2,
	improving: 3,
	'not-comparable': 4
};

/**
 * The measures in the chosen order. `measures` come in best-match order (or the list's own
 * order when there are no words), which is kept for 'match' and breaks every other tie.
 * Band, worst first: D to A, then no band; within a band, worsening first.
 */
export function sortMeasures<T extends FilterableMeasure>(
	measures: readonly T[],
	sort: SortChoice
): T[] {
	const order = new Map(measures.map((m, i) => [m, i]));
	const tie = (a: T, b: T) => order.get(a)! - order.get(b)!;
	const sorted = [...measures];
	if (sort === 'band')
		sorted.sort(
			(a, b) =>
				BAND_ORDER[bandChoiceOf(a)] - BAND_ORDER[bandChoiceOf(b)] ||
				DIRECTION_ORDER[directionChoiceOf(a)] - DIRECTION_ORDER[directionChoiceOf(b)] ||
				tie(a, b)
		);
	else if (sort === 'title') sorted.sort((a, b) => a.title.localeCompare(b.title) || tie(a, b));
	else if (sort === 'theme')
		sorted.sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme) || tie(a, b));
	return sorted;
}

/** How many measures fall in each band and each direction, for the filters' labels. */
export function countChoices(measures: readonly FilterableMeasure[]) {
	const bands = Object.fromEntries(BAND_CHOICES.map((b) => [b, 0])) as Record<BandChoice, number>;
	const directions = Object.fromEntries(DIRECTION_CHOICES.map((d) => [d, 0])) as Record<
		DirectionChoice,
		number
	>;
	for (const m of measures) {
		bands[bandChoiceOf(m)] += 1;
		directions[directionChoiceOf(m)] += 1;
	}
	return { bands, directions };
}
