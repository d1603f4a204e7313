import { parseHTML } from 'linkedom';
import { setServerDocument } from '$lib/components/chart/plot-document';

export async function init() {
	setServerDocument(
		parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document
	);
}
