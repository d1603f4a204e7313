import { describe, expect, it } from 'vitest';
import { existedIn, lasOfPeriod, periodName } from './period-areas';
import { testLa } from './test-geography';

const cumbria = {
	...testLa('E10000006', { name: 'Cumbria' }),
	status: 'former' as const,
	replaced_in: 2023,
	successors: 2
};
const poole = {
	...testLa('E06000029', { name: 'Poole' }),
	status: 'former' as const,
	replaced_in: 2019,
	successors: 1
};
const cumberland = testLa('E06000063', { name: 'Cumberland', seriesStarts: 2023 });

describe('existedIn', () => {
	it('counts a former LA up to the year its successors start, and a new one from then', () => {
		expect(existedIn(cumbria, 2022)).toBe(true);
		expect(existedIn(cumbria, 2023)).toBe(true); // January 2023: Cumbria still existed
		expect(existedIn(cumbria, 2024)).toBe(false);
		expect(existedIn(cumberland, 2022)).toBe(false);
		expect(existedIn(cumberland, 2023)).toBe(true);
		expect(existedIn(testLa('A'), 2010)).toBe(true);
	});

	it('counts a former LA whose replacement year is unknown whenever it is published', () => {
		expect(existedIn({ ...testLa('X'), status: 'former' }, 2030)).toBe(true);
	});
});

describe('periodName', () => {
	it('names a former council as such, split or merged', () => {
		expect(periodName(cumbria)).toBe('Cumbria (former county council, split April 2023)');
		expect(periodName(poole)).toBe('Poole (former council, merged April 2019)');
		expect(periodName(cumberland)).toBe('Cumberland');
	});
});

describe('lasOfPeriod', () => {
	it('lists the LAs of a period with the name to show', () => {
		const las = lasOfPeriod([cumbria, poole, cumberland, testLa('A')], 2022);
		expect([...las.keys()]).toEqual(['E10000006', 'A']);
	});
});
