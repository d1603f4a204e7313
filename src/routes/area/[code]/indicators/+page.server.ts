import { getLibrary } from '$lib/data/queries/library';
import { everyLocalAuthority, localAuthority } from '$lib/server/area-pages';
import { sharedNodeRunner } from '$lib/server/node-engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = everyLocalAuthority;

export const load: PageServerLoad = async ({ params }) => {
	const run = await sharedNodeRunner();
	const area = await localAuthority(run, params.code);
	return { area, rows: await getLibrary(run, params.code) };
};
