import type { Handle } from '@sveltejs/kit';
import { parseHTML } from 'linkedom';
import { base } from '$app/paths';
import * as Plot from '@observablehq/plot';
import { setServerPlotting } from '$lib/components/chart/plot-document';
import { earlyFetchesScript } from '$lib/server/early-fetches';

export async function init() {
	// Charts are drawn into the prerendered HTML with a server-side document and Plot.
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	setServerPlotting(document as unknown as Document, Plot);
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
