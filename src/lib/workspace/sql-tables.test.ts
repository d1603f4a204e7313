import { describe, expect, it } from 'vitest';
import { createWorkspaceTableSql, workspaceStatements } from './sql-tables';
import { emptyWorkspace, type RowOf } from './schemas';

const action = (reference: string, over: Partial<RowOf<'actions'>> = {}): RowOf<'actions'> =>
	({
		reference,
		priority: '1',
		description: `Action ${reference}; with ' and "quotes"`,
		lead_officer: 'Head of SEND',
		partner_organisation: null,
		start_date: null,
		due_date: '2026-03-31',
		revised_due_date: null,
		revision_reason: null,
		status: 'on_track',
		percent_complete: 50,
		linked_indicators: [],
		expected_direction: null,
		notes: null,
		...over
	}) satisfies RowOf<'actions'>;

describe('workspace tables in SQL', () => {
	it('declares each table with the area first and a type per column', () => {
		const sql = createWorkspaceTableSql('framework');
		expect(sql).toMatch(
			/^CREATE TABLE IF NOT EXISTS workspace\."framework" \("area_code" VARCHAR, /
		);
		expect(sql).toContain('"milestones" STRUCT("value" DOUBLE, "date" DATE)[]');
		expect(createWorkspaceTableSql('actions')).toContain('"linked_indicators" VARCHAR[]');
	});

	it('puts values in parameters, never in the statement', () => {
		const workspace = {
			...emptyWorkspace(),
			actions: [action('1.1', { linked_indicators: ['a', 'b'] })]
		};
		const insert = workspaceStatements('E06000033', workspace).find((s) =>
			s.sql.startsWith('INSERT INTO workspace."actions"')
		)!;
		expect(insert.sql).not.toContain('quotes');
		expect(insert.sql).toContain('[?, ?]::VARCHAR[]');
		expect(insert.params).toContain(`Action 1.1; with ' and "quotes"`);
		expect(insert.params.slice(0, 1)).toEqual(['E06000033']);
	});

	it('replaces the area’s rows: deletes them first, then inserts in batches of 200', () => {
		const workspace = {
			...emptyWorkspace(),
			actions: Array.from({ length: 450 }, (_, i) => action(`${i + 1}.1`))
		};
		const statements = workspaceStatements('E06000033', workspace);
		const forActions = statements.filter((s) => s.sql.includes('workspace."actions"'));
		expect(forActions.map((s) => s.sql.split(' ')[0])).toEqual([
			'CREATE',
			'DELETE',
			'INSERT',
			'INSERT',
			'INSERT'
		]);
		const rows = forActions.slice(2).map((s) => s.sql.split('), (').length);
		expect(rows).toEqual([200, 200, 50]);
	});
});
