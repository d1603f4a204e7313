import { error } from '@sveltejs/kit';
import { getArea, listCurrentLas } from '$lib/data/queries/areas';
import { getLibrary } from '$lib/data/queries/library';
import { sharedNodeRunner } from '$lib/server/node-engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await listCurrentLas(await sharedNodeRunner())).map((a) => ({ code: a.code }));

export const load: PageServerLoad = async ({ params }) => {
	const run = await sharedNodeRunner();
	const area = await getArea(run, params.code);
	if (!area || area.level !== 'la') error(404, `No local area has the code ${params.code}`);
	return { area, rows: await getLibrary(run, params.code) };
};
