import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { Geography } from '../domain/indicator-view';
import { fromRows, type ObsRow } from './queries/indicator-data';
import type { Indicator } from './schemas';
import type { Obs } from '../domain/indicator-view';

type Fetch = typeof fetch;
export type IndicatorData = { indicator: Indicator; observations: Obs[] };

const cache = new Map<string, Promise<unknown>>();

// Kept in the browser only: when prerendering, each page's own fetch must run so that
// SvelteKit can inline the response in that page for hydration.
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
	if (!browser) return load();
	if (!cache.has(key))
		cache.set(
			key,
			load().catch((error) => (cache.delete(key), Promise.reject(error)))
		);
	return cache.get(key) as Promise<T>;
}

async function getJson<T>(fetch: Fetch, url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response.json();
}

/**
 * The prerendered JSON files pages read in the browser (and, through SvelteKit's fetch, when
 * prerendering). Each is fetched once per page session.
 */
export function loadGeography(fetch: Fetch, base: string): Promise<Geography> {
	return once('geography', () => getJson<Geography>(fetch, `${base}/geography.json`));
}

export function loadIndicatorData(fetch: Fetch, base: string, id: string): Promise<IndicatorData> {
	return once(`indicator:${id}`, async () => {
		const { indicator, rows } = await getJson<{ indicator: Indicator; rows: ObsRow[] }>(
			fetch,
			`${base}/indicator-data/${id}.json`
		);
		return { indicator, observations: fromRows(rows) };
	});
}

/** Geography and one measure's figures for a page drawn in the browser; a 404 if there is no such measure. */
export async function loadMeasurePage(fetch: Fetch, base: string, id: string) {
	const [geography, data] = await Promise.all([
		loadGeography(fetch, base),
		loadIndicatorData(fetch, base, id).catch(() => null)
	]);
	if (!data) error(404, `There is no measure called “${id}”`);
	return { geography, ...data };
}
