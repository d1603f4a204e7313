import { describe, expect, it } from 'vitest';
import {
	GOOD_PUBLISHED as PUBLISHED,
	goodWorkspace
} from '../../../tests/workspace-fixtures/good-workspace';
import { groupMissing, missingReferences, missingWords } from './missing-references';
import { rowName } from './row-words';

describe('missingReferences: rows whose references resolve to nothing', () => {
	it('finds none in a workspace whose references all resolve', () => {
		expect(missingReferences(goodWorkspace(), PUBLISHED)).toEqual([]);
	});

	it('names an update of an action that is not in the actions table, by its key', () => {
		const workspace = goodWorkspace();
		workspace.actions = workspace.actions.filter((a) => a.reference !== '2.3');
		const missing = missingReferences(workspace, PUBLISHED);
		expect(missing.filter((m) => m.table === 'action_updates')).toEqual([
			{
				table: 'action_updates',
				row: 0,
				key: ['2.3', '2026-07-15'],
				column: 'action_reference',
				kind: 'actions',
				ids: ['2.3']
			},
			expect.objectContaining({ row: 1, key: ['2.3', '2026-09-15'] }),
			expect.objectContaining({ row: 2, key: ['2.3', '2026-10-15'] })
		]);
	});

	it('names only the missing ids of a list: a risk linked to 2.3 and 2.4, with 2.3 gone', () => {
		const workspace = goodWorkspace();
		workspace.actions = workspace.actions.filter((a) => a.reference !== '2.3');
		expect(missingReferences(workspace, PUBLISHED).filter((m) => m.table === 'risks')).toEqual([
			{
				table: 'risks',
				row: 0,
				key: ['SR1'],
				column: 'linked_actions',
				kind: 'actions',
				ids: ['2.3']
			}
		]);
	});

	it('names reviews of a risk that is not in the risk register', () => {
		const workspace = goodWorkspace();
		workspace.risks = workspace.risks.filter((r) => r.id !== 'SR1');
		const missing = missingReferences(workspace, PUBLISHED);
		expect(missing.map((m) => [m.table, m.key.join(' '), m.ids])).toEqual([
			['risk_reviews', 'SR1 2026-07-01', ['SR1']],
			['risk_reviews', 'SR1 2026-10-01', ['SR1']]
		]);
	});

	it('does not check plans and priorities while their table is empty', () => {
		const workspace = goodWorkspace();
		workspace.priorities = [];
		workspace.plans = [];
		expect(missingReferences(workspace, PUBLISHED)).toEqual([]);
		// Priorities with rows are checked; plans, still empty, are not.
		workspace.priorities = goodWorkspace().priorities.filter((p) => p.reference === '1');
		expect(
			missingReferences(workspace, PUBLISHED).map((m) => [m.table, m.key[0], m.column])
		).toEqual([
			['actions', '2.3', 'priority'],
			['actions', '2.4', 'priority'],
			['actions', '3.1', 'priority']
		]);
	});

	it('counts published indicator ids as present, and local ones only while in the local table', () => {
		const workspace = goodWorkspace();
		expect(missingReferences(workspace, [])).toEqual([
			expect.objectContaining({
				table: 'framework',
				key: ['T1'],
				ids: ['pct_within_20wk_excl_exceptions']
			}),
			expect.objectContaining({ table: 'framework', key: ['E1'], ids: ['tribunal_appeal_rate'] }),
			expect.objectContaining({
				table: 'actions',
				key: ['2.3'],
				ids: ['pct_within_20wk_excl_exceptions']
			})
		]);
		workspace.local_indicators = workspace.local_indicators.filter(
			(i) => i.id !== 'local_ehc_20wk_monthly'
		);
		expect(
			missingReferences(workspace, PUBLISHED).map((m) => [m.table, m.key[0], m.column])
		).toEqual([
			['framework', 'T2', 'indicator_id'],
			['actions', '2.3', 'linked_indicators'],
			['actions', '2.4', 'linked_indicators'],
			['risks', 'SR1', 'linked_indicators'],
			['risks', 'SR1', 'trigger_indicator']
		]);
	});
});

describe('groupMissing and missingWords: a line per column for a table’s card', () => {
	it('counts rows, names a few of them by their key, and names each missing id once', () => {
		const workspace = goodWorkspace();
		workspace.actions = workspace.actions.filter((a) => a.reference === '1.1');
		const groups = groupMissing(missingReferences(workspace, PUBLISHED));
		expect(groups.map((g) => [g.table, g.keys])).toEqual([
			[
				'action_updates',
				[
					['2.3', '2026-07-15'],
					['2.3', '2026-09-15'],
					['2.3', '2026-10-15'],
					['1.2', '2026-10-01']
				]
			],
			['risks', [['SR1'], ['SR3']]]
		]);
		// An update is named by its action already; a risk by its own id.
		expect(groups.map(missingWords)).toEqual([
			'4 action updates refer to actions that are not in the Actions table: 2.3 and 1.2.',
			'2 risks (SR1 and SR3) refer to actions that are not in the Actions table: 2.3, 2.4 and 3.1.'
		]);
	});

	it('says one row and one id in the singular, and where indicators and risks live', () => {
		const one = { rows: 1, ids: ['x'] };
		expect(
			missingWords({
				table: 'risk_reviews',
				column: 'risk_id',
				kind: 'risks',
				keys: [['x', '2026-01-01']],
				...one
			})
		).toBe('1 risk review refers to a risk that is not in the Risk register: x.');
		expect(
			missingWords({
				table: 'framework',
				column: 'indicator_id',
				kind: 'indicators',
				keys: [['T1']],
				...one
			})
		).toBe(
			'1 outcomes framework measure (T1) refers to an indicator that is neither published nor in the Local indicators table: x.'
		);
		const keys = ['SR1', 'SR3', 'SR4', 'SR5', 'SR6', 'SR7', 'SR8', 'SR9', 'SR10'].map((k) => [k]);
		expect(
			missingWords({
				table: 'risks',
				column: 'linked_actions',
				kind: 'actions',
				rows: 9,
				keys,
				ids: ['a', 'b', 'c', 'd', 'e', 'f', 'g']
			})
		).toBe(
			'9 risks (SR1, SR3, SR4 and 6 more) refer to actions that are not in the Actions table: a, b, c, d, e and 2 more.'
		);
	});

	it('names a row by its key, a key of more than one column with the rest in brackets', () => {
		expect(rowName(['SR1'])).toBe('SR1');
		expect(rowName(['1.6', '2025-06-03'])).toBe('1.6 (2025-06-03)');
		expect(rowName(['Parents', '2025', '', 'Q1'])).toBe('Parents (2025, Q1)');
	});
});
