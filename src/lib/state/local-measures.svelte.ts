import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { AreaLocalMeasures } from '$lib/workspace/store/local-measures';
import { Resource } from './resource.svelte';

export type { AreaLocalMeasures };

/**
 * The area's own measures, as kept in this browser (or shipped with the dashboard). Read only
 * in the browser, after the prerendered page is up; the workspace code (CSV and Excel readers,
 * schemas) is fetched only then, so pages of published figures stay light until theirs are up.
 */
export function localMeasuresFor(area: string): Resource<AreaLocalMeasures> {
	const resource = new Resource(area, async (code) => {
		const { loadLocalMeasures } = await import('$lib/workspace/store/local-measures');
		return loadLocalMeasures(code, base);
	});
	if (browser) resource.load();
	return resource;
}
