import { error } from '@sveltejs/kit';
import { listIndicators } from '$lib/data/queries/indicators';
import { getAreaOverview } from '$lib/data/queries/overview';
import { everyLocalAuthority } from '$lib/server/area-pages';
import { sharedNodeRunner } from '$lib/server/node-engine';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every current local authority's overview is prerendered with its figures.
export const entries: EntryGenerator = everyLocalAuthority;

export const load: PageServerLoad = async ({ params }) => {
	const run = await sharedNodeRunner();
	const overview = await getAreaOverview(run, params.code);
	if (!overview) error(404, `No local area has the code ${params.code}`);
	const indicators = (await listIndicators(run)).map(
		({ id, short_title, unit, period_type, theme }) => ({
			theme,
			id,
			short_title,
			unit,
			period_type
		})
	);
	return { overview, indicators };
};
