import { formatDate } from '$lib/domain/inspection-summary';
import type { Origin } from './stored-tables';

/** "imported from our-measures.csv on 26 November 2026": where an imported table came from, or null. */
export function importedFrom(origin: Origin): string | null {
	if (origin.kind !== 'import') return null;
	const on = origin.at ? ` on ${formatDate(origin.at.slice(0, 10))}` : '';
	return `imported from ${origin.file ?? 'a file'}${on}`;
}
