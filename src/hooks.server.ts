import type { Handle } from '@sveltejs/kit';
import { parseHTML } from 'linkedom';
import { base } from '$app/paths';
import { setServerDocument } from '$lib/components/chart/plot-document';
import { earlyFetchesScript } from '$lib/server/early-fetches';

export async function init() {
	setServerDocument(
		parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document
	);
}

// The app shell (404.html, written by adapter-static from this '[fallback]' request) starts the
// figures' downloads itself: see early-fetches.ts.
export const handle: Handle = ({ event, resolve }) =>
	resolve(
		event,
		event.url.pathname === '/[fallback]'
			? {
					transformPageChunk: ({ html }) =>
						html.replace('</head>', `${earlyFetchesScript(base)}</head>`)
				}
			: undefined
	);
