import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, xlsxBomb } from '../../../../tests/workspace-fixtures/make-files';
import { importTable } from '../import/import-table';
import { importWorkspaceZip } from '../import/workspace-zip';
import { TABLE_NAMES, emptyWorkspace, type Workspace } from '../schemas';
import { exportWorkspaceZip } from './workspace-zip';

const PUBLISHED = ['pct_within_20wk_excl_exceptions', 'tribunal_appeal_rate'];
const AREA = { area: 'E06000033', exportedAt: new Date('2026-11-26T19:00:00Z') };

function goodWorkspace(): Workspace {
	const workspace = emptyWorkspace() as Record<string, unknown[]>;
	for (const table of TABLE_NAMES)
		workspace[table] = importTable(table, fixture(`good/${table}.csv`), { file: table }).rows;
	return workspace as unknown as Workspace;
}

describe('the whole-workspace zip', () => {
	it('holds README.txt, workspace.json and a CSV and an .xlsx per table', () => {
		const files = Object.keys(unzipSync(exportWorkspaceZip(goodWorkspace(), AREA)));
		expect(files).toEqual([
			'README.txt',
			'workspace.json',
			...TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.xlsx`])
		]);
		const csvOnly = Object.keys(
			unzipSync(exportWorkspaceZip(emptyWorkspace(), { ...AREA, formats: ['csv'] }))
		);
		expect(csvOnly).toHaveLength(TABLE_NAMES.length + 2);
		// Without an area and a time there is nothing for workspace.json to say.
		expect(Object.keys(unzipSync(exportWorkspaceZip(emptyWorkspace())))).not.toContain(
			'workspace.json'
		);
	});

	it('says in workspace.json which area it is, when it was made and whether it is illustrative', () => {
		const manifest = (options: Parameters<typeof exportWorkspaceZip>[1]) =>
			JSON.parse(
				strFromU8(unzipSync(exportWorkspaceZip(emptyWorkspace(), options))['workspace.json'])
			);
		expect(manifest(AREA)).toEqual({
			format: 1,
			area: 'E06000033',
			exported_at: '2026-11-26T19:00:00.000Z',
			illustrative: false,
			label: null
		});
		expect(manifest({ ...AREA, illustrative: { label: ' Made up for a demo ' } })).toEqual({
			format: 1,
			area: 'E06000033',
			exported_at: '2026-11-26T19:00:00.000Z',
			illustrative: true,
			label: 'Made up for a demo'
		});
		expect(
			manifest({ ...AREA, illustrative: { label: 'Demo', tables: ['meetings', 'risks'] } })
		).toMatchObject({ illustrative: true, illustrative_tables: ['meetings', 'risks'] });
		expect(manifest({ ...AREA, illustrative: { label: null } })).toMatchObject({
			illustrative: true,
			label: null
		});
		expect(manifest({ ...AREA, illustrative: { label: 'x'.repeat(300) } }).label).toHaveLength(200);
		expect(() => exportWorkspaceZip(emptyWorkspace(), { illustrative: { label: 'Demo' } })).toThrow(
			/needs the area and exportedAt/
		);
		const readme = strFromU8(
			unzipSync(exportWorkspaceZip(emptyWorkspace(), { ...AREA, illustrative: { label: 'Demo' } }))[
				'README.txt'
			]
		);
		expect(readme).toContain('ILLUSTRATIVE — NOT REAL LOCAL DATA.');
	});

	it('keeps the illustrative label when imported again', () => {
		const result = importWorkspaceZip(
			exportWorkspaceZip(goodWorkspace(), {
				...AREA,
				illustrative: { label: 'Made up for a demo' }
			}),
			{ file: 'w.zip', publishedIndicators: PUBLISHED }
		) as { illustrative?: unknown; ignored: string[]; notices?: unknown[] };
		expect(result.illustrative).toEqual({ label: 'Made up for a demo' });
		expect(result.ignored).toEqual([]);
		// Only the tables it lists are made up: the others are the area's own.
		const some = importWorkspaceZip(
			exportWorkspaceZip(goodWorkspace(), {
				...AREA,
				illustrative: { label: 'Demo', tables: ['meetings', 'risks'] }
			}),
			{ file: 'w.zip', publishedIndicators: PUBLISHED }
		);
		expect(some.illustrative).toEqual({ label: 'Demo', tables: ['meetings', 'risks'] });
		expect(result.notices ?? []).toEqual([]);
		const real = importWorkspaceZip(exportWorkspaceZip(goodWorkspace(), AREA), { file: 'w.zip' });
		expect((real as { illustrative?: unknown }).illustrative).toBeNull();
	});

	it('re-imports to exactly the same rows, checking references across its tables', () => {
		const workspace = goodWorkspace();
		const result = importWorkspaceZip(exportWorkspaceZip(workspace, AREA), {
			file: 'workspace.zip',
			publishedIndicators: PUBLISHED
		});
		expect(result.refused).toBe(false);
		expect(result.ignored).toEqual([]);
		for (const table of TABLE_NAMES) {
			expect(result.reports[table]!.problems, table).toEqual([]);
			expect(result.reports[table]!.rows, table).toEqual(workspace[table]);
		}
	});

	it('reads the .xlsx files when there are no CSVs', () => {
		const workspace = goodWorkspace();
		const result = importWorkspaceZip(exportWorkspaceZip(workspace, { formats: ['xlsx'] }), {
			file: 'w.zip'
		});
		expect(result.reports.risks!.rows).toEqual(workspace.risks);
		expect(result.reports.risks!.format).toBe('xlsx');
	});

	it('reports references the zip breaks, such as an update for an action it does not have', () => {
		const workspace = goodWorkspace();
		workspace.actions = workspace.actions.filter((a) => a.reference !== '2.3');
		const result = importWorkspaceZip(exportWorkspaceZip(workspace, { formats: ['csv'] }), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		expect(result.reports.action_updates!.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Action reference': there is no action '2.3' in the actions table",
			"Row 3, column 'Action reference': there is no action '2.3' in the actions table",
			"Row 4, column 'Action reference': there is no action '2.3' in the actions table"
		]);
		expect(result.reports.risks!.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Linked actions': there is no action '2.3' in the actions table"
		]);
	});

	it('checks priorities against the zip’s plans, and actions against its priorities', () => {
		const workspace = goodWorkspace();
		workspace.plans = workspace.plans.filter((p) => p.id !== 'PAP2025');
		workspace.priorities = workspace.priorities.filter((p) => p.reference !== '3');
		const result = importWorkspaceZip(exportWorkspaceZip(workspace, { formats: ['csv'] }), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		expect(result.reports.priorities!.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Plan id': there is no plan 'PAP2025' in the plans table",
			"Row 3, column 'Plan id': there is no plan 'PAP2025' in the plans table"
		]);
		// Every priority was refused, so the zip keeps none, and actions' priorities go unchecked.
		expect(result.reports.actions!.problems).toEqual([]);

		workspace.plans = goodWorkspace().plans;
		const again = importWorkspaceZip(exportWorkspaceZip(workspace, { formats: ['csv'] }), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		expect(again.reports.priorities!.problems).toEqual([]);
		expect(again.reports.actions!.problems.map((p) => p.message)).toEqual([
			"Row 6, column 'Priority': there is no priority '3' in the priorities table"
		]);
	});

	it('reads priorities from the zip when it has them, even empty, else from the current workspace', () => {
		const workspace = goodWorkspace();
		workspace.priorities = [];
		const current = { priorities: ['1', '2'] };
		const empty = importWorkspaceZip(exportWorkspaceZip(workspace, { formats: ['csv'] }), {
			file: 'w.zip',
			known: current
		});
		expect(empty.reports.actions!.problems).toEqual([]);

		const files = unzipSync(exportWorkspaceZip(workspace, { formats: ['csv'] }));
		delete files['priorities.csv'];
		const without = importWorkspaceZip(zipSync(files), { file: 'w.zip', known: current });
		expect(without.reports.priorities).toBeUndefined();
		expect(without.reports.actions!.problems.map((p) => p.message)).toEqual([
			"Row 6, column 'Priority': there is no priority '3' in the priorities table"
		]);
	});

	it('refuses what is not a workspace zip, and zip bombs', () => {
		expect(importWorkspaceZip(strToU8('a,b'), { file: 'w.zip' }).problems[0].message).toMatch(
			/^This is not a \.zip file/
		);
		const other = importWorkspaceZip(zipSync({ 'notes.txt': strToU8('hi') }), { file: 'w.zip' });
		expect(other.problems[0].message).toMatch(/^The zip holds none of the workspace files/);
		const bomb = zipSync({ 'actions.csv': [new Uint8Array(150 * 1024 * 1024), { level: 1 }] });
		const result = importWorkspaceZip(bomb, { file: 'w.zip' });
		expect(result.refused).toBe(true);
		expect(result.reports).toEqual({});
		expect(result.problems[0].message).toMatch(/zip bomb/);
	}, 20_000);
});

describe('an .xlsx zip bomb given to a table import', () => {
	let bomb: Uint8Array;
	beforeAll(() => {
		bomb = xlsxBomb(200);
	}, 30_000);
	it('is refused quickly, without being inflated, and says why', () => {
		const started = performance.now();
		const report = importTable('actions', bomb, { file: 'actions.xlsx' });
		expect(performance.now() - started).toBeLessThan(500);
		expect(report.refused).toBe(true);
		expect(report.problems.map((p) => p.message)).toEqual([
			'The file would expand to 200 MB when opened, more than the 100 MB allowed — it may be a "zip bomb". It was not opened.'
		]);
	});
});
