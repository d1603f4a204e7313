import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LAYOUTS, type RowOf, type TableName } from '.';

/**
 * Every table schema with a good row and bad variants: each bad variant must fail on the field
 * named, with a message a person can read.
 */
const GOOD: { [T in TableName]: RowOf<T> } = {
	meetings: {
		date: '2026-12-03',
		board: 'Health and Wellbeing Board',
		title: 'SEND update',
		papers_due: '2026-11-19',
		location: null,
		notes: null
	},
	local_indicators: {
		id: 'local_ehc_20wk_monthly',
		title: 'EHC plans issued within 20 weeks (month)',
		unit: 'percent',
		unit_label: null,
		polarity: 'high',
		period_type: 'monthly',
		period: '2026-07',
		value: 46.2,
		numerator: 30,
		denominator: 65,
		source_note: null
	},
	framework: {
		measure_id: 'T1',
		domain: 'Timeliness and quality of EHC plans',
		outcome: 'My plan is agreed in good time',
		measure: 'New EHC plans issued within 20 weeks',
		indicator_id: 'pct_within_20wk_excl_exceptions',
		baseline_value: 16.1,
		baseline_period: '2024',
		target_value: 60,
		target_date: '2027-12-31',
		milestones: [{ value: 30, date: '2026-03-31' }],
		comparator: 'target',
		tolerance: 5,
		owner: 'Head of SEND Services',
		reported_to_board: true
	},
	plans: {
		id: 'PAP2025',
		type: 'priority_action_plan',
		title: 'Priority action plan (area SEND) 2025',
		inspection_date: '2025-03-14',
		inspection_outcome: 'systemic_failings',
		approval_date: '2025-05-30',
		status: 'active',
		notes: null
	},
	priorities: {
		reference: '2',
		plan_id: 'PAP2025',
		text: 'Leaders should make sure that EHC plans are issued within statutory timescales.',
		short_title: 'Timeliness of EHC plans',
		responsible_bodies: ['Local authority', 'ICB'],
		champion: 'Cabinet Member for Children and Learning',
		notes: null
	},
	actions: {
		reference: '2.3',
		priority: '2',
		description: 'Recruit two additional EHC plan coordinators',
		lead_officer: 'Head of SEND Services',
		partner_organisation: 'Local authority',
		start_date: '2026-05-01',
		due_date: '2026-09-30',
		revised_due_date: '2026-12-31',
		revision_reason: 'First round did not appoint',
		status: 'off_track',
		percent_complete: 40,
		linked_indicators: ['local_ehc_20wk_monthly'],
		expected_direction: 'increase',
		notes: null
	},
	action_updates: {
		action_reference: '2.3',
		date: '2026-10-15',
		status: 'off_track',
		percent_complete: 40,
		revised_due_date: '2026-12-31',
		revision_reason: 'First round did not appoint',
		commentary: 'Second round re-advertised',
		evidence: ['https://example.org/jobs'],
		author: null
	},
	risks: {
		id: 'SR1',
		title: 'EHC plans not issued within 20 weeks',
		cause: null,
		event: null,
		effect: null,
		category: 'operations',
		linked_to: null,
		owner: 'Director of Children’s Services',
		lead_organisation: null,
		inherent_likelihood: 5,
		inherent_impact: 4,
		current_likelihood: 4,
		current_impact: 4,
		target_likelihood: null,
		target_impact: null,
		target_date: null,
		appetite_score: 8,
		appetite_level: 'cautious',
		controls: null,
		controls_effectiveness: 'partly_effective',
		gaps_in_control: null,
		assurance_first_line: null,
		assurance_second_line: null,
		assurance_third_line: null,
		gaps_in_assurance: null,
		linked_actions: ['2.3'],
		date_raised: '2026-04-01',
		last_reviewed: '2026-10-01',
		next_review_due: '2027-01-01',
		escalation_level: 'hwbb',
		status: 'open',
		linked_indicators: ['local_ehc_20wk_monthly'],
		trigger_indicator: 'local_ehc_20wk_monthly',
		trigger_when: 'below',
		trigger_value: 50
	},
	risk_reviews: {
		risk_id: 'SR1',
		date: '2026-10-01',
		likelihood: 4,
		impact: 4,
		status: 'open',
		escalation_level: 'hwbb',
		note: null,
		reviewer: null
	},
	survey_responses: {
		survey: 'POET parent and carer survey',
		wave: 'Autumn 2026',
		wave_date: '2026-11-30',
		respondent_group: 'parent_carer',
		subgroup: null,
		question_id: 'Q4',
		question: 'My views were taken into account',
		theme: 'Being heard',
		response: 'Agree',
		response_order: 2,
		positive: true,
		count: 1050
	}
};

/** [what is wrong, the change, the field the problem must be reported on] */
const BAD: {
	[T in TableName]: [string, Partial<Record<keyof RowOf<T>, unknown>>, keyof RowOf<T>][];
} = {
	meetings: [
		['impossible date', { date: '2026-02-30' }, 'date'],
		['blank board', { board: '' }, 'board'],
		['papers due after the meeting', { papers_due: '2026-12-10' }, 'papers_due']
	],
	local_indicators: [
		['id with spaces', { id: 'local ehc' }, 'id'],
		['unknown unit', { unit: 'weeks' }, 'unit'],
		['period not a month', { period: '2026-13' }, 'period'],
		['percentage over 100', { value: 140 }, 'value'],
		['numerator above denominator', { numerator: 70 }, 'numerator'],
		['percentage that does not match its counts', { value: 80 }, 'value']
	],
	framework: [
		['target without a date', { target_date: null }, 'target_date'],
		['comparator target with no target', { target_value: null, target_date: null }, 'comparator'],
		[
			'milestone after the target date',
			{ milestones: [{ value: 70, date: '2028-06-30' }] },
			'milestones'
		],
		['negative tolerance', { tolerance: -1 }, 'tolerance'],
		['unknown comparator', { comparator: 'london' }, 'comparator']
	],
	plans: [
		['unknown type', { type: 'recovery_plan' }, 'type'],
		['blank title', { title: '' }, 'title'],
		['impossible inspection date', { inspection_date: '2025-02-29' }, 'inspection_date'],
		['outcome with no inspection date', { inspection_date: null }, 'inspection_date'],
		['unknown outcome', { inspection_outcome: 'good' }, 'inspection_outcome'],
		['approval before the inspection', { approval_date: '2025-01-31' }, 'approval_date'],
		['unknown status', { status: 'paused' }, 'status'],
		['id with two spaces', { id: 'PAP  2025' }, 'id']
	],
	priorities: [
		['no plan', { plan_id: '' }, 'plan_id'],
		['blank wording', { text: '' }, 'text'],
		['a blank responsible body', { responsible_bodies: ['ICB', ''] }, 'responsible_bodies'],
		['untrimmed champion', { champion: ' Cabinet Member ' }, 'champion']
	],
	actions: [
		['unknown status', { status: 'green' }, 'status'],
		['due before start', { due_date: '2026-04-01' }, 'due_date'],
		['revised date with no reason', { revision_reason: null }, 'revision_reason'],
		['reason with no revised date', { revised_due_date: null }, 'revised_due_date'],
		['% complete over 100', { percent_complete: 120 }, 'percent_complete'],
		['direction with no indicator', { linked_indicators: [] }, 'linked_indicators'],
		['untrimmed text', { description: ' Recruit ' }, 'description']
	],
	action_updates: [
		['missing action reference', { action_reference: '' }, 'action_reference'],
		['impossible date', { date: '2026-09-31' }, 'date'],
		['unknown status', { status: 'amber' }, 'status'],
		['revised date with no reason', { revision_reason: null }, 'revision_reason'],
		['reason with no revised date', { revised_due_date: null }, 'revised_due_date'],
		['impossible revised date', { revised_due_date: '2026-11-31' }, 'revised_due_date']
	],
	risks: [
		['likelihood 6', { current_likelihood: 6 }, 'current_likelihood'],
		['likelihood without impact', { inherent_impact: null }, 'inherent_impact'],
		['trigger with no value', { trigger_value: null }, 'trigger_value'],
		['unknown escalation level', { escalation_level: 'cabinet' }, 'escalation_level'],
		['next review before the last', { next_review_due: '2026-09-01' }, 'next_review_due'],
		['appetite over 25', { appetite_score: 30 }, 'appetite_score'],
		['status unknown', { status: 'dormant' }, 'status']
	],
	risk_reviews: [
		['impact 0', { impact: 0 }, 'impact'],
		['likelihood 2.5', { likelihood: 2.5 }, 'likelihood'],
		['unknown status', { status: 'dormant' }, 'status'],
		['unknown escalation level', { escalation_level: 'cabinet' }, 'escalation_level']
	],
	survey_responses: [
		['negative count', { count: -1 }, 'count'],
		['unknown respondent group', { respondent_group: 'teacher' }, 'respondent_group'],
		['order 0', { response_order: 0 }, 'response_order'],
		['count not whole', { count: 2.5 }, 'count']
	]
};

describe.each(Object.keys(GOOD) as TableName[])('the %s schema', (table) => {
	const schema = LAYOUTS[table].schema as z.ZodType;
	it('accepts a good row unchanged', () => {
		expect(schema.parse(GOOD[table])).toEqual(GOOD[table]);
	});
	it.each(BAD[table] as [string, Record<string, unknown>, string][])(
		'rejects a row with %s',
		(_, change, field) => {
			const result = schema.safeParse({ ...GOOD[table], ...change });
			expect(result.success).toBe(false);
			const issue = result.error!.issues.find((i) => i.path[0] === field);
			expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
			expect(issue!.message.length).toBeGreaterThan(3);
		}
	);
	it('rejects a row with a field missing', () => {
		const [first] = Object.keys(GOOD[table]);
		const row: Record<string, unknown> = { ...GOOD[table] };
		delete row[first];
		expect(schema.safeParse(row).success).toBe(false);
	});
});
