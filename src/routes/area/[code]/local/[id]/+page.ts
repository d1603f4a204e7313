import { error } from '@sveltejs/kit';
import { localMeasureView } from '$lib/domain/local-measures';
import { localMeasuresFor } from '$lib/state/local-measures.svelte';
import type { PageLoad } from './$types';

// The area's own measures live in the reader's browser (or the deployment's shipped
// workspace), so this page is drawn there.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ params, parent }) => {
	const { areas } = await parent();
	const area = areas.find((a) => a.code === params.code);
	if (!area) error(404, `No local area has the code ${params.code}`);
	const local = await localMeasuresFor(area.code).load();
	const measure = local.measures.find((m) => m.id === params.id);
	if (!measure)
		error(
			404,
			`${area.name}’s own data in this browser has no measure called “${params.id}”. The area’s own data is kept only on the computer where it was imported`
		);
	const view = localMeasureView(measure, area);
	if (!view) error(404, `No figures for ${measure.title}`);
	return { area, measure, view, origin: local.origin, illustrative: local.illustrative };
};
