import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/workspace-fixtures/make-files';
import { importTable } from './import/import-table';
import { knownIds } from './known-ids';
import { TABLE_NAMES, emptyWorkspace, type Workspace } from './schemas';

const PUBLISHED = ['pct_within_20wk_excl_exceptions', 'tribunal_appeal_rate'];
const sorted = (ids: Iterable<string> | undefined) => (ids ? [...ids].sort() : ids);

function goodWorkspace(): Workspace {
	const workspace = emptyWorkspace() as Record<string, unknown[]>;
	for (const table of TABLE_NAMES)
		workspace[table] = importTable(table, fixture(`good/${table}.csv`), { file: table }).rows;
	return workspace as unknown as Workspace;
}

describe('the ids a workspace holds, for checking references', () => {
	it('collects each kind’s ids from its table, indicators with the published ones', () => {
		const known = knownIds(goodWorkspace(), { publishedIndicators: PUBLISHED });
		expect(Object.keys(known).sort()).toEqual([
			'actions',
			'indicators',
			'plans',
			'priorities',
			'risks'
		]);
		expect(sorted(known.plans)).toEqual(['PAP2025', 'WSOA2019']);
		expect(sorted(known.priorities)).toEqual(['1', '2', '3']);
		expect(sorted(known.actions)).toEqual(['1.1', '1.2', '2.3', '2.4', '3.1']);
		expect(sorted(known.risks)).toEqual(['SR1', 'SR2', 'SR3']);
		expect(sorted(known.indicators)).toEqual(
			[...PUBLISHED, 'local_ehc_20wk_monthly', 'local_requests', 'local_waiting_weeks'].sort()
		);
	});

	it('leaves plans and priorities out while their table is empty, so an area keeping only actions sees no problems', () => {
		const workspace = goodWorkspace();
		workspace.plans = [];
		workspace.priorities = [];
		const known = knownIds(workspace, { publishedIndicators: PUBLISHED });
		expect(known.plans).toBeUndefined();
		expect(known.priorities).toBeUndefined();
		const actions = importTable('actions', fixture('good/actions.csv'), {
			file: 'actions.csv',
			known
		});
		expect(actions.problems).toEqual([]);
	});

	it('checks actions’ priorities once the priorities table has rows', () => {
		const workspace = goodWorkspace();
		workspace.priorities = workspace.priorities.filter((p) => p.reference === '1');
		const actions = importTable('actions', fixture('good/actions.csv'), {
			file: 'actions.csv',
			known: knownIds(workspace, { publishedIndicators: PUBLISHED })
		});
		expect(actions.problems.map((p) => p.message)).toEqual([
			"Row 4, column 'Priority': there is no priority '2' in the priorities table",
			"Row 5, column 'Priority': there is no priority '2' in the priorities table",
			"Row 6, column 'Priority': there is no priority '3' in the priorities table"
		]);
	});

	it('keeps an empty actions or risks table, so updates and reviews for missing ones are reported', () => {
		const workspace = goodWorkspace();
		workspace.actions = [];
		workspace.risks = [];
		const known = knownIds(workspace, { publishedIndicators: PUBLISHED });
		expect(sorted(known.actions)).toEqual([]);
		expect(sorted(known.risks)).toEqual([]);
		const updates = importTable('action_updates', fixture('good/action_updates.csv'), {
			file: 'action_updates.csv',
			known
		});
		expect(updates.goodRows).toBe(0);
	});

	it('leaves out the table being replaced, and tables it was not given', () => {
		const workspace = goodWorkspace();
		const known = knownIds(
			{ actions: workspace.actions, priorities: workspace.priorities },
			{ except: 'priorities', publishedIndicators: PUBLISHED }
		);
		expect(Object.keys(known)).toEqual(['actions']);
		// Without the local indicators, no indicator id can be called missing.
		expect(knownIds({}, { publishedIndicators: PUBLISHED })).toEqual({});
		expect(
			sorted(knownIds({ local_indicators: [] }, { publishedIndicators: PUBLISHED }).indicators)
		).toEqual(PUBLISHED);
	});
});
