import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataBuildError } from './errors';
import { copyLocalWorkspaces } from './local-workspaces';

/** A data/local folder with one workspace listed as `entry`, and where to copy it. */
function source(entry: Record<string, unknown>) {
	const root = mkdtempSync(join(tmpdir(), 'send-local-'));
	const sourceDir = join(root, 'local');
	mkdirSync(join(sourceDir, 'demo'), { recursive: true });
	writeFileSync(join(sourceDir, 'demo', 'meetings.csv'), 'Date,Board\r\n');
	writeFileSync(
		join(sourceDir, 'workspaces.json'),
		JSON.stringify({ E06000033: { dir: 'demo', illustrative: true, label: 'Demo', ...entry } })
	);
	return { sourceDir, outDir: join(root, 'out') };
}

describe('copyLocalWorkspaces', () => {
	it('copies the files and carries as_of into the index', () => {
		const dirs = source({ as_of: '2026-11-26' });
		expect(copyLocalWorkspaces(dirs)).toBe(1);
		expect(JSON.parse(readFileSync(join(dirs.outDir, 'index.json'), 'utf8'))).toEqual({
			E06000033: { illustrative: true, label: 'Demo', as_of: '2026-11-26' }
		});
		expect(readFileSync(join(dirs.outDir, 'E06000033', 'meetings.csv'), 'utf8')).toBe(
			'Date,Board\r\n'
		);
	});

	it('leaves as_of out of the index when the entry has none', () => {
		const dirs = source({});
		copyLocalWorkspaces(dirs);
		expect(JSON.parse(readFileSync(join(dirs.outDir, 'index.json'), 'utf8')).E06000033).toEqual({
			illustrative: true,
			label: 'Demo'
		});
	});

	it.each(['2026-02-30', '26/11/2026', 20261126])(
		'fails the build on as_of %j, naming the file and the area',
		(as_of) => {
			const dirs = source({ as_of });
			expect(() => copyLocalWorkspaces(dirs)).toThrow(DataBuildError);
			expect(() => copyLocalWorkspaces(dirs)).toThrow(
				/workspaces\.json: area E06000033: as_of .* is not a date written YYYY-MM-DD/
			);
		}
	);
});
