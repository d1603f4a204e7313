import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { loadMeasurePage, NoSuchMeasure } from '$lib/data/static-data';
import type { PageLoad } from './$types';

// Drawn in the browser from the measure's static file; the areas are in the address
// (?areas=E06000033,E10000018), so a comparison can be bookmarked and shared.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ fetch, params }) => {
	return loadMeasurePage(fetch, base, params.id, browser).catch((failure) => {
		if (failure instanceof NoSuchMeasure) error(404, failure.message);
		throw failure;
	});
};
