import { describe, expect, it } from 'vitest';
import { dependentsOf } from '$lib/workspace';
import {
	GOOD_PUBLISHED as PUBLISHED,
	goodWorkspace
} from '../../../../../tests/workspace-fixtures/good-workspace';
import {
	acceptSuffix,
	dependentsSummary,
	keepHint,
	keepWords,
	othersDone,
	removeHint,
	removeWords
} from './dependents-words';

const file = { kind: 'file', file: 'actions.csv' } as const;
const zip = { kind: 'zip', file: 'plans.zip' } as const;

describe('the words for rows that refer to rows an import removes', () => {
	const current = goodWorkspace();
	const actions = dependentsOf(
		current,
		{ actions: current.actions.filter((a) => ['1.1', '2.4', '3.1'].includes(a.reference)) },
		PUBLISHED
	);

	it('name them, with what they refer to, before anything changes', () => {
		expect(dependentsSummary(actions, file)).toBe(
			'4 action updates and 1 risk refer to actions that actions.csv removes (2.3 and 1.2).'
		);
		expect(keepWords(actions)).toBe(
			'Keep them as they are, flagged as referring to missing actions'
		);
		expect(keepHint(actions)).toBe(
			'Nothing else changes and nothing is lost. Each table’s card lists the rows that refer to something missing; importing the missing actions again makes them whole.'
		);
		// The label says what the choice does, even when some rows stay (the risks lose links only).
		expect(removeWords(actions)).toBe(
			'Remove the 4 action updates, and take the links to the removed actions out of 1 risk'
		);
		expect(removeHint(actions)).toBe(
			'The 1 risk stays, with its other links. “Undo the last change” puts all of it back.'
		);
	});

	it('say on the accept button what is kept, or exactly what goes', () => {
		const onlyLinks = dependentsOf(
			current,
			{ actions: current.actions.filter((a) => a.reference !== '3.1') },
			PUBLISHED
		);
		expect(acceptSuffix(onlyLinks, true, file)).toBe(
			'; take the links to the others out of 1 risk'
		);
		expect(removeWords(onlyLinks)).toBe('Take the links to the removed actions out of 1 risk');
		const onlyRows = dependentsOf(current, { risks: [] }, PUBLISHED);
		expect(removeWords(onlyRows)).toBe('Remove the 4 risk reviews too');
		expect(removeHint(onlyRows)).toBe('“Undo the last change” puts all of it back.');
		expect(acceptSuffix(actions, false, file)).toBe(
			'; keep the 4 action updates and 1 risk that refer to the others, flagged'
		);
		expect(acceptSuffix(actions, true, file)).toBe(
			'; remove the 4 action updates that refer to the others and the links to them from 1 risk'
		);
	});

	it('say what happened on each other table’s card', () => {
		expect(othersDone(actions, false)).toEqual({
			action_updates:
				'Action updates: 4 action updates now refer to actions that are not there; kept, and flagged.',
			risks: 'Risk register: 1 risk now refers to actions that are not there; kept, and flagged.'
		});
		expect(othersDone(actions, true)).toEqual({
			action_updates: 'Action updates: removed 4 action updates that referred to removed actions.',
			risks: 'Risk register: took the links to removed actions out of 1 risk.'
		});
	});

	it('say so when removing some rows takes others with them (the cascade)', () => {
		const keep = {
			...current,
			priorities: [
				{ ...current.priorities[0], plan_id: 'WSOA2019' },
				...current.priorities.slice(1)
			]
		};
		const plans = dependentsOf(keep, { plans: current.plans.slice(1) }, PUBLISHED);
		expect(dependentsSummary(plans, zip)).toBe(
			'2 priorities refer to plans that plans.zip removes (PAP2025).'
		);
		expect(removeWords(plans)).toBe(
			'Remove the 2 priorities, 3 actions and 3 action updates, and take the links to the removed actions out of 2 risks'
		);
		expect(removeHint(plans)).toBe(
			'Of those, 3 actions and 3 action updates go only because they refer to rows removed with the others. The 2 risks stay, with their other links. “Undo the last change” puts all of it back.'
		);
		expect(acceptSuffix(plans, true, zip)).toBe(
			'; remove the 2 priorities that refer to rows it removes, with the 3 actions and 3 action updates that refer to those, and the links to them from 2 risks'
		);
		expect(othersDone(plans, true)).toEqual({
			priorities: 'Priorities: removed 2 priorities that referred to removed plans.',
			actions: 'Actions: removed 3 actions that referred to removed priorities.',
			action_updates: 'Action updates: removed 3 action updates that referred to removed actions.',
			risks: 'Risk register: took the links to removed actions out of 2 risks.'
		});
	});
});
