import type { Geography } from '../domain/indicator-view';
import { fromRows, type ObsRow } from './queries/indicator-data';
import type { Indicator } from './schemas';
import type { Obs } from '../domain/indicator-view';

type Fetch = typeof fetch;
export type IndicatorData = { indicator: Indicator; observations: Obs[] };

/** Thrown when there is no measure by that id; the page's load turns it into a 404. */
export class NoSuchMeasure extends Error {
	constructor(readonly id: string) {
		super(`There is no measure called “${id}”`);
	}
}

const cache = new Map<string, Promise<unknown>>();

// `keep` is the caller's to decide: in the browser each file is kept for the session, but when
// prerendering each page's own fetch must run so that SvelteKit can inline the response in it.
function once<T>(key: string, keep: boolean, load: () => Promise<T>): Promise<T> {
	if (!keep) return load();
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
 * prerendering). With `keep`, each is fetched once per page session.
 */
export function loadGeography(fetch: Fetch, base: string, keep: boolean): Promise<Geography> {
	return once('geography', keep, () => getJson<Geography>(fetch, `${base}/geography.json`));
}

export function loadIndicatorData(
	fetch: Fetch,
	base: string,
	id: string,
	keep: boolean
): Promise<IndicatorData> {
	return once(`indicator:${id}`, keep, async () => {
		const { indicator, rows } = await getJson<{ indicator: Indicator; rows: ObsRow[] }>(
			fetch,
			`${base}/indicator-data/${id}.json`
		);
		return { indicator, observations: fromRows(rows) };
	});
}

/**
 * Geography and one measure's figures for a page drawn in the browser (`keep`: see above);
 * rejects with NoSuchMeasure if there is no such measure.
 */
export async function loadMeasurePage(fetch: Fetch, base: string, id: string, keep: boolean) {
	const [geography, data] = await Promise.all([
		loadGeography(fetch, base, keep),
		loadIndicatorData(fetch, base, id, keep).catch(() => null)
	]);
	if (!data) throw new NoSuchMeasure(id);
	return { geography, ...data };
}
