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

export const handle: Handle = ({ event, resolve }) =>
	resolve(
		event,
		event.url.pathname === '/[fallback]'
			? {
					// The app shell (404.html, written by adapter-static from this request) draws nothing
					// until its code runs: it starts its data's downloads at once (see early-fetches.ts).
					transformPageChunk: ({ html }) =>
						html.replace('</head>', `${earlyFetchesScript(base)}</head>`)
				}
			: {
					// A prerendered page has its figures in the HTML. Preloading all its scripts made the
					// browser download and compile them while drawing that HTML, which held back its first
					// paint by ~70 ms on a 2-core machine; the two entry scripts start the rest soon after.
					preload: ({ type, path }) => type !== 'js' || path.includes('/entry/')
				}
	);
