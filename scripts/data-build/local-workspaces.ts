import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Shipped = Record<string, { dir: string; illustrative: boolean; label: string }>;

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
	const index: Record<string, { illustrative: boolean; label: string }> = {};
	for (const [area, { dir, illustrative, label }] of Object.entries(shipped)) {
		const from = join(options.sourceDir, dir);
		if (!existsSync(from)) continue;
		cpSync(from, join(options.outDir, area), { recursive: true });
		index[area] = { illustrative, label };
	}
	writeFileSync(join(options.outDir, 'index.json'), JSON.stringify(index, null, '\t') + '\n');
	return Object.keys(index).length;
}
