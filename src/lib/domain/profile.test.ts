import { describe, expect, it } from 'vitest';
import { indicatorView, type Obs } from './indicator-view';
import { testGeography, testLa, testObs } from './test-geography';
import { factSentence, sendProfile, topNeedsSentence } from './profile';

const geography = testGeography([testLa('A', { name: 'Alpha' }), testLa('B', { name: 'Beta' })], {
	A: ['B']
});
const obs = testObs;
const view = (observations: Obs[], polarity: 'high' | 'low' | 'none' = 'high') =>
	indicatorView({
		indicator: { id: 'x', polarity, period_type: 'calendar_year' },
		observations,
		geography,
		areaCode: 'A'
	})!;

describe('factSentence', () => {
	it('says the figure, change, England, neighbours and rank', () => {
		const v = view([
			obs('A', 2023, 40),
			obs('A', 2024, 50),
			obs('B', 2024, 60),
			obs('E92000001', 2024, 55)
		]);
		expect(
			factSentence('Alpha', {
				indicator: { id: 'x', short_title: 'Plans on time', unit: 'percent', polarity: 'high' },
				view: v
			})
		).toBe(
			'Plans on time: 50.0% in 2024, +10.0 percentage points on 2023, worse than England’s 55.0% and the statistical neighbours’ average of 60.0% (ranked 2nd of 2 local authorities).'
		);
	});
	it('judges England and the neighbours separately when the figure lies between them', () => {
		const v = view([obs('A', 2024, 50), obs('B', 2024, 40), obs('E92000001', 2024, 55)]);
		expect(
			factSentence('Alpha', {
				indicator: { id: 'x', short_title: 'On time', unit: 'percent', polarity: 'high' },
				view: v
			})
		).toBe(
			'On time: 50.0% in 2024, worse than England’s 55.0% but better than the statistical neighbours’ average of 40.0% (ranked 1st of 2 local authorities).'
		);
	});
	it('compares counts by growth', () => {
		const v = view(
			[
				obs('A', 2023, 100),
				obs('A', 2024, 120),
				obs('E92000001', 2023, 1000),
				obs('E92000001', 2024, 1100)
			],
			'none'
		);
		expect(
			factSentence('Alpha', {
				indicator: { id: 'x', short_title: 'Plans', unit: 'count', polarity: 'none' },
				view: v
			})
		).toBe(
			'Plans: 120 in 2024, +20 (+20.0%) on 2023. England changed by +10.0% over the same year.'
		);
	});
	it('says when the figure is suppressed', () => {
		const v = view([obs('A', 2024, null, 'c'), obs('E92000001', 2024, 5)]);
		expect(
			factSentence('Alpha', {
				indicator: { id: 'x', short_title: 'Rate', unit: 'percent', polarity: 'high' },
				view: v
			})
		).toBe('Rate: the 2024 figure for Alpha is suppressed.');
	});
});

describe('sendProfile', () => {
	it('leaves out measures and sections with nothing to say', () => {
		const v = view([obs('A', 2024, 50), obs('E92000001', 2024, 55)]);
		const sections = sendProfile({
			area: 'Alpha',
			facts: {
				x: {
					indicator: { id: 'x', short_title: 'On time', unit: 'percent', polarity: 'high' },
					view: v
				}
			},
			inspection: null,
			plan: [
				{ id: 'one', heading: 'One', measures: [{ id: 'x' }, { id: 'missing' }] },
				{ id: 'two', heading: 'Two', measures: [{ id: 'missing' }] }
			]
		});
		expect(sections.map((s) => [s.id, s.sentences.length])).toEqual([['one', 1]]);
	});
});

describe('topNeedsSentence', () => {
	it('names the three most common needs with England’s share', () => {
		const need = (title: string, a: number, e: number) => ({
			indicator: {
				id: title,
				short_title: `${title} (all plans)`,
				unit: 'percent' as const,
				polarity: 'none' as const
			},
			view: view([obs('A', 2025, a), obs('E92000001', 2025, e)], 'none')
		});
		expect(
			topNeedsSentence([
				need('Autism', 35, 33),
				need('MLD', 10, 12),
				need('SEMH', 20, 18),
				need('Vision', 1, 1)
			])
		).toBe(
			'The most common primary needs among EHC plans in 2025 were autism (35.0%; England 33.0%), semh (20.0%; England 18.0%) and mld (10.0%; England 12.0%).'
		);
	});
});

describe('each section leads with what is most off track', () => {
	const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
	const eight = testGeography(
		codes.map((c) => testLa(c, { name: c })),
		{ A: ['B'] }
	);
	/** A measure where area A is `rank`th of the eight (higher is better). */
	const ranked = (title: string, rank: number, polarity: 'high' | 'none' = 'high') => ({
		indicator: { id: title, short_title: title, unit: 'percent' as const, polarity },
		view: indicatorView({
			indicator: { id: title, polarity, period_type: 'calendar_year' },
			observations: [
				obs('E92000001', 2024, 50),
				...codes.map((c, i) => obs(c, 2024, c === 'A' ? 100 - rank * 10 + 5 : 100 - i * 10))
			],
			geography: eight,
			areaCode: 'A'
		})!
	});
	const plan = [
		{
			id: 's',
			heading: 'S',
			measures: [{ id: 'good' }, { id: 'worst' }, { id: 'plain' }, { id: 'bad' }]
		}
	];
	it('names the worst-ranked figure first, then the others in the worst quarter', () => {
		const [section] = sendProfile({
			area: 'Alpha',
			facts: {
				good: ranked('Good', 1),
				worst: ranked('Worst', 8),
				plain: ranked('Plain', 3, 'none'),
				bad: ranked('Bad', 7)
			},
			inspection: null,
			plan
		});
		expect(section.lead).toBe(
			'Most off track: Worst, ranked 8th of 8 local authorities in 2024, in the worst quarter. Also in the worst quarter: Bad (ranked 7th of 8 local authorities in 2024).'
		);
		expect(section.sentences.map((s) => s.split(':')[0])).toEqual([
			'Worst',
			'Bad',
			'Good',
			'Plain'
		]);
	});
	it('says so where nothing is in the worst quarter, and keeps the reading order', () => {
		const [section] = sendProfile({
			area: 'Alpha',
			facts: { good: ranked('Good', 1), bad: ranked('Bad', 5) },
			inspection: null,
			plan
		});
		expect(section.lead).toBe(
			'No ranked figure here is in the worst quarter of local authorities; the lowest ranked is Bad, ranked 5th of 8 local authorities in 2024.'
		);
		expect(section.sentences.map((s) => s.split(':')[0])).toEqual(['Good', 'Bad']);
	});
	it('has no lead where nothing is ranked', () => {
		const [section] = sendProfile({
			area: 'Alpha',
			facts: { plain: ranked('Plain', 3, 'none') },
			inspection: null,
			plan
		});
		expect(section.lead).toBeNull();
	});
});
