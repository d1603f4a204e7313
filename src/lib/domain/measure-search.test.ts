import { describe, expect, it } from 'vitest';
import catalogue from './measure-catalogue.fixture.json';
import {
	editDistance,
	measureIndex,
	nearestWord,
	searchMeasures,
	suggestSearches,
	termsOf,
	wordsOf
} from './measure-search';
import { THEME_IDS, type Theme } from './themes';

// The real catalogue (157 measures: id, titles, definition, as built from data/published), in the
// order All measures lists them: by theme, then by title.
const rows = [...catalogue].sort(
	(a, b) =>
		THEME_IDS.indexOf(a.theme as Theme) - THEME_IDS.indexOf(b.theme as Theme) ||
		a.title.localeCompare(b.title)
);
const index = measureIndex(rows);
const ids = (query: string) => searchMeasures(index, query).matches.map((m) => m.measure.id);
const first = (query: string) => ids(query)[0];

describe('reading a query', () => {
	it('ignores case, punctuation and little words, and drops a plural s', () => {
		expect(wordsOf('Reading, WRITING & maths!')).toEqual(['reading', 'writing', 'and', 'math']);
		expect(termsOf('reading, writing and maths').map((t) => t.text)).toEqual([
			'reading',
			'writing',
			'math'
		]);
	});

	it('reads the abbreviations and their long forms as one concept', () => {
		for (const q of ['KS2', 'key stage 2', 'Key Stage 2', 'age 11'])
			expect(termsOf(q).map((t) => t.concept)).toEqual(['KS2']);
		for (const q of ['KS4', 'key stage 4', 'GCSEs'])
			expect(termsOf(q).map((t) => t.concept)).toEqual(['KS4']);
		for (const q of ['EHCP', 'EHCPs', 'EHC plan', 'education, health and care plan'])
			expect(termsOf(q).map((t) => t.concept)).toEqual(['EHC plan']);
		expect(termsOf('ASD').map((t) => t.concept)).toEqual(['autism']);
		expect(termsOf('appeals').map((t) => t.concept)).toEqual(['tribunal']);
		expect(termsOf('not in education, employment or training').map((t) => t.concept)).toEqual([
			'NEET'
		]);
	});
});

describe('searching the real measures: the one a person meant comes first', () => {
	it('"KS2 EHC" finds KS2 reading, writing and maths for pupils with an EHC plan', () => {
		expect(first('KS2 EHC')).toBe('lait_new_ks2_rwm_sen_withsta');
		expect(first('key stage 2 EHCP')).toBe('lait_new_ks2_rwm_sen_withsta');
		expect(first('age 11 EHC plan')).toBe('lait_new_ks2_rwm_sen_withsta');
		// Every result is a KS2 measure about pupils with an EHC plan.
		for (const id of ids('KS2 EHC')) expect(id).toMatch(/ks2/);
	});

	it('"reading writing maths", in any order, lists the reading, writing and maths measures first', () => {
		expect(first('reading writing maths')).toBe('lait_new_ks2_rwm_sen_withsta');
		expect(first('maths, writing and reading')).toBe('lait_new_ks2_rwm_sen_withsta');
		const found = ids('reading writing maths');
		expect(found).toEqual(
			expect.arrayContaining([
				'lait_new_ks2_rwm_sen_withsta',
				'lait_new_ks2_rwm_sen_w_osta',
				'lait_no_id_sen_new_ks2_rwm',
				'ks2_rwm_all_sen',
				'ks2_rwm_sen_gap'
			])
		);
		// Progress in reading alone has only one of the three words.
		expect(found).not.toContain('lait_ks2_sen_reading_progress');
	});

	it('"EHCP" finds the EHC plans in force first', () => {
		expect(first('EHCP')).toBe('ehc_plans_in_force');
		expect(first('education health and care plans')).toBe('ehc_plans_in_force');
		expect(ids('EHCP').length).toBeGreaterThan(40);
	});

	it('"autism" and "ASD" find EHC plans whose primary need is autism', () => {
		expect(first('autism')).toBe('ehcp_need_autism_pct');
		expect(first('ASD')).toBe('ehcp_need_autism_pct');
		expect(ids('autism new plans')[0]).toBe('new_ehcp_need_autism_pct');
	});

	it('"tribunal" and "appeals" find the SEND Tribunal appeal rate', () => {
		expect(first('tribunal')).toBe('tribunal_appeal_rate');
		expect(first('appeals')).toBe('tribunal_appeal_rate');
		expect(ids('tribunal')).toContain('requests_tribunal_count');
	});

	it('"NEET" finds young people with an EHC plan not in education, employment or training', () => {
		expect(first('NEET')).toBe('ehcp_neet_count');
		expect(first('not in education, employment or training')).toBe('ehcp_neet_count');
		expect(ids('NEET')).toContain('lait_16_17_neet');
	});

	it('understands SEMH, SLCN, GCSE, attainment and 20 weeks', () => {
		expect(first('SEMH')).toBe('ehcp_need_semh_pct');
		expect(first('SLCN')).toBe('ehcp_need_slcn_pct');
		expect(first('speech and language')).toBe('ehcp_need_slcn_pct');
		expect(first('GCSE EHCP')).toBe('lait_sen_stat_avg_attain8_score');
		expect(ids('attainment')).toEqual(
			expect.arrayContaining(['lait_new_ks2_rwm_sen_withsta', 'lait_sen_stat_avg_attain8_score'])
		);
		expect(first('20 weeks')).toBe('pct_within_20wk_incl_exceptions');
		expect(first('timeliness')).toBe('pct_within_20wk_incl_exceptions');
	});

	it('finds a theme’s measures by its name', () => {
		const found = ids('preparing for adulthood');
		expect(found.length).toBe(rows.filter((r) => r.theme === 'preparing_for_adulthood').length);
	});

	it('finds part of a word as it is typed', () => {
		expect(first('tribu')).toBe('tribunal_appeal_rate');
		expect(first('autis')).toBe('ehcp_need_autism_pct');
	});

	it('ranks a title match above a description match', () => {
		// "mediation" is in the title of one measure and the definition of the appeal rate.
		const found = searchMeasures(index, 'mediation').matches;
		expect(found[0].measure.id).toBe('requests_mediation_count');
		expect(found[0].inTitle).toBe(1);
	});

	it('lists measures with some of the words when none has all, those with most first', () => {
		const result = searchMeasures(index, 'autism xylophone');
		expect(result.complete).toBe(false);
		expect(result.unknown.map((t) => t.text)).toEqual(['xylophone']);
		expect(result.matches[0].measure.id).toBe('ehcp_need_autism_pct');
	});

	it('finds nothing for words no measure has, and says which', () => {
		const result = searchMeasures(index, 'xylophone');
		expect(result.matches).toEqual([]);
		expect(result.unknown.map((t) => t.text)).toEqual(['xylophone']);
	});

	it('an empty query lists every measure in the list’s order', () => {
		expect(ids('  ,  ')).toEqual(rows.map((r) => r.id));
	});
});

describe('suggestions when nothing matches', () => {
	it('offers the nearest real word for a slip of the keyboard', () => {
		expect(suggestSearches(index, 'tribunel')).toEqual(['tribunal']);
		expect(suggestSearches(index, 'autsim')).toEqual(['autism']);
		expect(suggestSearches(index, 'exclusoins')).toEqual(['exclusion']);
	});

	it('offers nothing when nothing is near', () => {
		expect(suggestSearches(index, 'xylophone')).toEqual([]);
	});

	it('measures the distance between words', () => {
		expect(editDistance('autism', 'autism')).toBe(0);
		expect(editDistance('autsim', 'autism')).toBe(1);
		expect(editDistance('tribunel', 'tribunal')).toBe(1);
		expect(nearestWord('nete', ['neet', 'need'])).toBe('neet');
		expect(nearestWord('xylophone', ['neet', 'need'])).toBeNull();
	});
});
