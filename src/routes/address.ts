import { goto } from '$app/navigation';
import { page } from '$app/state';

/**
 * Keeps a reader's choice in the page's own address (?since=2020, ?period=2022, ?areas=…), so
 * it survives a reload and can be shared: each key is set, or removed where its value is null.
 * The page stays where it is: no new history entry, no scroll, focus kept.
 */
export function replaceSearch(choices: Record<string, string | null>): Promise<void> {
	const url = new URL(page.url);
	for (const [key, value] of Object.entries(choices)) {
		if (value === null) url.searchParams.delete(key);
		else url.searchParams.set(key, value);
	}
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- this page's own (resolved) address
	return goto(url, { replaceState: true, keepFocus: true, noScroll: true });
}
