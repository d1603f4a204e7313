import { describe, expect, it } from 'vitest';
import { FiguresNotLoaded, loadMeasurePage, NoSuchMeasure } from './static-data';

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
		expect(failure.message).toBe('There is no measure with the id “nope”');
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

	it('tells a failed download from a missing measure, so the reader can try again', async () => {
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof globalThis.fetch;
		expect(await loadMeasurePage(offline, '/app', 'm1', false).catch((e) => e)).toBeInstanceOf(
			FiguresNotLoaded
		);
		const broken = (async () =>
			new Response('oops', { status: 502 })) as unknown as typeof globalThis.fetch;
		expect(await loadMeasurePage(broken, '/app', 'm1', false).catch((e) => e)).toBeInstanceOf(
			FiguresNotLoaded
		);
	});

	it('takes a host’s HTML page, answered for a missing file, as no such measure', async () => {
		const { fetch } = fakeFetch('m1');
		const htmlHost = (async (url: string) =>
			url.includes('indicator-data')
				? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })
				: fetch(url)) as typeof globalThis.fetch;
		expect(await loadMeasurePage(htmlHost, '/app', 'x', false).catch((e) => e)).toBeInstanceOf(
			NoSuchMeasure
		);
	});

	it('asks again after a failed download, even when the files are kept', async () => {
		let online = false;
		const { fetch, asked } = fakeFetch('m4');
		const flaky = (async (url: string) => {
			if (!online) throw new TypeError('Failed to fetch');
			return fetch(url);
		}) as typeof globalThis.fetch;
		await expect(loadMeasurePage(flaky, '/app', 'm4', true)).rejects.toBeInstanceOf(
			FiguresNotLoaded
		);
		online = true;
		expect((await loadMeasurePage(flaky, '/app', 'm4', true)).indicator.id).toBe('m4');
		expect(asked).toContain('/app/indicator-data/m4.json'); // once it could be had
	});
});
