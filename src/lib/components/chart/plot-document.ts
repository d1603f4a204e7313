/**
 * What Observable Plot needs to draw: a document, and Plot itself. In the browser the document
 * is `window.document` and Plot is fetched when the first chart is drawn (`loadPlot`), so a
 * page's figures never wait for its charts' code; when pages are prerendered, hooks.server.ts
 * supplies both (a linkedom document and Plot), so the charts are in the HTML a board member
 * receives before any script runs.
 */
export type PlotLib = typeof import('@observablehq/plot');

let server: { document: Document; Plot: PlotLib } | undefined;

export function setServerPlotting(document: Document, Plot: PlotLib) {
	server = { document, Plot };
}

/** The server's document and Plot, for drawing a chart into prerendered HTML. */
export function serverPlotting(): { document: Document; Plot: PlotLib } {
	if (!server)
		throw new Error('Nothing to draw charts with: hooks.server.ts must call setServerPlotting');
	return server;
}

let loading: Promise<PlotLib> | undefined;

/** Plot in the browser, fetched once, on first use. */
export function loadPlot(): Promise<PlotLib> {
	loading ??= import('@observablehq/plot');
	loading.catch(() => (loading = undefined));
	return loading;
}
