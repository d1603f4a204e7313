import type { HealthWait, Indicator, Observation } from '../../../src/lib/data/schemas';
import type { AreaIndex } from '../areas';
import type { SourceRow } from '../csv-source';
import type { SourceFile } from '../sources';

/** Reads one published file from data/published, checking that the named columns are there. */
export type ReadSource = (file: string, columns: readonly string[]) => SourceRow[];

/**
 * One family of published files (a release, a tool's extract). Each module owns its files'
 * provenance, its indicators' catalogue entries and the rows it adds to the model; the build
 * runs every module in `modules/index.ts` through the same validation.
 */
export type SourceModule = {
	name: string;
	sources: SourceFile[];
	indicators: Indicator[];
	build(
		index: AreaIndex,
		read: ReadSource
	): { observations?: Observation[]; health_waits?: HealthWait[] };
};
