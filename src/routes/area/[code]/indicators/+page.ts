import { localMeasuresFor } from '$lib/state/local-measures.svelte';
import type { PageLoad } from './$types';

// The published measures come prerendered from +page.server.ts; the area's own, kept in the
// reader's browser, are read for the area in the address.
export const load: PageLoad = ({ data, params }) => ({
	...data,
	local: localMeasuresFor(params.code)
});
