import { describe, expect, it } from 'vitest';
import type { Change } from './change';
import {
	NO_CHOICES,
	countChoices,
	directionChoiceOf,
	effectiveSort,
	passesFilters,
	readChoices,
	sortMeasures,
	writeChoices,
	type FilterableMeasure
} from './measure-filters';

const change = (direction: 'improving' | 'worsening' | 'no change' | 'up' | 'down'): Change => ({
	comparable: true,
	absolute: direction === 'no change' ? 0 : 1,
	relative: null,
	direction
});
const notComparable: Change = { comparable: false, reason: 'no earlier period' };

const m = (
	title: string,
	band: FilterableMeasure['band'],
	c: Change | null,
	theme: FilterableMeasure['theme'] = 'timeliness_and_process'
): FilterableMeasure => ({ title, band, change: c, theme });

const rows = [
	m('Alpha', 'A', change('improving'), 'identification_of_need'),
	m('Bravo', 'D', change('improving')),
	m('Charlie', 'D', change('worsening')),
	m('Delta', null, change('up')),
	m('Echo', 'C', notComparable, 'education_outcomes'),
	m('Foxtrot', 'B', change('no change')),
	m('Golf', null, null)
];

describe('choices in the address', () => {
	it('reads and writes them, ignoring anything unknown', () => {
		const choices = readChoices(
			new URLSearchParams('q=KS2 EHC&band=D,x,none&dir=worsening&theme=nope&sort=band')
		);
		expect(choices).toEqual({
			q: 'KS2 EHC',
			theme: null,
			bands: ['D', 'none'],
			directions: ['worsening'],
			sort: 'band'
		});
		expect(writeChoices(choices)).toBe('?q=KS2+EHC&band=D,none&dir=worsening&sort=band');
		expect(readChoices(new URLSearchParams(writeChoices(choices)))).toEqual(choices);
	});

	it('writes nothing when nothing is chosen', () => {
		expect(writeChoices(NO_CHOICES)).toBe('');
		expect(readChoices(new URLSearchParams(''))).toEqual(NO_CHOICES);
	});

	it('sorts by best match when searching, by theme otherwise, unless told', () => {
		expect(effectiveSort(NO_CHOICES)).toBe('theme');
		expect(effectiveSort({ ...NO_CHOICES, q: 'autism' })).toBe('match');
		expect(effectiveSort({ ...NO_CHOICES, q: 'autism', sort: 'title' })).toBe('title');
		expect(effectiveSort({ ...NO_CHOICES, sort: 'match' })).toBe('theme');
	});
});

describe('filters', () => {
	it('reads a measure’s direction in the five ways the filter offers', () => {
		expect(rows.map(directionChoiceOf)).toEqual([
			'improving',
			'improving',
			'worsening',
			'moved',
			'not-comparable',
			'no-change',
			'not-comparable'
		]);
	});

	it('"worst quarter and worsening" keeps only band D measures that are worsening', () => {
		const shown = rows.filter((r) =>
			passesFilters(r, { ...NO_CHOICES, bands: ['D'], directions: ['worsening'] })
		);
		expect(shown.map((r) => r.title)).toEqual(['Charlie']);
	});

	it('combines choices within a filter with "or" and across filters with "and"', () => {
		const pick = (choices: Partial<typeof NO_CHOICES>) =>
			rows.filter((r) => passesFilters(r, { ...NO_CHOICES, ...choices })).map((r) => r.title);
		expect(pick({ bands: ['A', 'none'] })).toEqual(['Alpha', 'Delta', 'Golf']);
		expect(pick({ directions: ['not-comparable'] })).toEqual(['Echo', 'Golf']);
		expect(pick({ theme: 'timeliness_and_process', directions: ['improving'] })).toEqual(['Bravo']);
		expect(pick({})).toHaveLength(rows.length);
	});

	it('counts the measures in each band and direction', () => {
		const counts = countChoices(rows);
		expect(counts.bands).toEqual({ A: 1, B: 1, C: 1, D: 2, none: 2 });
		expect(counts.directions).toEqual({
			improving: 2,
			worsening: 1,
			'no-change': 1,
			moved: 1,
			'not-comparable': 2
		});
	});
});

describe('order', () => {
	it('band, worst first: D to A then no band, worsening first within a band', () => {
		expect(sortMeasures(rows, 'band').map((r) => r.title)).toEqual([
			'Charlie',
			'Bravo',
			'Echo',
			'Foxtrot',
			'Alpha',
			'Delta',
			'Golf'
		]);
	});

	it('by title, by theme, or kept as given (best match)', () => {
		const reversed = [...rows].reverse();
		expect(sortMeasures(reversed, 'title').map((r) => r.title)).toEqual(rows.map((r) => r.title));
		expect(sortMeasures(reversed, 'match')).toEqual(reversed);
		expect(sortMeasures(rows, 'theme').map((r) => r.theme)).toEqual([
			'identification_of_need',
			'timeliness_and_process',
			'timeliness_and_process',
			'timeliness_and_process',
			'timeliness_and_process',
			'timeliness_and_process',
			'education_outcomes'
		]);
	});
});
