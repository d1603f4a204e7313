import { error } from '@sveltejs/kit';
import { getArea, listCurrentLas } from '$lib/data/queries/areas';
import type { QueryRunner } from '$lib/data/query-runner';
import type { Area } from '$lib/data/schemas';
import { sharedNodeRunner } from './node-engine';

/** The `entries` of a page prerendered for every current local authority. */
export async function everyLocalAuthority(): Promise<{ code: string }[]> {
	return (await listCurrentLas(await sharedNodeRunner())).map((a) => ({ code: a.code }));
}

/** The local authority with this code; a 404 for any other code (a region, England, a typo). */
export async function localAuthority(run: QueryRunner, code: string): Promise<Area> {
	const area = await getArea(run, code);
	if (!area || area.level !== 'la') error(404, `No local area has the code ${code}`);
	return area;
}
