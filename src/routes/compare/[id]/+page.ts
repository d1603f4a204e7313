import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadGeography, loadIndicatorData } from '$lib/data/static-data';
import type { PageLoad } from './$types';

// Drawn in the browser from the measure's static file; the areas are in the address
// (?areas=E06000033,E10000018), so a comparison can be bookmarked and shared.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ fetch, params }) => {
	const [geography, data] = await Promise.all([
		loadGeography(fetch, base),
		loadIndicatorData(fetch, base, params.id).catch(() => null)
	]);
	if (!data) error(404, `There is no measure called “${params.id}”`);
	return { geography, indicator: data.indicator, observations: data.observations };
};
