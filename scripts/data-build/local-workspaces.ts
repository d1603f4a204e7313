import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from '../../src/lib/domain/as-of';
import { DataBuildError } from './errors';

/** An entry of workspaces.json; `as_of` is the day the shipped data is written as at. */
type Shipped = Record<
	string,
	{ dir: string; illustrative: boolean; label: string; as_of?: string }
>;
/** What the app reads from static/local/index.json (ShippedIndex in the workspace store). */
type IndexEntry = { illustrative: boolean; label: string; as_of?: string };

/**
 * Copies the workspaces a deployment ships (data/local/<dir>/, listed in workspaces.json by
 * area) to static/local/<area>/, with an index the app reads. The app checks them with the
 * same import code as an officer's files.
 */
export function copyLocalWorkspaces(options: { sourceDir: string; outDir: string }): number {
	const list = join(options.sourceDir, 'workspaces.json');
	rmSync(options.outDir, { recursive: true, force: true });
	mkdirSync(options.outDir, { recursive: true });
	const shipped: Shipped = existsSync(list) ? JSON.parse(readFileSync(list, 'utf8')) : {};
	const index: Record<string, IndexEntry> = {};
	for (const [area, { dir, illustrative, label, as_of }] of Object.entries(shipped)) {
		// Checked before anything is copied, so a typo never ships a workspace that drifts.
		if (as_of !== undefined && !isIsoDate(as_of))
			throw new DataBuildError(
				list,
				`area ${area}: as_of ${JSON.stringify(as_of)} is not a date written YYYY-MM-DD (such as "2026-11-26")`
			);
		const from = join(options.sourceDir, dir);
		if (!existsSync(from)) continue;
		cpSync(from, join(options.outDir, area), { recursive: true });
		index[area] = { illustrative, label, ...(as_of ? { as_of } : {}) };
	}
	writeFileSync(join(options.outDir, 'index.json'), JSON.stringify(index, null, '\t') + '\n');
	return Object.keys(index).length;
}
