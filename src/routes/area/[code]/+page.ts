import { Explorer } from '$lib/state/explorer.svelte';
import { localMeasuresFor } from '$lib/state/local-measures.svelte';
import type { PageLoad } from './$types';

// The figures come prerendered from +page.server.ts; what lives in the reader's browser (the
// area's own measures, the comparison panel) is made here, for the area in the address, so
// switching area gives the page the new area's state and never the last one's.
export const load: PageLoad = ({ data, params }) => ({
	...data,
	local: localMeasuresFor(params.code),
	explorer: new Explorer(params.code)
});
