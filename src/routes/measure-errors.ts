import { error } from '@sveltejs/kit';
import { FiguresNotLoaded, NoSuchMeasure } from '$lib/data/static-data';
import { closestMeasures } from '$lib/domain/measure-suggestions';

type Measure = { id: string; short_title: string };

/**
 * Turns a failure to load a measure's figures into the error page's words: "there is no measure
 * with that id" (404, with the measures a reader may have meant and the list of every measure),
 * or "could not load the figures" (503: no network or a server error, so trying again may work).
 */
export async function measureError(
	failure: unknown,
	fetch: typeof globalThis.fetch,
	base: string,
	id: string
): Promise<never> {
	if (failure instanceof NoSuchMeasure) {
		const measures: Measure[] = await fetch(`${base}/indicators.json`)
			.then((r) => (r.ok ? r.json() : []))
			.catch(() => []);
		const sorted = [...measures].sort((a, b) => a.short_title.localeCompare(b.short_title));
		error(404, {
			message: failure.message,
			kind: 'no-measure',
			measures: sorted,
			suggestions: closestMeasures(id, sorted)
		});
	}
	if (failure instanceof FiguresNotLoaded)
		error(503, { message: 'Could not load the figures', kind: 'not-loaded' });
	throw failure;
}
