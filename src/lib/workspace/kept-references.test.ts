import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	GOOD_PUBLISHED as PUBLISHED,
	goodWorkspace
} from '../../../tests/workspace-fixtures/good-workspace';
import { exportWorkspaceZip } from './export/workspace-zip';
import { importWorkspaceZip } from './import/workspace-zip';
import { keptReferences, keptTest } from './kept-references';
import { missingReferences } from './missing-references';
import { TABLE_NAMES, type Workspace } from './schemas';

const AT = new Date('2027-01-02T10:00:00Z');

/** The good workspace after action 2.3 and risk SR1 went, their updates and reviews kept. */
function withDangling(): Workspace {
	const workspace = goodWorkspace();
	workspace.actions = workspace.actions.filter((a) => a.reference !== '2.3');
	workspace.risks = workspace.risks.filter((r) => r.id !== 'SR1');
	return workspace;
}

function exported(workspace: Workspace): Uint8Array {
	return exportWorkspaceZip(workspace, {
		formats: ['csv'],
		area: 'E06000033',
		exportedAt: AT,
		missingReferences: keptReferences(missingReferences(workspace, PUBLISHED))
	});
}

describe('references kept pointing at nothing, through an export and an import', () => {
	it('lists them in workspace.json, one line each, by table, row key, column and ids', () => {
		const text = strFromU8(unzipSync(exported(withDangling()))['workspace.json']);
		const manifest = JSON.parse(text);
		expect(manifest.missing_references).toEqual([
			{
				table: 'action_updates',
				row: ['2.3', '2026-07-15'],
				column: 'action_reference',
				ids: ['2.3']
			},
			{
				table: 'action_updates',
				row: ['2.3', '2026-09-15'],
				column: 'action_reference',
				ids: ['2.3']
			},
			{
				table: 'action_updates',
				row: ['2.3', '2026-10-15'],
				column: 'action_reference',
				ids: ['2.3']
			},
			{ table: 'risk_reviews', row: ['SR1', '2026-07-01'], column: 'risk_id', ids: ['SR1'] },
			{ table: 'risk_reviews', row: ['SR1', '2026-10-01'], column: 'risk_id', ids: ['SR1'] }
		]);
		expect(text).toContain(
			'\t\t{"table":"risk_reviews","row":["SR1","2026-10-01"],"column":"risk_id","ids":["SR1"]}\n'
		);
		expect(strFromU8(unzipSync(exported(goodWorkspace()))['workspace.json'])).not.toContain(
			'missing_references'
		);
	});

	it('gives back exactly the same rows, and says which were kept as exported', () => {
		const workspace = withDangling();
		const result = importWorkspaceZip(exported(workspace), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		for (const table of TABLE_NAMES) {
			expect(result.reports[table]?.problems, table).toEqual([]);
			expect(result.reports[table]?.rows, table).toEqual(workspace[table]);
		}
		expect(result.notices.map((n) => n.message)).toEqual([
			'3 action updates refer to actions not in this zip; kept as they were exported, and flagged.',
			'2 risk reviews refer to risks not in this zip; kept as they were exported, and flagged.'
		]);
	});

	it('still reports a reference to something missing that workspace.json does not list', () => {
		const files = unzipSync(exported(withDangling()));
		const updates = strFromU8(files['action_updates.csv']).replace('1.2,', '1.9,');
		const typo = zipSync({ ...files, 'action_updates.csv': strToU8(updates) });
		const result = importWorkspaceZip(typo, { file: 'w.zip', publishedIndicators: PUBLISHED });
		const report = result.reports.action_updates!;
		expect([report.goodRows, report.badRows]).toEqual([3, 1]);
		expect(report.problems.map((p) => p.detail)).toEqual([
			"there is no action '1.9' in the actions table"
		]);
	});

	it('reads a workspace.json whose list is not as expected as unreadable, so nothing is kept', () => {
		const files = unzipSync(exported(withDangling()));
		const manifest = JSON.parse(strFromU8(files['workspace.json']));
		manifest.missing_references[0].table = 'nonsense';
		const result = importWorkspaceZip(
			zipSync({ ...files, 'workspace.json': strToU8(JSON.stringify(manifest)) }),
			{ file: 'w.zip', publishedIndicators: PUBLISHED }
		);
		expect(result.notices[0].message).toContain(
			"'missing_references' is missing or not as expected"
		);
		expect(result.reports.action_updates?.badRows).toBe(3);
	});

	it('accepts a kept id only on the row and in the column listed', () => {
		const [kept] = keptReferences(missingReferences(withDangling(), PUBLISHED));
		const isKept = keptTest('action_updates', [kept])!;
		const row = withDangling().action_updates[0];
		expect(isKept(row, 'action_reference', '2.3')).toBe(true);
		expect(isKept(row, 'action_reference', '2.4')).toBe(false);
		expect(isKept({ ...row, date: '2026-07-16' }, 'action_reference', '2.3')).toBe(false);
		expect(isKept(row, 'author', '2.3')).toBe(false);
		expect(keptTest('risks', [kept])).toBeUndefined();
	});
});
