import { base } from '$app/paths';
import type { AreaOption } from '$lib/data/queries/areas';
import type { LayoutLoad } from './$types';

// Every page is prerendered at build time where it can be (see each route). The area list
// comes from a static file, not a server load, so that pages drawn in the browser (the
// not-found page, indicator and comparison pages) have it too.
export const prerender = true;

export const load: LayoutLoad = async ({ fetch }) => {
	// Without the list (the network failed) the page still draws: only the pickers are empty.
	const areas: AreaOption[] = await fetch(`${base}/areas.json`)
		.then((response) => (response.ok ? response.json() : []))
		.catch(() => []);
	return { areas };
};
