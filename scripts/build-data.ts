// Builds the app's data files (static/data/*.arrow + manifest.json) from the published CSVs in data/published/.
import { buildDataModel } from './data-build/build';
import { DataBuildError } from './data-build/errors';

const started = performance.now();
try {
	const { manifest } = buildDataModel({ sourceDir: 'data/published', outDir: 'static/data' });
	for (const t of manifest.tables)
		console.log(
			`  ${t.table.padEnd(14)} ${String(t.rows).padStart(7)} rows  ${(t.bytes / 1024).toFixed(0).padStart(6)} KB`
		);
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
