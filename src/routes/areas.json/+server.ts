import { json } from '@sveltejs/kit';
import { listCurrentLas } from '$lib/data/queries/areas';
import { sharedNodeRunner } from '$lib/server/node-engine';

// The area list as a static file, for pages that have no prerendered data (the not-found page).
export const prerender = true;

export async function GET() {
	return json(await listCurrentLas(await sharedNodeRunner()));
}
