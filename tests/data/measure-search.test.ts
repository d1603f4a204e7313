/**
 * The searches of All measures over the catalogue as built from the published files today (the
 * unit tests use a copy, src/lib/domain/measure-catalogue.fixture.json): a renamed measure that
 * a person could no longer find by their words fails here.
 */
import { describe, expect, it } from 'vitest';
import { getLibrary } from '$lib/data/queries/library';
import { measureIndex, searchMeasures } from '$lib/domain/measure-search';
import { useBuiltModel } from './support/built-model';

const { run } = useBuiltModel();

describe('searching the built catalogue, as All measures lists it', () => {
	it('finds the measure a person meant first', async () => {
		const rows = await getLibrary(run, 'E08000034'); // Kirklees
		const index = measureIndex(rows);
		const first = (q: string) => searchMeasures(index, q).matches[0]?.measure.id;
		expect(first('KS2 EHC')).toBe('lait_new_ks2_rwm_sen_withsta');
		expect(first('reading writing maths')).toBe('lait_new_ks2_rwm_sen_withsta');
		expect(first('EHCP')).toBe('ehc_plans_in_force');
		expect(first('autism')).toBe('ehcp_need_autism_pct');
		expect(first('tribunal')).toBe('tribunal_appeal_rate');
		expect(first('NEET')).toBe('ehcp_neet_count');
		expect(first('GCSE')).toMatch(/^(lait_sen|ks4)_/);
	});
});
