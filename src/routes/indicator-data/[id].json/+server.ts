import { json } from '@sveltejs/kit';
import { listIndicators, getIndicator } from '$lib/data/queries/indicators';
import { getIndicatorObservations, toRows } from '$lib/data/queries/indicator-data';
import { sharedNodeRunner } from '$lib/server/node-engine';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per indicator with every area's figures: indicator pages for any area are
// drawn from it in the browser, without waiting for the in-browser database.
export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await listIndicators(await sharedNodeRunner())).map((i) => ({ id: i.id }));

export const GET: RequestHandler = async ({ params }) => {
	const run = await sharedNodeRunner();
	return json({
		indicator: await getIndicator(run, params.id),
		rows: toRows(await getIndicatorObservations(run, params.id))
	});
};
