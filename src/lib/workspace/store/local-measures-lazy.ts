import type { AreaLocalMeasures } from './local-measures';

/**
 * The area's own measures, with the workspace code (CSV and Excel readers, schemas) fetched only
 * when asked, so pages of published figures stay light until their own figures are up.
 */
export async function loadLocalMeasuresLazily(
	area: string,
	base: string
): Promise<AreaLocalMeasures> {
	const { loadLocalMeasures } = await import('./local-measures');
	return loadLocalMeasures(area, base);
}
