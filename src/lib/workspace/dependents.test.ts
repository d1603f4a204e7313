import { describe, expect, it } from 'vitest';
import {
	GOOD_PUBLISHED as PUBLISHED,
	goodWorkspace
} from '../../../tests/workspace-fixtures/good-workspace';
import { dependentsOf } from './dependents';
import { missingReferences } from './missing-references';
import type { Workspace } from './schemas';

const only = <T extends { reference: string }>(rows: T[], ...refs: string[]) =>
	rows.filter((r) => refs.includes(r.reference));

describe('dependentsOf: rows of other tables that refer to rows a change removes', () => {
	it('finds nothing when every id the others refer to stays', () => {
		const current = goodWorkspace();
		const same = dependentsOf(current, { actions: current.actions }, PUBLISHED);
		expect(same).toEqual({
			direct: [],
			referring: [],
			rows: [],
			cascade: [],
			removal: [],
			removeTables: {}
		});
	});

	it('names updates of removed actions (removed with them) and risks linked to them (links taken out)', () => {
		const current = goodWorkspace();
		const actions = only(current.actions, '1.1', '2.4', '3.1');
		const found = dependentsOf(current, { actions }, PUBLISHED);
		expect(found.direct).toEqual([
			{
				table: 'action_updates',
				kind: 'actions',
				columns: ['action_reference'],
				rows: 4,
				ids: ['2.3', '1.2'],
				removes: 'rows',
				wereThere: true
			},
			{
				table: 'risks',
				kind: 'actions',
				columns: ['linked_actions'],
				rows: 1,
				ids: ['2.3'],
				removes: 'references',
				wereThere: true
			}
		]);
		expect(found.referring).toEqual([
			{ table: 'action_updates', rows: 4 },
			{ table: 'risks', rows: 1 }
		]);
		// Each row by its key, with the ids it would be left naming.
		expect(found.rows.map((r) => [r.table, r.key, r.column, r.ids])).toEqual([
			['action_updates', ['2.3', '2026-07-15'], 'action_reference', ['2.3']],
			['action_updates', ['2.3', '2026-09-15'], 'action_reference', ['2.3']],
			['action_updates', ['2.3', '2026-10-15'], 'action_reference', ['2.3']],
			['action_updates', ['1.2', '2026-10-01'], 'action_reference', ['1.2']],
			['risks', ['SR1'], 'linked_actions', ['2.3']]
		]);
		expect(found.cascade).toEqual([]);
		expect(found.removal).toEqual([
			{ table: 'action_updates', removed: 4, cascade: 0, edited: 0 },
			{ table: 'risks', removed: 0, cascade: 0, edited: 1 }
		]);
		// A risk linked to 2.3 and 2.4 keeps its link to 2.4, and everything else it says.
		expect(found.removeTables.action_updates).toEqual([]);
		const sr1 = current.risks[0];
		expect(found.removeTables.risks).toEqual([
			{ ...sr1, linked_actions: ['2.4'] },
			...current.risks.slice(1)
		]);
		expect(found.removeTables.actions).toBeUndefined();
		// Removing them leaves nothing pointing at nothing.
		const after = { ...current, actions, ...found.removeTables } as Workspace;
		expect(missingReferences(after, PUBLISHED)).toEqual([]);
	});

	it('names reviews of risks a zip removes, while the zip’s own tables are its own', () => {
		const current = goodWorkspace();
		const risks = current.risks.filter((r) => r.id !== 'SR1');
		const found = dependentsOf(current, { risks, actions: current.actions }, PUBLISHED);
		expect(found.direct).toEqual([
			expect.objectContaining({ table: 'risk_reviews', rows: 2, ids: ['SR1'], removes: 'rows' })
		]);
		expect(found.removal).toEqual([{ table: 'risk_reviews', removed: 2, cascade: 0, edited: 0 }]);
		// An update in the zip pointing at nothing was kept on purpose (see kept-references.ts).
		const updates = current.action_updates.map((u) => ({ ...u, action_reference: '9.9' }));
		expect(dependentsOf(current, { action_updates: updates }, PUBLISHED).direct).toEqual([]);
	});

	it('works out the cascade: priorities removed with their plan take their actions, and those actions’ updates and links', () => {
		const current = goodWorkspace();
		// The zip's plans drop PAP2025, which every priority belongs to; WSOA2019 stays.
		const plans = current.plans.filter((p) => p.id !== 'PAP2025');
		const found = dependentsOf(current, { plans }, PUBLISHED);
		expect(found.direct).toEqual([
			expect.objectContaining({ table: 'priorities', rows: 3, ids: ['PAP2025'], removes: 'rows' })
		]);
		// Every priority goes, so the empty priorities table is no longer checked: no actions go.
		expect(found.cascade).toEqual([]);
		expect(found.removal).toEqual([{ table: 'priorities', removed: 3, cascade: 0, edited: 0 }]);

		const keep = {
			...current,
			priorities: [
				{ ...current.priorities[0], plan_id: 'WSOA2019' },
				...current.priorities.slice(1)
			]
		};
		const cascade = dependentsOf(keep, { plans }, PUBLISHED);
		expect(cascade.direct).toEqual([
			expect.objectContaining({ table: 'priorities', rows: 2, ids: ['PAP2025'] })
		]);
		expect(cascade.cascade).toEqual([
			expect.objectContaining({
				table: 'actions',
				columns: ['priority'],
				rows: 3,
				ids: ['2', '3'],
				removes: 'rows'
			}),
			expect.objectContaining({ table: 'action_updates', rows: 3, ids: ['2.3'], removes: 'rows' }),
			expect.objectContaining({
				table: 'risks',
				columns: ['linked_actions'],
				rows: 2,
				ids: ['2.3', '2.4', '3.1'],
				removes: 'references'
			})
		]);
		expect(cascade.removal).toEqual([
			{ table: 'priorities', removed: 2, cascade: 0, edited: 0 },
			{ table: 'actions', removed: 3, cascade: 3, edited: 0 },
			{ table: 'action_updates', removed: 3, cascade: 3, edited: 0 },
			{ table: 'risks', removed: 0, cascade: 0, edited: 2 }
		]);
		const after = { ...keep, plans, ...cascade.removeTables } as Workspace;
		expect(after.actions.map((a) => a.reference)).toEqual(['1.1', '1.2']);
		expect(after.action_updates.map((u) => u.action_reference)).toEqual(['1.2']);
		expect(after.risks.map((r) => r.linked_actions)).toEqual([[], [], []]);
		expect(missingReferences(after, PUBLISHED)).toEqual([]);
	});

	it('does not check plans and priorities while empty, before or after', () => {
		const current = goodWorkspace();
		expect(dependentsOf(current, { priorities: [] }, PUBLISHED).direct).toEqual([]);
		// Priorities were empty (not checked); a new table naming only 1 leaves actions of 2 and 3
		// pointing at nothing. They are named, though the change removes nothing they had.
		const before = { ...current, priorities: [] };
		const found = dependentsOf(before, { priorities: current.priorities.slice(0, 1) }, PUBLISHED);
		expect(found.direct).toEqual([
			expect.objectContaining({ table: 'actions', rows: 3, ids: ['2', '3'], wereThere: false })
		]);
	});

	it('counts published indicators as present; removing a local one takes it out of lists and triggers, and removes framework rows', () => {
		const current = goodWorkspace();
		const local_indicators = current.local_indicators.filter(
			(i) => i.id !== 'local_ehc_20wk_monthly'
		);
		const found = dependentsOf(current, { local_indicators }, PUBLISHED);
		expect(found.direct.map((g) => [g.table, g.columns, g.rows, g.removes])).toEqual([
			['framework', ['indicator_id'], 1, 'rows'],
			['actions', ['linked_indicators'], 2, 'references'],
			['risks', ['linked_indicators', 'trigger_indicator'], 1, 'references']
		]);
		expect(found.referring.map((r) => r.rows)).toEqual([1, 2, 1]);
		expect(found.removal).toEqual([
			{ table: 'framework', removed: 1, cascade: 0, edited: 0 },
			{ table: 'actions', removed: 0, cascade: 0, edited: 2 },
			{ table: 'risks', removed: 0, cascade: 0, edited: 1 }
		]);
		// 2.3 keeps its published indicator; the risk's trigger goes as a whole.
		expect(found.removeTables.actions?.map((a) => a.linked_indicators)).toEqual([
			[],
			[],
			['pct_within_20wk_excl_exceptions'],
			[],
			[]
		]);
		expect(found.removeTables.risks?.[0]).toMatchObject({
			linked_indicators: [],
			trigger_indicator: null,
			trigger_when: null,
			trigger_value: null
		});
		expect(found.removeTables.framework?.map((f) => f.measure_id)).toEqual(['T1', 'E1']);
	});

	it('leaves out rows that already pointed at nothing before the change', () => {
		const current = goodWorkspace();
		current.action_updates[0] = { ...current.action_updates[0], action_reference: '7.7' };
		const found = dependentsOf(current, { actions: only(current.actions, '2.3') }, PUBLISHED);
		expect(found.direct).toEqual([
			expect.objectContaining({ table: 'action_updates', rows: 1, ids: ['1.2'] }),
			expect.objectContaining({ table: 'risks', rows: 2, ids: ['2.4', '3.1'] })
		]);
		expect(found.removeTables.action_updates?.map((u) => u.action_reference)).toEqual([
			'7.7',
			'2.3',
			'2.3'
		]);
	});
});
