import { browser } from '$app/environment';
import { error, redirect } from '@sveltejs/kit';
import { base, resolve } from '$app/paths';
import { loadMeasurePage } from '$lib/data/static-data';
import { localMeasuresFor } from '$lib/state/local-measures.svelte';
import { indicatorView, latestYearOf } from '$lib/domain/indicator-view';
import {
	areaPeriods,
	changeSince,
	choosePeriods,
	neighbourRows
} from '$lib/domain/measure-periods';
import { NoSuchMeasure } from '$lib/data/static-data';
import { measureError } from '../../../../measure-errors';
import type { PageLoad } from './$types';

// ~150 areas × ~150 measures are too many pages to prerender. Each is drawn in the browser
// from two static files (every area's figures for the measure, and the geography), which
// are small and cached, so switching area is immediate.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = async ({ fetch, params, url }) => {
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
	// The period read and the earlier one compared with are the reader's, kept in the address
	// (?period=2022&since=2020); anything unknown there falls back to the latest period.
	const latest = latestYearOf(data.observations);
	const periods = areaPeriods(data.observations, area.code, area.series_starts, latest);
	const choice = choosePeriods(
		periods.map((p) => p.year),
		url.searchParams.get('period'),
		url.searchParams.get('since')
	);
	const view = indicatorView({
		indicator: data.indicator,
		observations: data.observations,
		geography,
		areaCode: area.code,
		year: choice.year ?? undefined
	});
	if (!view) error(404, `No figures for ${data.indicator.title}`);
	const { polarity, period_type } = data.indicator;
	const since =
		choice.since === null
			? null
			: changeSince(periods, view.year, choice.since, polarity, period_type);
	const table = neighbourRows({
		view,
		observations: data.observations,
		geography,
		areaCode: area.code,
		polarity
	});
	const names = new Map(geography.areas.map((a) => [a.code, a.name]));
	const neighbours = (geography.neighbours[area.code] ?? []).map((code) => ({
		code,
		name: names.get(code) ?? code
	}));
	return { area, indicator: data.indicator, view, neighbours, periods, latest, since, table };
};
