import type { Geography } from '../domain/indicator-view';
import { fromRows, type ObsRow } from './queries/indicator-data';
import type { Indicator } from './schemas';
import type { Obs } from '../domain/indicator-view';

type Fetch = typeof fetch;
export type IndicatorData = { indicator: Indicator; observations: Obs[] };

/** Thrown when there is no measure by that id; the page's load turns it into a 404. */
export class NoSuchMeasure extends Error {
	constructor(readonly id: string) {
		super(`There is no measure with the id “${id}”`);
	}
}

/**
 * Thrown when a file could not be fetched (no network, a server error): unlike NoSuchMeasure,
 * trying again may work. The page's load turns it into "Could not load the figures".
 */
export class FiguresNotLoaded extends Error {
	constructor(
		readonly url: string,
		readonly reason: string
	) {
		super(`Could not load the figures (${url}: ${reason})`);
	}
}

/** The server says there is no such file (404, or a host answering with its HTML page). */
class NoSuchFile extends Error {}

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
	const response = await fetch(url).catch((failure) => {
		throw new FiguresNotLoaded(url, String(failure?.message ?? failure));
	});
	if (response.status === 404 || response.status === 410) throw new NoSuchFile(url);
	if (!response.ok) throw new FiguresNotLoaded(url, `status ${response.status}`);
	// Some hosts answer every address with their HTML page: that is not the file.
	if (response.headers.get('content-type')?.includes('text/html')) throw new NoSuchFile(url);
	return response.json().catch((failure) => {
		throw new FiguresNotLoaded(url, String(failure?.message ?? failure));
	});
}

/**
 * The prerendered JSON files pages read in the browser (and, through SvelteKit's fetch, when
 * prerendering). With `keep`, each is fetched once per page session.
 */
export function loadGeography(fetch: Fetch, base: string, keep: boolean): Promise<Geography> {
	const url = `${base}/geography.json`;
	return once('geography', keep, () =>
		getJson<Geography>(fetch, url).catch((failure) => {
			// It is always there: if it cannot be had, the figures could not be loaded.
			throw failure instanceof NoSuchFile ? new FiguresNotLoaded(url, 'not found') : failure;
		})
	);
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
		).catch((failure) => {
			throw failure instanceof NoSuchFile ? new NoSuchMeasure(id) : failure;
		});
		return { indicator, observations: fromRows(rows) };
	});
}

/**
 * Geography and one measure's figures for a page drawn in the browser (`keep`: see above);
 * rejects with NoSuchMeasure if there is no such measure, and with FiguresNotLoaded if a file
 * could not be fetched (no network, a server error): the reader can try again.
 */
export async function loadMeasurePage(fetch: Fetch, base: string, id: string, keep: boolean) {
	const [geography, data] = await Promise.all([
		loadGeography(fetch, base, keep),
		loadIndicatorData(fetch, base, id, keep)
	]);
	return { geography, ...data };
}
