import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossPassage } from './glossary';

describe('glossPassage', () => {
	it('marks each term where it is first used in the passage, and not again', () => {
		const [first, second] = glossPassage([
			'KS2 reading, writing & maths (EHC plan): 7.0% in 2024/25.',
			'KS2 SEN gap (reading, writing & maths): −55.0 percentage points.'
		]);
		expect(first).toEqual([
			{ text: 'KS2', term: 'ks2' },
			{ text: ' reading, writing & maths (', term: null },
			{ text: 'EHC plan', term: 'ehc_plan' },
			{ text: '): 7.0% in 2024/25.', term: null }
		]);
		expect(second).toEqual([
			{ text: 'KS2 ', term: null },
			{ text: 'SEN gap', term: 'sen_gap' },
			{ text: ' (reading, writing & maths): −55.0 percentage points.', term: null }
		]);
	});
	it('explains the terms a board member meets in the SEND profile', () => {
		const text = glossPassage([
			'Attainment 8 (EHC plan), Progress 8 SEN gap, After Year 11: sustained destination (EHC plan). Sources: SEN2 and LAIT.'
		])[0];
		expect(text.filter((s) => s.term).map((s) => s.term)).toEqual([
			'attainment_8',
			'ehc_plan',
			'progress_8',
			'sen_gap',
			'sustained_destination',
			'sen2',
			'lait'
		]);
	});
	it('explains the neighbours’ average as one term, not “neighbours ? ’ average”', () => {
		const [sentence] = glossPassage([
			'worse than England’s 45.9% and the statistical neighbours’ average of 51.9%, among statistical neighbours.'
		]);
		expect(sentence.filter((s) => s.term)).toEqual([
			{ text: 'statistical neighbours’ average', term: 'neighbours_average' },
			{ text: 'statistical neighbours', term: 'statistical_neighbours' }
		]);
	});
	it('keeps the sentence whole', () => {
		const sentence = 'Plans within 20 weeks (excluding exceptions): 16.1% in 2024.';
		expect(
			glossPassage([sentence])[0]
				.map((s) => s.text)
				.join('')
		).toBe(sentence);
		expect(glossPassage(['No terms here.'])).toEqual([[{ text: 'No terms here.', term: null }]]);
	});
	it('gives every term words and a label', () => {
		for (const entry of Object.values(GLOSSARY)) {
			expect(entry.explain.length).toBeGreaterThan(40);
			expect(entry.label).toBeTruthy();
		}
	});
});
