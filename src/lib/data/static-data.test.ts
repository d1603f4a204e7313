import { describe, expect, it } from 'vitest';
import { loadMeasurePage, NoSuchMeasure } from './static-data';

const geography = { areas: [], neighbours: {} };

/** A fetch that serves the geography and one measure, and counts what it was asked for. */
function fakeFetch(measure: string) {
	const asked: string[] = [];
	const fetch = (async (url: string) => {
		asked.push(url);
		if (url === '/app/geography.json') return Response.json(geography);
		if (url === `/app/indicator-data/${measure}.json`)
			return Response.json({
				indicator: { id: measure },
				rows: [['E92000001', 2024, 1, null, null, null]]
			});
		return new Response('not found', { status: 404 });
	}) as typeof globalThis.fetch;
	return { fetch, asked };
}

describe('loadMeasurePage', () => {
	it('gives the geography and the measure’s figures', async () => {
		const { fetch } = fakeFetch('m1');
		const page = await loadMeasurePage(fetch, '/app', 'm1', false);
		expect(page.indicator.id).toBe('m1');
		expect(page.observations).toHaveLength(1);
		expect(page.geography).toEqual(geography);
	});

	it('says there is no such measure with a plain error the page turns into a 404', async () => {
		const { fetch } = fakeFetch('m1');
		const failure = await loadMeasurePage(fetch, '/app', 'nope', false).catch((e) => e);
		expect(failure).toBeInstanceOf(NoSuchMeasure);
		expect(failure.message).toBe('There is no measure called “nope”');
	});

	it('fetches each file once when the caller keeps them, and every time when it does not', async () => {
		const kept = fakeFetch('m2');
		await loadMeasurePage(kept.fetch, '/app', 'm2', true);
		await loadMeasurePage(kept.fetch, '/app', 'm2', true);
		expect(kept.asked).toEqual(['/app/geography.json', '/app/indicator-data/m2.json']);
		const fresh = fakeFetch('m3');
		await loadMeasurePage(fresh.fetch, '/app', 'm3', false);
		await loadMeasurePage(fresh.fetch, '/app', 'm3', false);
		expect(fresh.asked).toHaveLength(4);
	});
});
