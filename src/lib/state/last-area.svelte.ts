import { browser } from '$app/environment';
import { Resource } from './resource.svelte';

/** Where the last area chosen is kept: this browser's localStorage, never a server or a cookie. */
export const LAST_AREA_KEY = 'send-oversight:last-area';

const ONS_LA_CODE = /^E(0[6-9]|10)\d{6}$/;

/**
 * The last area chosen in this browser (an ONS code), for the start page's "Continue with …".
 * Made by the start page's load; read only in the browser, so the prerendered page (and its
 * first render in the browser) offer no area, and the offer appears once it is read.
 */
export function lastArea(): Resource<string | null> {
	const resource = new Resource('last-area', async () => {
		try {
			const code = localStorage.getItem(LAST_AREA_KEY);
			return code && ONS_LA_CODE.test(code) ? code : null;
		} catch {
			return null; // storage switched off: nothing remembered
		}
	});
	if (browser) resource.load();
	return resource;
}

/** Remembers the area just opened (an area page calls this after each navigation). */
export function rememberArea(code: string): void {
	if (!browser || !ONS_LA_CODE.test(code)) return;
	try {
		localStorage.setItem(LAST_AREA_KEY, code);
	} catch {
		// Storage full or switched off: the start page simply offers no "Continue".
	}
}
