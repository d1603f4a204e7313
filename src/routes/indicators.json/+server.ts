import { json } from '@sveltejs/kit';
import { listIndicators } from '$lib/data/queries/indicators';
import { sharedNodeRunner } from '$lib/server/node-engine';

// The published measures' ids and names, for checking the indicators a local file refers to.
export const prerender = true;

export async function GET() {
	const indicators = await listIndicators(await sharedNodeRunner());
	return json(indicators.map(({ id, short_title }) => ({ id, short_title })));
}
