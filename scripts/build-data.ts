// Builds the app's data files (static/data/*.arrow + manifest.json) from the published CSVs in
// data/published/, and copies the local workspaces a deployment ships (data/local/) to static/local/.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDataModel } from './data-build/build';
import { INDICATORS } from './data-build/catalogue';
import { flagsSection, withFlagsSection } from './data-build/jumps';
import { SOURCE_MODULES } from './data-build/modules';
import { DataBuildError } from './data-build/errors';
import { copyLocalWorkspaces } from './data-build/local-workspaces';

const started = performance.now();
try {
	const { manifest, flags } = buildDataModel({
		sourceDir: 'data/published',
		outDir: 'static/data'
	});
	// PROVENANCE.md lists every figure the build flags; its section is rewritten each build.
	const provenance = 'data/published/PROVENANCE.md';
	const indicators = [...INDICATORS, ...SOURCE_MODULES.flatMap((m) => m.indicators)];
	writeFileSync(
		provenance,
		withFlagsSection(readFileSync(provenance, 'utf8'), flagsSection(flags, indicators))
	);
	console.log(`data: ${flags.length} published figures flagged as breaking their series`);
	for (const t of manifest.tables)
		console.log(
			`  ${t.table.padEnd(14)} ${String(t.rows).padStart(7)} rows  ${(t.bytes / 1024).toFixed(0).padStart(6)} KB`
		);
	const workspaces = copyLocalWorkspaces({ sourceDir: 'data/local', outDir: 'static/local' });
	console.log(`data: ${workspaces} shipped local workspace(s) copied to static/local`);
	console.log(
		`data: built ${manifest.tables.length} tables in ${Math.round(performance.now() - started)} ms`
	);
} catch (error) {
	if (error instanceof DataBuildError) {
		console.error(`data build failed: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
