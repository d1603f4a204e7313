import { browser } from '$app/environment';
import { error, redirect } from '@sveltejs/kit';
import { base, resolve } from '$app/paths';
import { loadMeasurePage } from '$lib/data/static-data';
import { localMeasuresFor } from '$lib/state/local-measures.svelte';
import { indicatorView } from '$lib/domain/indicator-view';
import { NoSuchMeasure } from '$lib/data/static-data';
import { measureError } from '../../../../measure-errors';
import type { PageLoad } from './$types';

// ~150 areas × ~150 measures are too many pages to prerender. Each is drawn in the browser
// from two static files (every area's figures for the measure, and the geography), which
// are small and cached, so switching area is immediate.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ fetch, params }) => {
	const { geography, ...data } = await loadMeasurePage(fetch, base, params.id, browser).catch(
		async (failure) => {
			// Actions, risks and the framework link measures by id without saying whose they are:
			// an id that is one of the area's own measures goes to that measure's page.
			if (failure instanceof NoSuchMeasure) {
				const local = await localMeasuresFor(params.code)
					.load()
					.catch(() => null);
				if (local?.measures.some((m) => m.id === params.id))
					redirect(307, resolve('/area/[code]/local/[id]', { code: params.code, id: params.id }));
			}
			return measureError(failure, fetch, base, params.id);
		}
	);
	const area = geography.areas.find((a) => a.code === params.code && a.level === 'la');
	if (!area) error(404, `No local area has the code ${params.code}`);
	const view = indicatorView({
		indicator: data.indicator,
		observations: data.observations,
		geography,
		areaCode: area.code
	});
	if (!view) error(404, `No figures for ${data.indicator.title}`);
	const names = new Map(geography.areas.map((a) => [a.code, a.name]));
	const neighbours = (geography.neighbours[area.code] ?? []).map((code) => ({
		code,
		name: names.get(code) ?? code
	}));
	return { area, indicator: data.indicator, view, neighbours };
};
