import { error } from '@sveltejs/kit';
import { listCurrentLas } from '$lib/data/queries/areas';
import { listIndicators } from '$lib/data/queries/indicators';
import { getAreaOverview } from '$lib/data/queries/overview';
import { sharedNodeRunner } from '$lib/server/node-engine';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every current local authority's overview is prerendered with its figures.
export const entries: EntryGenerator = async () => {
	const run = await sharedNodeRunner();
	return (await listCurrentLas(run)).map((a) => ({ code: a.code }));
};

export const load: PageServerLoad = async ({ params }) => {
	const run = await sharedNodeRunner();
	const overview = await getAreaOverview(run, params.code);
	if (!overview) error(404, `No local area has the code ${params.code}`);
	const indicators = (await listIndicators(run)).map(({ id, short_title, unit, period_type }) => ({
		id,
		short_title,
		unit,
		period_type
	}));
	return { overview, indicators };
};
