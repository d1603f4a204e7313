import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { ImportFlow } from '$lib/state/import-flow.svelte';
import { openWorkspace } from '$lib/state/workspace.svelte';
import type { PageLoad } from './$types';
import { othersDone } from './dependents-words';
import { restoredWords } from './undo-words';
import { acceptedWords, cancelledWords, titleOf, undoneWords, type ShippedKind } from './words';

// The area's own data lives in the reader's browser, so this page is drawn there.
export const ssr = false;

export const load: PageLoad = async ({ fetch, params, parent }) => {
	const { areas } = await parent();
	const area = areas.find((a) => a.code === params.code);
	if (!area) error(404, `No local area has the code ${params.code}`);
	const published: { id: string; short_title: string }[] = await fetch(
		`${base}/indicators.json`
	).then((r) => (r.ok ? r.json() : []));
	const publishedIds = published.map((p) => p.id);
	// Made here, for the area in the address: switching area gives the page the new area's.
	const workspace = openWorkspace(area.code, publishedIds);
	const shipped = (): ShippedKind =>
		workspace.shipped ? (workspace.shipped.illustrative ? 'demo' : 'dashboard') : null;
	const flow = new ImportFlow(workspace, {
		accepted: acceptedWords,
		undone: (table, rows) => undoneWords(table, rows, shipped()),
		titleOf,
		others: othersDone,
		restored: (step) => restoredWords(step, shipped()),
		cancelled: cancelledWords
	});
	return { area, publishedIds, workspace, flow };
};
