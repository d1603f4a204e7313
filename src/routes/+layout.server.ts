import { listCurrentLas } from '$lib/data/queries/areas';
import { sharedNodeRunner } from '$lib/server/node-engine';

// Every page is prerendered at build time from DuckDB in Node.
export const prerender = true;

export async function load() {
	const run = await sharedNodeRunner();
	return { areas: await listCurrentLas(run) };
}
