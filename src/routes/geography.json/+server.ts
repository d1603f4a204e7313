import { json } from '@sveltejs/kit';
import { getGeography } from '$lib/data/queries/indicator-data';
import { sharedNodeRunner } from '$lib/server/node-engine';

// Every area and every LA's statistical neighbours, for pages drawn in the browser.
export const prerender = true;

export async function GET() {
	return json(await getGeography(await sharedNodeRunner()));
}
