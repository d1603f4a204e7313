/**
 * Observable Plot draws into a DOM. In the browser that is `window.document`; when pages
 * are prerendered, hooks.server.ts supplies a server-side document (linkedom) so the charts
 * are in the HTML a board member receives before any script runs.
 */
let serverDocument: Document | undefined;

export function setServerDocument(document: Document) {
	serverDocument = document;
}

export function plotDocument(): Document {
	if (typeof window !== 'undefined') return window.document;
	if (!serverDocument)
		throw new Error('No document to draw charts into: hooks.server.ts must call setServerDocument');
	return serverDocument;
}
