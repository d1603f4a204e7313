import type { Handle } from '@sveltejs/kit';
import { parseHTML } from 'linkedom';
import { base } from '$app/paths';
import * as Plot from '@observablehq/plot';
import { setServerPlotting } from '$lib/components/chart/plot-document';
import { earlyFetchesScript } from '$lib/server/early-fetches';
import { SITE, TAGLINE } from '$lib/config';
import { loadingFrameHtml } from '$lib/server/loading-frame';
import { sharedNodeRunner } from '$lib/server/node-engine';
import { listIndicators } from '$lib/data/queries/indicators';
import { listCurrentLas } from '$lib/data/queries/areas';

export async function init() {
	// Charts are drawn into the prerendered HTML with a server-side document and Plot.
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	setServerPlotting(document as unknown as Document, Plot);
}

/** The loading frame for the app shell, made once (the measures' and areas' names are in it). */
async function shellFrame(): Promise<string> {
	const run = await sharedNodeRunner();
	return loadingFrameHtml({
		base,
		siteName: SITE.title,
		tagline: TAGLINE,
		measures: await listIndicators(run),
		areas: await listCurrentLas(run)
	});
}

export const handle: Handle = async ({ event, resolve }) => {
	if (event.url.pathname === '/[fallback]') {
		// The app shell (404.html, written by adapter-static from this request) draws nothing until
		// its code runs: it starts its data's downloads at once (see early-fetches.ts) and shows the
		// site's frame and "Loading figures…" meanwhile (see loading-frame.ts).
		const frame = await shellFrame();
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('</head>', `${earlyFetchesScript(base)}</head>`)
					.replace('<div style="display: contents">', `<div style="display: contents">${frame}`)
		});
	}
	// A prerendered page has its figures in the HTML. Preloading all its scripts made the browser
	// download and compile them while drawing that HTML, which held back its first paint by ~70 ms
	// on a 2-core machine; the two entry scripts start the rest soon after.
	return resolve(event, {
		preload: ({ type, path }) => type !== 'js' || path.includes('/entry/')
	});
};
