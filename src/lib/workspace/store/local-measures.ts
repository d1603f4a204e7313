import { localMeasures, type LocalMeasure, type LocalMeasureRow } from '$lib/domain/local-measures';
import { isIllustrative } from './illustrative';
import { loadShippedIndex, loadStoredTable, type Origin } from './stored-tables';

/** An area's own measures as kept in this browser, with where they came from. */
export type AreaLocalMeasures = {
	measures: LocalMeasure[];
	origin: Origin;
	/** Set when the measures are a deployment's illustrative demo, not the area's real figures. */
	illustrative: { label: string; asOf: string | null } | null;
};

/**
 * Reads only the local indicators table (imported, else shipped) and puts it in the indicator
 * model. Pages that show local measures call this instead of loading the whole workspace.
 */
export async function loadLocalMeasures(area: string, base: string): Promise<AreaLocalMeasures> {
	// The index is read once and handed on, rather than read again for the shipped table.
	const index = await loadShippedIndex(base);
	const table = await loadStoredTable(area, base, 'local_indicators', { index });
	const shipped = index[area] ?? null;
	const illustrative = isIllustrative(table, shipped);
	return {
		measures: localMeasures(table.rows as LocalMeasureRow[], area),
		origin: table.origin,
		illustrative: illustrative && { label: illustrative.label, asOf: shipped?.as_of ?? null }
	};
}
