import { browser } from '$app/environment';
import { base } from '$app/paths';
import { loadMeasurePage } from '$lib/data/static-data';
import { measureError } from '../../measure-errors';
import type { PageLoad } from './$types';

// Drawn in the browser from the measure's static file; the areas are in the address
// (?areas=E06000033,E10000018), so a comparison can be bookmarked and shared.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ fetch, params }) => {
	return loadMeasurePage(fetch, base, params.id, browser).catch((failure) =>
		measureError(failure, fetch, base, params.id)
	);
};
