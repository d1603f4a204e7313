import { describe, expect, it } from 'vitest';
import { searchAreas } from './area-search';

const areas = [
	{ code: 'E06000033', dfe_code: '882', name: 'Southend-on-Sea', region_name: 'East of England' },
	{ code: 'E10000018', dfe_code: '855', name: 'Leicestershire', region_name: 'East Midlands' },
	{ code: 'E06000016', dfe_code: '856', name: 'Leicester', region_name: 'East Midlands' },
	{
		code: 'E06000058',
		dfe_code: '839',
		name: 'Bournemouth, Christchurch and Poole',
		region_name: 'South West'
	},
	{ code: 'E09000028', dfe_code: '210', name: 'Southwark', region_name: 'London' }
];

describe('searchAreas', () => {
	it('finds by the start of a name first', () => {
		expect(searchAreas(areas, 'leic').map((a) => a.name)).toEqual(['Leicester', 'Leicestershire']);
		expect(searchAreas(areas, 'south').map((a) => a.name)).toEqual([
			'Southend-on-Sea',
			'Southwark'
		]);
	});
	it('ignores case and punctuation and matches inner words', () => {
		expect(searchAreas(areas, 'southend on')[0].name).toBe('Southend-on-Sea');
		expect(searchAreas(areas, 'poole')[0].name).toBe('Bournemouth, Christchurch and Poole');
	});
	it('finds by ONS code and by DfE code', () => {
		expect(searchAreas(areas, 'E06000033')[0].name).toBe('Southend-on-Sea');
		expect(searchAreas(areas, 'e06000033')[0].name).toBe('Southend-on-Sea');
		expect(searchAreas(areas, '855')[0].name).toBe('Leicestershire');
	});
	it('finds a new council by the name of the one it replaced', () => {
		const withFormer = [
			...areas,
			{
				code: 'E06000063',
				dfe_code: '942',
				name: 'Cumberland',
				region_name: 'North West',
				formerly: 'Cumbria'
			}
		];
		expect(searchAreas(withFormer, 'cumbria').map((a) => a.name)).toEqual(['Cumberland']);
	});
	it('returns nothing for no match and everything (up to the limit) for an empty query', () => {
		expect(searchAreas(areas, 'zzz')).toEqual([]);
		expect(searchAreas(areas, '', 3)).toHaveLength(3);
	});
});
