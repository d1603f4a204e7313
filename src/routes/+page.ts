import { lastArea } from '$lib/state/last-area.svelte';
import type { PageLoad } from './$types';

// The start page is prerendered; the area chosen last in this browser is read there, for the
// "Continue with …" offer (see src/lib/state/last-area.svelte.ts).
export const load: PageLoad = () => ({ lastArea: lastArea() });
