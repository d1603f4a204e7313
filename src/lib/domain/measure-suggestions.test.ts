import { describe, expect, it } from 'vitest';
import { closestMeasures } from './measure-suggestions';

const measures = [
	{ id: 'ehc_plans_in_force', short_title: 'EHC plans in force' },
	{
		id: 'pct_within_20wk_excl_exceptions',
		short_title: 'Plans within 20 weeks (excl. exceptions)'
	},
	{ id: 'pct_within_20wk', short_title: 'Plans within 20 weeks' },
	{ id: 'tribunal_appeal_rate', short_title: 'Tribunal appeal rate' },
	{ id: 'dest_no_sen', short_title: 'Sustained destination (no SEN)' }
];

describe('closestMeasures', () => {
	it('puts the measures sharing most words with the id first', () => {
		expect(closestMeasures('pct_within_20wk_exceptions', measures).map((m) => m.id)).toEqual([
			'pct_within_20wk_excl_exceptions',
			'pct_within_20wk'
		]);
		expect(closestMeasures('appeals_tribunal', measures).map((m) => m.id)).toEqual([
			'tribunal_appeal_rate'
		]);
	});

	it('suggests nothing when no word is shared', () => {
		expect(closestMeasures('no_such_measure', measures)).toEqual([]);
		expect(closestMeasures('', measures)).toEqual([]);
	});
});
