// Builds the app's data files (static/data/*.arrow + manifest.json) from the published CSVs in
// data/published/, and copies the local workspaces a deployment ships (data/local/) to static/local/.
import { buildDataModel } from './data-build/build';
import { DataBuildError } from './data-build/errors';
import { copyLocalWorkspaces } from './data-build/local-workspaces';

const started = performance.now();
try {
	const { manifest } = buildDataModel({ sourceDir: 'data/published', outDir: 'static/data' });
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
