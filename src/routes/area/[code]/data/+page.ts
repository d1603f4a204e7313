import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { PageLoad } from './$types';

// The area's own data lives in the reader's browser, so this page is drawn there.
export const ssr = false;

export const load: PageLoad = async ({ fetch, params, parent }) => {
	const { areas } = await parent();
	const area = areas.find((a) => a.code === params.code);
	if (!area) error(404, `No local area has the code ${params.code}`);
	const published: { id: string; short_title: string }[] = await fetch(
		`${base}/indicators.json`
	).then((r) => (r.ok ? r.json() : []));
	return { area, publishedIds: published.map((p) => p.id) };
};
