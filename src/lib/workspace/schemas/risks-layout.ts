import { col } from './columns';
import { defineLayout } from './layout';
import {
	APPETITE_WORDS,
	EFFECTIVENESS_WORDS,
	ESCALATION_WORDS,
	RISK_STATUS_WORDS,
	TRIGGER_WORDS,
	riskSchema,
	type Risk
} from './risks';

/** The risk register's CSV layout (in its own file because the register has 34 columns). */

type Key = keyof Risk & string;
const scored = (key: Key, header: string, about: string, example: string, required = false) =>
	col.number(key, header, { integer: true, min: 1, max: 5 }, { required, about, example });
const note = (key: Key, header: string, about: string, example = '', aliases: string[] = []) =>
	col.text(key, header, { about, example, aliases });

export const risksLayout = defineLayout({
	name: 'risks',
	title: 'Risk register',
	about: 'One row per risk, with its current scores. Re-scorings over time go in risk reviews.',
	schema: riskSchema,
	key: ['id'],
	columns: [
		col.ref('id', 'Risk id', {
			required: true,
			aliases: ['Id', 'Risk ref', 'Ref', 'Risk number'],
			about: 'The risk’s unique reference, e.g. SR3.',
			example: 'SR3'
		}),
		col.text('title', 'Title', {
			required: true,
			aliases: ['Risk', 'Risk title'],
			about: 'The risk in a few words.',
			example: 'EHC plans not issued within 20 weeks'
		}),
		note(
			'cause',
			'Cause',
			'What could lead to it.',
			'Rising requests and vacancies in the EHC team'
		),
		note('event', 'Event', 'What could happen.', 'Plans are issued late'),
		note(
			'effect',
			'Effect',
			'What it would mean for children and families.',
			'Support starts late; tribunal appeals rise'
		),
		note(
			'category',
			'Category',
			'The register’s category, e.g. operations or financial.',
			'operations'
		),
		note('linked_to', 'Linked to', 'The priority or outcome the risk threatens.', 'Priority 2', [
			'Linked priority',
			'Linked outcome'
		]),
		col.text('owner', 'Owner', {
			required: true,
			aliases: ['Risk owner'],
			about: 'The named executive who owns the risk.',
			example: 'Director of Children’s Services'
		}),
		note(
			'lead_organisation',
			'Lead organisation',
			'The local authority, the ICB or another partner.',
			'Local authority',
			['Organisation']
		),
		scored(
			'inherent_likelihood',
			'Inherent likelihood',
			'Likelihood 1–5 before any controls.',
			'4'
		),
		scored('inherent_impact', 'Inherent impact', 'Impact 1–5 before any controls.', '4'),
		scored(
			'current_likelihood',
			'Current likelihood',
			'Likelihood 1–5 now, with controls.',
			'4',
			true
		),
		scored('current_impact', 'Current impact', 'Impact 1–5 now, with controls.', '3', true),
		scored(
			'target_likelihood',
			'Target likelihood',
			'Likelihood 1–5 aimed for by the target date.',
			'2'
		),
		scored('target_impact', 'Target impact', 'Impact 1–5 aimed for by the target date.', '3'),
		col.date('target_date', 'Target date', {
			about: 'When the target score should be reached.',
			example: '31/03/2027'
		}),
		col.number(
			'appetite_score',
			'Appetite score',
			{ integer: true, min: 1, max: 25 },
			{
				aliases: ['Risk appetite score', 'Tolerance score'],
				about: 'The highest score the partnership is prepared to carry for this risk.',
				example: '8'
			}
		),
		col.words('appetite_level', 'Appetite level', APPETITE_WORDS, {
			aliases: ['Risk appetite'],
			about: 'How much of this risk the partnership will accept, in words.',
			example: 'cautious'
		}),
		note(
			'controls',
			'Controls',
			'What is in place to manage the risk, one per line.',
			'Weekly timeliness tracker; agency caseworkers'
		),
		col.words('controls_effectiveness', 'Controls effectiveness', EFFECTIVENESS_WORDS, {
			about: 'How well the controls work overall.',
			example: 'partly effective'
		}),
		note(
			'gaps_in_control',
			'Gaps in control',
			'What is missing from the controls.',
			'No cover for educational psychology advice'
		),
		note(
			'assurance_first_line',
			'Assurance (1st line)',
			'Management assurance: the service’s own checks.',
			'Monthly performance report',
			['First line assurance']
		),
		note(
			'assurance_second_line',
			'Assurance (2nd line)',
			'Oversight: boards, performance and compliance teams.',
			'SEND Partnership Board review',
			['Second line assurance']
		),
		note(
			'assurance_third_line',
			'Assurance (3rd line)',
			'Independent: internal audit, inspection.',
			'Internal audit 2026/27',
			['Third line assurance']
		),
		note('gaps_in_assurance', 'Gaps in assurance', 'Where assurance is missing.', ''),
		col.refList('linked_actions', 'Linked actions', {
			refersTo: 'actions',
			aliases: ['Actions', 'Mitigating actions'],
			about: 'References of the plan actions that treat this risk.',
			example: '2.3'
		}),
		col.date('date_raised', 'Date raised', {
			aliases: ['Raised'],
			about: 'When the risk was added.',
			example: '01/04/2026'
		}),
		col.date('last_reviewed', 'Last reviewed', {
			aliases: ['Last review'],
			about: 'When it was last reviewed.',
			example: '01/10/2026'
		}),
		col.date('next_review_due', 'Next review due', {
			aliases: ['Next review'],
			about: 'When it is next due for review.',
			example: '01/01/2027'
		}),
		col.words('escalation_level', 'Escalation level', ESCALATION_WORDS, {
			aliases: ['Escalated to'],
			about:
				'Where the risk is held: team, SEND partnership board or the Health and Wellbeing Board.',
			example: 'partnership board'
		}),
		col.words('status', 'Status', RISK_STATUS_WORDS, {
			required: true,
			about: 'Open, closed or transferred.',
			example: 'open'
		}),
		col.indicatorList('linked_indicators', 'Linked indicators', {
			refersTo: 'indicators',
			about: 'Ids of published or local indicators that show the risk.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.indicator('trigger_indicator', 'Trigger indicator', {
			refersTo: 'indicators',
			about: 'The indicator whose value should prompt a review.',
			example: 'local_ehc_20wk_monthly'
		}),
		col.words('trigger_when', 'Trigger when', TRIGGER_WORDS, {
			about: 'Whether the trigger fires when the indicator falls below or rises above the value.',
			example: 'below'
		}),
		col.number(
			'trigger_value',
			'Trigger value',
			{},
			{ about: 'The trigger’s value, in the indicator’s unit.', example: '50' }
		)
	]
});
