/**
 * The demo workspace (data/local/demo/): illustrative local data for the demo area,
 * Southend-on-Sea, one CSV per workspace table. Each file must import through the same code as
 * an officer's file, with no problems, its references checked across tables (priorities →
 * plans, actions → priorities, updates → actions, reviews → risks, links → published and local
 * indicators); the published indicators it names must exist in the built data model; and the
 * rows must tell the story the later views need (a plan and its priorities, slippage and moved
 * dates, rising, escalated and closed risks, small survey groups), always labelled as
 * illustrative.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPeriod, type PeriodType } from '$lib/domain/periods';
import {
	TABLE_NAMES,
	exportCsv,
	importTable,
	templateCsv,
	type ImportReport,
	type KnownIds,
	type RowOf,
	type TableName
} from '$lib/workspace';
import { INDICATORS } from '../../scripts/data-build/catalogue';
import { SOURCE_MODULES } from '../../scripts/data-build/modules';
import { workspaceStatements } from '$lib/workspace/sql-tables';
import { useBuiltModel } from './support/built-model';

const DEMO = join(process.cwd(), 'data', 'local', 'demo');
const SOUTHEND = 'E06000033';
/** The day the demo is written as of: the views' "today" when they show it. */
const AS_AT = '2026-11-26';
const ILLUSTRATIVE = 'Illustrative demo data';

const EXPECTED_ROWS: Record<TableName, number> = {
	meetings: 23,
	local_indicators: 126,
	framework: 22,
	plans: 1,
	priorities: 5,
	actions: 32,
	action_updates: 147,
	risks: 13,
	risk_reviews: 64,
	survey_responses: 260
};

const fileOf = (table: TableName) => `${table}.csv`;
const bytesOf = (table: TableName) => new Uint8Array(readFileSync(join(DEMO, fileOf(table))));
const textOf = (table: TableName) => readFileSync(join(DEMO, fileOf(table)), 'utf8');

/** Published indicator ids, from the catalogue and the source modules (as the app's build has). */
const PUBLISHED_IDS = [...INDICATORS, ...SOURCE_MODULES.flatMap((m) => m.indicators)].map(
	(i) => i.id
);

/**
 * Every table imported as the Your data page would, tables others refer to first, so each
 * reference is checked against the rows actually in the demo.
 */
function importDemo(): { [T in TableName]: ImportReport<T> } {
	const known: KnownIds = { indicators: PUBLISHED_IDS };
	const run = <T extends TableName>(table: T) =>
		importTable(table, bytesOf(table), { file: fileOf(table), known });
	const local_indicators = run('local_indicators');
	known.indicators = [...PUBLISHED_IDS, ...local_indicators.rows.map((r) => r.id)];
	const plans = run('plans');
	known.plans = plans.rows.map((r) => r.id);
	const priorities = run('priorities');
	known.priorities = priorities.rows.map((r) => r.reference);
	const actions = run('actions');
	known.actions = actions.rows.map((r) => r.reference);
	const risks = run('risks');
	known.risks = risks.rows.map((r) => r.id);
	return {
		meetings: run('meetings'),
		local_indicators,
		framework: run('framework'),
		plans,
		priorities,
		actions,
		action_updates: run('action_updates'),
		risks,
		risk_reviews: run('risk_reviews'),
		survey_responses: run('survey_responses')
	};
}

const reports = importDemo();
const rowsOf = <T extends TableName>(table: T): RowOf<T>[] => reports[table].rows;
const latest = <R extends { date: string }>(rows: R[]): R =>
	rows.reduce((a, b) => (b.date > a.date ? b : a));
const monthsBetween = (from: string, to: string) =>
	(+to.slice(0, 4) - +from.slice(0, 4)) * 12 + (+to.slice(5, 7) - +from.slice(5, 7));

const localIds = new Set(rowsOf('local_indicators').map((r) => r.id));
const localSeries = (id: string) =>
	rowsOf('local_indicators')
		.filter((r) => r.id === id)
		.sort((a, b) => a.period.localeCompare(b.period));
const latestLocal = (id: string) => localSeries(id).at(-1)!.value;

// ---------------------------------------------------------------------------------------------

describe('the demo workspace files', () => {
	it.each(TABLE_NAMES)('%s.csv has exactly the headings of its CSV layout', (table) => {
		const heading = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0];
		expect(heading(textOf(table))).toBe(heading(templateCsv(table)));
	});

	it.each(TABLE_NAMES)('%s.csv imports with no problems and the expected rows', (table) => {
		const report = reports[table];
		expect(report.refused).toBe(false);
		expect(report.format).toBe('csv');
		expect(report.problems).toEqual([]);
		expect(report.problemCount).toBe(0);
		expect(report.notices).toEqual([]);
		expect(report.badRows).toBe(0);
		expect(report.goodRows).toBe(EXPECTED_ROWS[table]);
		expect(report.rows).toHaveLength(EXPECTED_ROWS[table]);
	});

	it.each(TABLE_NAMES)('%s.csv is exactly what exporting its rows writes', (table) => {
		// So "reset to demo" followed by "export" gives back the shipped file.
		expect(exportCsv(table, rowsOf(table))).toBe(textOf(table));
	});

	it('references are checked: without the other tables the same files are refused row by row', () => {
		// Guards the test itself: the known ids above really are what makes the references pass.
		const updates = importTable('action_updates', bytesOf('action_updates'), {
			file: 'action_updates.csv',
			known: { actions: ['1.1'] }
		});
		expect(updates.badRows).toBeGreaterThan(0);
		const framework = importTable('framework', bytesOf('framework'), {
			file: 'framework.csv',
			known: { indicators: PUBLISHED_IDS }
		});
		expect(framework.problems.map((p) => p.message).join('\n')).toContain('local_ehc_20wk_monthly');
		const actions = importTable('actions', bytesOf('actions'), {
			file: 'actions.csv',
			known: { priorities: ['1'] }
		});
		expect(actions.goodRows).toBe(rowsOf('actions').filter((a) => a.priority === '1').length);
		const priorities = importTable('priorities', bytesOf('priorities'), {
			file: 'priorities.csv',
			known: { plans: ['another plan'] }
		});
		expect(priorities.goodRows).toBe(0);
	});

	it('says on every row with a note, source or commentary that it is illustrative', () => {
		for (const r of rowsOf('meetings')) expect(r.notes).toContain(ILLUSTRATIVE);
		for (const r of rowsOf('plans')) {
			expect(r.title).toContain('(illustrative)');
			expect(r.notes).toContain(ILLUSTRATIVE);
		}
		for (const r of rowsOf('priorities')) {
			expect(r.text).toContain(ILLUSTRATIVE);
			expect(r.champion).toContain('(illustrative)');
			expect(r.notes).toContain(ILLUSTRATIVE);
		}
		for (const r of rowsOf('local_indicators')) expect(r.source_note).toContain(ILLUSTRATIVE);
		for (const r of rowsOf('actions')) expect(r.notes).toContain(ILLUSTRATIVE);
		for (const r of rowsOf('action_updates')) expect(r.commentary).toContain(ILLUSTRATIVE);
		for (const r of rowsOf('risk_reviews')) expect(r.note).toContain(ILLUSTRATIVE);
		for (const r of rowsOf('survey_responses')) expect(r.survey).toMatch(/^Illustrative demo/);
	});

	it('is listed for Southend-on-Sea as at the day its story is written', () => {
		// The app pins "today" to this date while the demo rows are in use (see domain/as-of).
		const list = JSON.parse(readFileSync(join(DEMO, '..', 'workspaces.json'), 'utf8'));
		expect(list[SOUTHEND]).toMatchObject({ dir: 'demo', illustrative: true, as_of: AS_AT });
	});

	it('uses job titles and example.org links, not people or real pages', () => {
		const evidence = rowsOf('action_updates').flatMap((u) => u.evidence);
		expect(evidence.length).toBeGreaterThan(10);
		for (const link of evidence) expect(link).toMatch(/^https:\/\/example\.org\//);
		const people = [
			...rowsOf('actions').map((a) => a.lead_officer),
			...rowsOf('action_updates').map((u) => u.author),
			...rowsOf('risks').map((r) => r.owner),
			...rowsOf('risk_reviews').map((r) => r.reviewer),
			...rowsOf('framework').map((m) => m.owner)
		];
		for (const who of people)
			expect(who).toMatch(
				/Head|Director|Officer|Manager|Lead|Psychologist|Board|Clinical|Principal/
			);
		// Champions are board members, named by the role they hold on the board.
		for (const r of rowsOf('priorities'))
			expect(r.champion).toMatch(/^[^(]*(Member|Director|representative)\b[^(]* \(illustrative\)$/);
	});
});

describe('the story the later views need', () => {
	it('has a calendar of both boards from March 2025 to December 2026, papers due before each', () => {
		const meetings = rowsOf('meetings');
		const boards = new Set(meetings.map((m) => m.board));
		expect(boards).toEqual(new Set(['Health and Wellbeing Board', 'SEND Partnership Board']));
		expect(meetings[0].date.slice(0, 7)).toBe('2025-03');
		expect(meetings.at(-1)!.date.slice(0, 7)).toBe('2026-12');
		// The next meetings are still to come, so a board paper has one to be written for.
		expect(meetings.filter((m) => m.date > AS_AT).length).toBeGreaterThanOrEqual(2);
		for (const m of meetings) {
			expect(m.papers_due).not.toBeNull();
			const days = (Date.parse(m.date) - Date.parse(m.papers_due!)) / 86_400_000;
			expect(days).toBeGreaterThanOrEqual(14);
			expect(days).toBeLessThanOrEqual(20);
		}
	});

	it('has 18 months of monthly values for each local indicator, one of them missing with a reason', () => {
		for (const id of localIds) {
			const series = localSeries(id);
			expect(series).toHaveLength(18);
			expect(series[0].period).toBe('2025-05');
			expect(series.at(-1)!.period).toBe('2026-10');
		}
		const missing = rowsOf('local_indicators').filter((r) => r.value === null);
		expect(missing).toHaveLength(1);
		expect(missing[0].source_note).toMatch(/no figure/i);
	});

	it('frames six domains of about three measures, most from published indicators', () => {
		const framework = rowsOf('framework');
		const domains = [...new Set(framework.map((m) => m.domain))];
		expect(domains).toEqual([
			'Identification and early help',
			'Timeliness and quality of EHC plans',
			'Education outcomes',
			'Health and wellbeing',
			'Preparing for adulthood',
			'Experience and confidence of families'
		]);
		for (const d of domains)
			expect(framework.filter((m) => m.domain === d).length).toBeGreaterThanOrEqual(2);
		const published = framework.filter((m) => !localIds.has(m.indicator_id));
		expect(published.length).toBeGreaterThan(framework.length / 2);
		expect(new Set(framework.map((m) => m.comparator))).toEqual(
			new Set(['target', 'england', 'neighbours', 'region'])
		);
		expect(framework.some((m) => m.milestones.length > 1)).toBe(true);
		expect(framework.some((m) => !m.reported_to_board)).toBe(true);
	});

	it('has one improvement plan after a 2023-framework inspection, approved at a board meeting', () => {
		const [plan] = rowsOf('plans');
		expect([plan.type, plan.inspection_outcome, plan.status]).toEqual([
			'improvement_plan',
			'inconsistent',
			'active'
		]);
		// The 2023 area SEND framework applies to inspections from January 2023.
		expect(plan.inspection_date! >= '2023-01-01').toBe(true);
		expect(plan.inspection_date! < plan.approval_date!).toBe(true);
		const approved = rowsOf('meetings').find((m) => m.date === plan.approval_date);
		expect(approved?.board).toBe('Health and Wellbeing Board');
		expect(approved?.title).toMatch(/improvement plan.*approval/i);
	});

	it('has a priority for each priority the actions use, with its champion and the actions’ title', () => {
		const priorities = rowsOf('priorities');
		const actions = rowsOf('actions');
		expect(priorities.map((p) => p.reference)).toEqual([
			...new Set(actions.map((a) => a.priority))
		]);
		for (const p of priorities) {
			expect(p.plan_id).toBe(rowsOf('plans')[0].id);
			expect(p.responsible_bodies).toContain('Local authority');
			for (const a of actions.filter((x) => x.priority === p.reference))
				expect(a.notes, a.reference).toContain(`Priority ${p.reference}: ${p.short_title}.`);
		}
		expect(new Set(priorities.map((p) => p.champion)).size).toBe(priorities.length);
	});

	it('has actions in five priorities with every status, overdue and moved dates', () => {
		const actions = rowsOf('actions');
		expect(new Set(actions.map((a) => a.priority))).toEqual(new Set(['1', '2', '3', '4', '5']));
		expect(new Set(actions.map((a) => a.status)).size).toBe(6);
		const done = (a: RowOf<'actions'>) =>
			a.status === 'complete' || a.status === 'complete_embedded';
		const dueBy = (a: RowOf<'actions'>) => a.revised_due_date ?? a.due_date;
		const overdue = actions.filter((a) => !done(a) && dueBy(a) < AS_AT);
		expect(overdue.length).toBeGreaterThanOrEqual(4);
		// Overdue even after the date was moved, and overdue with the plan's own date.
		expect(overdue.some((a) => a.revised_due_date !== null)).toBe(true);
		expect(overdue.some((a) => a.revised_due_date === null)).toBe(true);
		expect(actions.filter((a) => a.revised_due_date !== null).length).toBeGreaterThanOrEqual(5);
	});

	it('has updates over more than six months, the latest of each matching its action', () => {
		const updates = rowsOf('action_updates');
		const dates = updates.map((u) => u.date).sort();
		expect(monthsBetween(dates[0], dates.at(-1)!)).toBeGreaterThanOrEqual(6);
		let stale = 0;
		for (const action of rowsOf('actions')) {
			const mine = updates.filter((u) => u.action_reference === action.reference);
			expect(mine.length, action.reference).toBeGreaterThanOrEqual(1);
			const last = latest(mine);
			expect(last.status, action.reference).toBe(action.status);
			expect(last.percent_complete, action.reference).toBe(action.percent_complete);
			const open = action.status !== 'complete' && action.status !== 'complete_embedded';
			if (open && Date.parse(AS_AT) - Date.parse(last.date) > 8 * 7 * 86_400_000) stale++;
		}
		// Open actions with no update for more than 8 weeks, for the slippage view.
		expect(stale).toBeGreaterThanOrEqual(2);
		// Statuses change over time: most actions with several updates moved at least once.
		const moved = rowsOf('actions').filter(
			(a) =>
				new Set(updates.filter((u) => u.action_reference === a.reference).map((u) => u.status))
					.size > 1
		);
		expect(moved.length).toBeGreaterThanOrEqual(20);
	});

	it('has an action rated on track whose linked measure is worsening', () => {
		const worsening = rowsOf('actions').filter((a) => {
			if (a.status !== 'on_track' || a.expected_direction !== 'decrease') return false;
			return a.linked_indicators.some((id) => {
				if (!localIds.has(id)) return false;
				const series = localSeries(id);
				return series.at(-1)!.value! > series.at(-7)!.value!;
			});
		});
		expect(worsening.map((a) => a.reference)).toContain('3.2');
	});

	it('records each moved date on the update that moved it, the latest being the action’s', () => {
		const updates = rowsOf('action_updates');
		let movedTwice = 0;
		for (const action of rowsOf('actions')) {
			const moves = updates
				.filter((u) => u.action_reference === action.reference && u.revised_due_date !== null)
				.sort((a, b) => a.date.localeCompare(b.date));
			if (action.revised_due_date === null) {
				expect(moves, action.reference).toEqual([]);
				continue;
			}
			expect(moves.length, action.reference).toBeGreaterThanOrEqual(1);
			const last = moves.at(-1)!;
			expect([last.revised_due_date, last.revision_reason], action.reference).toEqual([
				action.revised_due_date,
				action.revision_reason
			]);
			// Each move is a slip past the date it replaced, agreed before that date had passed.
			let due = action.due_date;
			for (const move of moves) {
				expect(move.revised_due_date! > due, `${action.reference} ${move.date}`).toBe(true);
				expect(move.date <= due, `${action.reference} ${move.date}`).toBe(true);
				due = move.revised_due_date!;
			}
			if (moves.length > 1) movedTwice++;
		}
		expect(movedTwice).toBeGreaterThanOrEqual(2);
	});

	it('records closures, transfers and escalations on the reviews that made them', () => {
		const reviews = rowsOf('risk_reviews');
		let escalated = 0;
		for (const risk of rowsOf('risks')) {
			const mine = reviews
				.filter((r) => r.risk_id === risk.id)
				.sort((a, b) => a.date.localeCompare(b.date));
			const statuses = mine.filter((r) => r.status !== null);
			const levels = mine.filter((r) => r.escalation_level !== null);
			if (statuses.length > 0) expect(statuses.at(-1)!.status, risk.id).toBe(risk.status);
			if (levels.length > 0)
				expect(levels.at(-1)!.escalation_level, risk.id).toBe(risk.escalation_level);
			// A closed or transferred risk's last review is the one that closed or transferred it.
			if (risk.status !== 'open') expect(mine.at(-1)!.status, risk.id).toBe(risk.status);
			if (new Set(levels.map((r) => r.escalation_level)).size > 1) escalated++;
		}
		expect(escalated).toBeGreaterThanOrEqual(2);
	});

	it('has risks whose current score is their latest review, rising and falling over time', () => {
		const reviews = rowsOf('risk_reviews');
		const dates = reviews.map((r) => r.date).sort();
		expect(monthsBetween(dates[0], dates.at(-1)!)).toBeGreaterThanOrEqual(6);
		let rose = 0;
		let fell = 0;
		for (const risk of rowsOf('risks')) {
			const mine = reviews
				.filter((r) => r.risk_id === risk.id)
				.sort((a, b) => a.date.localeCompare(b.date));
			expect(mine.length, risk.id).toBeGreaterThanOrEqual(3);
			const last = mine.at(-1)!;
			expect([last.likelihood, last.impact, last.date], risk.id).toEqual([
				risk.current_likelihood,
				risk.current_impact,
				risk.last_reviewed
			]);
			const scores = mine.map((r) => r.likelihood * r.impact);
			if (scores.some((s, i) => i > 0 && s > scores[i - 1])) rose++;
			if (scores.some((s, i) => i > 0 && s < scores[i - 1])) fell++;
		}
		expect(rose).toBeGreaterThanOrEqual(4);
		expect(fell).toBeGreaterThanOrEqual(6);
		expect(new Set(rowsOf('risks').map((r) => r.status))).toEqual(
			new Set(['open', 'closed', 'transferred'])
		);
	});

	it('has open risks overdue for review and a trigger the latest data has crossed', () => {
		const open = rowsOf('risks').filter((r) => r.status === 'open');
		expect(open.filter((r) => r.next_review_due! < AS_AT).length).toBeGreaterThanOrEqual(2);
		const crossed = open.filter((r) => {
			if (!r.trigger_indicator || !localIds.has(r.trigger_indicator)) return false;
			const value = latestLocal(r.trigger_indicator)!;
			return r.trigger_when === 'above' ? value > r.trigger_value! : value < r.trigger_value!;
		});
		expect(crossed.map((r) => r.id)).toEqual(['SR3']);
		expect(open.some((r) => r.current_likelihood * r.current_impact > r.appetite_score!)).toBe(
			true
		);
	});

	it('has survey waves whose subgroups add up to the whole group, one of them under 10', () => {
		const responses = rowsOf('survey_responses');
		const total = (filter: (r: RowOf<'survey_responses'>) => boolean) =>
			responses.filter(filter).reduce((n, r) => n + r.count, 0);
		const waves = [...new Set(responses.map((r) => r.wave))];
		expect(waves.length).toBeGreaterThanOrEqual(2);
		let small = 0;
		for (const wave of waves)
			for (const q of new Set(responses.map((r) => r.question_id))) {
				const mine = (r: RowOf<'survey_responses'>) =>
					r.wave === wave && r.question_id === q && r.respondent_group === 'parent_carer';
				const all = total((r) => mine(r) && r.subgroup === null);
				const subgroups = [
					...new Set(responses.filter((r) => mine(r) && r.subgroup).map((r) => r.subgroup!))
				];
				expect(subgroups.length).toBe(3);
				const parts = subgroups.map((s) => total((r) => mine(r) && r.subgroup === s));
				expect(
					parts.reduce((a, b) => a + b, 0),
					`${wave} ${q}`
				).toBe(all);
				small += parts.filter((n) => n < 10).length;
			}
		expect(small).toBeGreaterThan(0);
		expect(new Set(responses.map((r) => r.respondent_group))).toEqual(
			new Set(['parent_carer', 'child_young_person'])
		);
	});
});

describe('published indicators the demo names', () => {
	const model = useBuiltModel();

	const referenced = () => {
		const ids = new Set([
			...rowsOf('framework').map((m) => m.indicator_id),
			...rowsOf('actions').flatMap((a) => a.linked_indicators),
			...rowsOf('risks').flatMap((r) => [
				...r.linked_indicators,
				...(r.trigger_indicator ? [r.trigger_indicator] : [])
			])
		]);
		return [...ids].filter((id) => !localIds.has(id)).sort();
	};

	it('names local indicators apart from published ones', () => {
		for (const id of localIds) expect(PUBLISHED_IDS).not.toContain(id);
		expect(referenced().length).toBeGreaterThanOrEqual(15);
	});

	it('exist in the built model, with figures for Southend-on-Sea', async () => {
		const ids = referenced();
		const inModel = await model.run(
			`SELECT id FROM indicators WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
			ids
		);
		expect(inModel.map((r) => r.id)).toEqual(ids);
		const withFigures = await model.run(
			`SELECT DISTINCT indicator_id FROM observations WHERE area_code = ? AND value IS NOT NULL AND indicator_id IN (${ids.map(() => '?').join(', ')}) ORDER BY indicator_id`,
			[SOUTHEND, ...ids]
		);
		expect(withFigures.map((r) => r.indicator_id)).toEqual(ids);
	});

	it('give the framework its published baselines: the area’s figure for the baseline period', async () => {
		const measures = rowsOf('framework').filter((m) => !localIds.has(m.indicator_id));
		for (const m of measures) {
			const [indicator] = await model.run(`SELECT period_type FROM indicators WHERE id = ?`, [
				m.indicator_id
			]);
			const observations = await model.run(
				`SELECT year, value FROM observations WHERE indicator_id = ? AND area_code = ?`,
				[m.indicator_id, SOUTHEND]
			);
			const type = indicator.period_type as PeriodType;
			const at = observations.find(
				(o) => formatPeriod(o.year as number, type) === m.baseline_period
			);
			expect(at, `${m.measure_id} ${m.indicator_id} ${m.baseline_period}`).toBeDefined();
			expect(at!.value, m.measure_id).toBeCloseTo(m.baseline_value!, 6);
		}
	});

	it('give local measures their first month as the baseline', () => {
		const months = [
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec'
		];
		for (const m of rowsOf('framework').filter((f) => localIds.has(f.indicator_id))) {
			const first = localSeries(m.indicator_id)[0];
			const label = `${months[+first.period.slice(5, 7) - 1]} ${first.period.slice(0, 4)}`;
			expect([m.baseline_value, m.baseline_period], m.measure_id).toEqual([first.value, label]);
		}
	});
});

describe('the demo workspace in the database beside the published tables', () => {
	const model = useBuiltModel();
	const workspace = Object.fromEntries(TABLE_NAMES.map((t) => [t, rowsOf(t)]));
	const load = async () => {
		for (const { sql, params } of workspaceStatements(SOUTHEND, workspace))
			await model.run(sql, params);
	};

	it('holds every table’s rows under the workspace schema, for the area', async () => {
		await load();
		await load(); // a second load replaces the area's rows, never adds to them
		for (const table of TABLE_NAMES) {
			const [{ n }] = await model.run(
				`SELECT count(*) AS n FROM workspace.${table} WHERE area_code = ?`,
				[SOUTHEND]
			);
			expect(n, table).toBe(EXPECTED_ROWS[table]);
		}
		const [milestones] = await model.run(
			`SELECT len(milestones) AS n, milestones[1].date AS first FROM workspace.framework WHERE measure_id = 'IE1'`
		);
		expect(milestones).toEqual({ n: 1, first: '2026-08-31' });
	});

	it('joins framework measures to their published observations', async () => {
		await load();
		const rows = await model.run(
			`SELECT f.measure_id, o.value
			 FROM workspace.framework f
			 JOIN indicators i ON i.id = f.indicator_id
			 JOIN observations o ON o.indicator_id = f.indicator_id AND o.area_code = f.area_code
			 WHERE f.area_code = ? AND f.measure_id = 'IE1'
			 ORDER BY o.year DESC LIMIT 1`,
			[SOUTHEND]
		);
		expect(rows).toHaveLength(1);
		const ie1 = rowsOf('framework').find((m) => m.measure_id === 'IE1')!;
		const [latest] = await model.run(
			`SELECT value FROM observations WHERE indicator_id = ? AND area_code = ? ORDER BY year DESC LIMIT 1`,
			[ie1.indicator_id, SOUTHEND]
		);
		expect(rows[0].value).toBe(latest.value);
	});

	it('joins actions to their linked indicators, published and local', async () => {
		await load();
		const rows = await model.run(
			`SELECT a.reference, linked.id AS indicator,
			        (SELECT count(*) FROM indicators i WHERE i.id = linked.id) AS published,
			        (SELECT count(*) FROM workspace.local_indicators l
			         WHERE l.id = linked.id AND l.area_code = a.area_code) > 0 AS local
			 FROM workspace.actions a, unnest(a.linked_indicators) AS linked(id)
			 WHERE a.area_code = ?
			 ORDER BY a.reference, linked.id`,
			[SOUTHEND]
		);
		const expected = rowsOf('actions').flatMap((a) =>
			a.linked_indicators.map((id) => [a.reference, id])
		);
		expect(rows.map((r) => [r.reference, r.indicator]).sort()).toEqual(expected.sort());
		// Every link resolves to one or the other.
		for (const r of rows)
			expect(r.published === 1 || r.local === true, String(r.indicator)).toBe(true);
		expect(rows.some((r) => r.local === true)).toBe(true);
		expect(rows.some((r) => r.published === 1)).toBe(true);
	});

	it('runs the join written in src/lib/data/README.md: every link has a title', async () => {
		await load();
		const rows = await model.run(
			`WITH links AS (
			   SELECT area_code, reference, unnest(linked_indicators) AS id
			   FROM workspace.actions WHERE area_code = ?
			 )
			 SELECT links.reference, links.id, i.title, l.title AS local_title
			 FROM links
			 LEFT JOIN indicators i ON i.id = links.id
			 LEFT JOIN (SELECT DISTINCT area_code, id, title FROM workspace.local_indicators) l
			   ON l.id = links.id AND l.area_code = links.area_code`,
			[SOUTHEND]
		);
		expect(rows.length).toBe(rowsOf('actions').flatMap((a) => a.linked_indicators).length);
		for (const r of rows) expect(r.title ?? r.local_title, String(r.id)).toBeTruthy();
	});
});
