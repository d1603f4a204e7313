import { formatDate } from '$lib/domain/inspection-summary';
import type { Origin } from './workspace.svelte';

/** "our-measures.csv, imported on 26 November 2026": where an imported table came from, or null. */
export function importedFrom(origin: Origin): string | null {
	if (origin.kind !== 'import') return null;
	const on = origin.at ? `, imported on ${formatDate(origin.at.slice(0, 10))}` : '';
	return `${origin.file ?? 'a file'}${on}`;
}
