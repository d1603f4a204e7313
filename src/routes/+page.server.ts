import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { DEMO_AREA } from '$lib/config';

// The dashboard opens on the demo area.
export function load() {
	redirect(307, resolve('/area/[code]', { code: DEMO_AREA }));
}
