import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/workspace-fixtures/make-files';
import { importTable, summariseReport } from './import-table';

const INDICATORS = ['local_ehc_20wk_monthly', 'pct_within_20wk_excl_exceptions'];
const csv = (text: string) => strToU8(text);

describe('the import report', () => {
	it('names every problem by row and column in plain words, and counts good and bad rows', () => {
		const report = importTable('actions', fixture('bad/actions.csv'), {
			file: 'actions.csv',
			known: { indicators: INDICATORS }
		});
		expect(report.refused).toBe(false);
		expect(report.rows.map((r) => r.reference)).toEqual(['1.1', '1.2', '3.1']);
		expect(report.rowNumbers).toEqual([2, 3, 13]);
		expect([report.goodRows, report.badRows]).toEqual([3, 10]);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 4, column 'Status': 'Delayed' is not one of: not started, on track, at risk, off track, complete, complete and embedded; or a BRAG colour: blue, green, amber or red",
			"Row 5, column 'Due date': '30/02/2025' is not a date: February 2025 has 28 days",
			"Row 6, column 'Reference': '2.3' is also on row 7; each reference must be used once",
			"Row 7, column 'Reference': '2.3' is also on row 6; each reference must be used once",
			"Row 8, column '% complete': '120' is out of range: use a number from 0 to 100",
			"Row 9, column 'Reason for revised date': the due date was revised, so the reason is needed",
			"Row 10, column 'Description': this cell is blank but must be filled in",
			"Row 11, column 'Linked indicators': there is no indicator 'not_a_real_indicator' among the published or local indicators",
			"Row 14, column 'Due date': '31/13/2025' is not a date: there is no month 13 (dates are read day first)",
			"Row 15, column 'Due date': the due date is before the start date (2027-06-01)"
		]);
		expect(report.problems[0]).toEqual({
			file: 'actions.csv',
			row: 4,
			column: 'Status',
			message: expect.stringMatching(/^Row 4, column 'Status': 'Delayed' is not one of/),
			detail: expect.stringMatching(/^'Delayed' is not one of/)
		});
		expect(summariseReport(report)).toBe(
			'3 rows can be imported; 10 rows have problems and will be left out.'
		);
	});

	it('gives each problem’s detail alone, for a table that shows the row and column apart', () => {
		const report = importTable('action_updates', fixture('bad/action_updates.csv'), {
			file: 'updates.csv',
			known: { actions: ['1.1', '2.3'] }
		});
		expect(report.problems.map((p) => [p.row, p.column, p.detail])).toEqual([
			[
				2,
				null,
				'the same Action reference 1.1, Date 2026-07-15 is also on row 4; each combination must be used once'
			],
			[3, 'Action reference', "there is no action '9.9' in the actions table"],
			[
				4,
				null,
				'the same Action reference 1.1, Date 2026-07-15 is also on row 2; each combination must be used once'
			]
		]);
		const refused = importTable('risks', new Uint8Array(), { file: 'r.csv' });
		expect(refused.problems[0]).toEqual({
			file: 'r.csv',
			row: null,
			column: null,
			message: 'The file is empty.',
			detail: 'The file is empty.'
		});
	});

	it('reads the BRAG colours trackers write as statuses, in actions and their updates', () => {
		const actions = importTable(
			'actions',
			csv(
				'Reference,Priority,Description,Due date,RAG\n' +
					'1,1,One,30/09/2026,Blue\n' +
					'2,1,Two,30/09/2026,green\n' +
					'3,1,Three,30/09/2026,AMBER\n' +
					'4,1,Four,30/09/2026,Red\n' +
					'5,1,Five,30/09/2026,Purple\n'
			),
			{ file: 'actions.csv' }
		);
		expect(actions.rows.map((r) => r.status)).toEqual([
			'complete',
			'on_track',
			'at_risk',
			'off_track'
		]);
		expect(actions.problems.map((p) => p.message)).toEqual([
			"Row 6, column 'RAG': 'Purple' is not one of: not started, on track, at risk, off track, complete, complete and embedded; or a BRAG colour: blue, green, amber or red"
		]);
		const updates = importTable(
			'action_updates',
			csv('Action reference,Date,BRAG\n1,15/09/2026,Green\n1,15/10/2026,Amber\n'),
			{ file: 'updates.csv' }
		);
		expect(updates.rows.map((r) => r.status)).toEqual(['on_track', 'at_risk']);
	});

	it('reports repeated ids and unknown references on rows that have other problems too', () => {
		const report = importTable(
			'actions',
			csv(
				'Reference,Priority,Description,Due date,Status,Linked indicators\n' +
					'1.1,1,One,30/09/2026,on track,\n' +
					'1.1,9,Two,31/02/2026,on track,not_real\n' +
					'1.2,,Three,30/09/2026,Purple,\n' +
					'1.3,1,Four,30/09/2026,on track,bad id!\n' +
					'1.4,1,Five,30/09/2026,on track,\n'
			),
			{ file: 'actions.csv', known: { priorities: ['1'], indicators: INDICATORS } }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Reference': '1.1' is also on row 3; each reference must be used once",
			"Row 3, column 'Due date': '31/02/2026' is not a date: February 2026 has 28 days",
			"Row 3, column 'Reference': '1.1' is also on row 2; each reference must be used once",
			"Row 3, column 'Priority': there is no priority '9' in the priorities table",
			"Row 3, column 'Linked indicators': there is no indicator 'not_real' among the published or local indicators",
			expect.stringMatching(/^Row 4, column 'Status': 'Purple' is not one of/),
			"Row 4, column 'Priority': this cell is blank but must be filled in",
			"Row 5, column 'Linked indicators': 'bad id!' is not an indicator id: use letters, digits and _ only"
		]);
		// Each row is counted once, however many problems it has; a row with a repeated id is
		// left out even when the other copy has problems of its own.
		expect([report.goodRows, report.badRows, report.problemCount]).toEqual([1, 4, 8]);
		expect(report.rows.map((r) => r.reference)).toEqual(['1.4']);
		expect(summariseReport(report)).toBe(
			'1 row can be imported; 4 rows have problems and will be left out.'
		);
	});

	it('reports a repeated pair of ids even when one of the rows fails a rule across its cells', () => {
		const report = importTable(
			'action_updates',
			csv(
				'Action reference,Date,Status,Revised due date\n' +
					'2.3,15/09/2026,at risk,31/12/2026\n' +
					'2.3,15/09/2026,at risk,\n'
			),
			{ file: 'updates.csv', known: { actions: ['2.3'] } }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Reason for revised date': the due date was revised, so the reason is needed",
			'Row 2: the same Action reference 2.3, Date 2026-09-15 is also on row 3; each combination must be used once',
			'Row 3: the same Action reference 2.3, Date 2026-09-15 is also on row 2; each combination must be used once'
		]);
		expect([report.goodRows, report.badRows]).toEqual([0, 2]);
	});

	it('refuses a file with missing columns, saying which columns were expected', () => {
		const report = importTable('actions', fixture('bad/actions-wrong-columns.csv'), {
			file: 'a.csv'
		});
		expect(report.refused).toBe(true);
		expect(report.rows).toEqual([]);
		expect(report.problems).toHaveLength(1);
		expect(report.problems[0].message).toMatch(
			/^The file has no 'Due date' column, which the actions table needs\. Expected columns: 'Reference' \(required\), 'Priority' \(required\), .*'Due date' \(required\)/
		);
		expect(report.notices.map((n) => n.message)).toEqual([
			expect.stringMatching(
				/^The columns 'Due dat' and 'RAG rating' are not part of the actions table and were ignored\. Expected columns: 'Reference' \(required\)/
			)
		]);
		expect(summariseReport(report)).toBe('Nothing can be imported from this file.');
	});

	it('refuses a file meant for another table', () => {
		const report = importTable('actions', fixture('good/risks.csv'), { file: 'risks.csv' });
		expect(report.refused).toBe(true);
		expect(report.problems.map((p) => p.message)).toEqual([
			expect.stringMatching(
				/^The file has no 'Reference', 'Priority', 'Description' and 'Due date' columns, which the actions table needs\. Expected columns:/
			)
		]);
		expect(report.notices[0].message).toMatch(/^The columns 'Risk id', 'Title', 'Cause',/);
	});

	it('refuses a column given twice under two names', () => {
		const report = importTable(
			'meetings',
			csv('Date,Board,Meeting date\n03/12/2026,HWB,04/12/2026\n'),
			{ file: 'm.csv' }
		);
		expect(report.problems[0].message).toBe(
			"The columns 'Date' and 'Meeting date' both hold 'Date'; keep one."
		);
	});

	it('reports updates for actions that do not exist', () => {
		const report = importTable('action_updates', fixture('bad/action_updates.csv'), {
			file: 'updates.csv',
			known: { actions: ['1.1', '2.3'] }
		});
		expect(report.problems.map((p) => p.message)).toEqual([
			'Row 2: the same Action reference 1.1, Date 2026-07-15 is also on row 4; each combination must be used once',
			"Row 3, column 'Action reference': there is no action '9.9' in the actions table",
			'Row 4: the same Action reference 1.1, Date 2026-07-15 is also on row 2; each combination must be used once'
		]);
		expect(report.goodRows).toBe(0);
	});

	it('reports plans with unknown types, impossible dates and dates in the wrong order', () => {
		const report = importTable('plans', fixture('bad/plans.csv'), { file: 'plans.csv' });
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 3, column 'Type': 'Recovery plan' is not one of: written statement of action, accelerated progress plan, priority action plan, improvement plan, SEND strategy",
			"Row 4, column 'Inspection date': '31/09/2018' is not a date: September 2018 has 30 days",
			"Row 5, column 'Inspection date': an inspection outcome is given, so its date is needed too",
			"Row 6, column 'Approval date': the plan was approved before the inspection it follows (2023-03-10)",
			"Row 7, column 'Plan id': 'SIP2026' is also on row 9; each plan id must be used once",
			"Row 8, column 'Status': 'paused' is not one of: active, closed, superseded",
			"Row 9, column 'Plan id': 'SIP2026' is also on row 7; each plan id must be used once"
		]);
		expect(report.rows.map((r) => [r.id, r.type, r.inspection_outcome, r.status])).toEqual([
			['PAP2025', 'priority_action_plan', 'systemic_failings', 'active']
		]);
	});

	it('reports priorities whose plan is not in the plans table, and blank plans', () => {
		const report = importTable('priorities', fixture('bad/priorities.csv'), {
			file: 'priorities.csv',
			known: { plans: ['PAP2025'] }
		});
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 3, column 'Reference': '2' is also on row 6; each reference must be used once",
			"Row 3, column 'Plan id': there is no plan 'PAP2099' in the plans table",
			"Row 4, column 'Plan id': this cell is blank but must be filled in",
			"Row 5, column 'Wording': this cell is blank but must be filled in",
			"Row 6, column 'Reference': '2' is also on row 3; each reference must be used once"
		]);
		expect(report.rows.map((r) => [r.reference, r.responsible_bodies])).toEqual([
			['1', ['Local authority', 'ICB']]
		]);
	});

	it('reports actions whose priority is not in the priorities table', () => {
		const report = importTable('actions', fixture('good/actions.csv'), {
			file: 'actions.csv',
			known: { priorities: ['1', '2'] }
		});
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 6, column 'Priority': there is no priority '3' in the priorities table"
		]);
	});

	it('needs a reason with each revised date in the update history, and a date with each reason', () => {
		const report = importTable(
			'action_updates',
			csv(
				'Action reference,Date,Status,Revised due date,Reason for revised date\n' +
					'2.3,15/09/2026,at risk,31/12/2026,First round did not appoint\n' +
					'2.3,15/10/2026,off track,31/03/2027,\n' +
					'2.3,15/11/2026,off track,,Second round did not appoint\n' +
					'2.3,15/12/2026,off track,31/04/2027,Third round planned\n'
			),
			{ file: 'updates.csv' }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 3, column 'Reason for revised date': the due date was revised, so the reason is needed",
			"Row 4, column 'Revised due date': a reason for a revised date is given, but no revised date",
			"Row 5, column 'Revised due date': '31/04/2027' is not a date: April 2027 has 30 days"
		]);
		expect(report.rows.map((r) => [r.revised_due_date, r.revision_reason])).toEqual([
			['2026-12-31', 'First round did not appoint']
		]);
	});

	it('reads a risk review’s status and escalation, blank meaning unchanged', () => {
		const report = importTable(
			'risk_reviews',
			csv(
				'Risk id,Review date,Likelihood,Impact,Status,Escalation level\n' +
					'SR1,01/07/2026,3,4,,\n' +
					'SR1,01/10/2026,4,4,open,HWBB\n' +
					'SR1,01/12/2026,1,4,Closed,\n' +
					'SR2,01/10/2026,3,5,dormant,cabinet\n'
			),
			{ file: 'reviews.csv' }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 5, column 'Status': 'dormant' is not one of: open, closed, transferred",
			"Row 5, column 'Escalation level': 'cabinet' is not one of: team, partnership board, Health and Wellbeing Board"
		]);
		expect(report.rows.map((r) => [r.status, r.escalation_level])).toEqual([
			[null, null],
			['open', 'hwbb'],
			['closed', null]
		]);
	});

	it('reports rows of one indicator that disagree, unknown words and impossible months', () => {
		const report = importTable('local_indicators', fixture('bad/local_indicators.csv'), {
			file: 'li.csv'
		});
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 3, column 'Unit': 'count' differs from 'percent' on row 2 for the same Indicator id local_ehc_20wk_monthly",
			"Row 4, column 'Value': 140 is not a percentage from 0 to 100",
			"Row 5, column 'Polarity': 'sideways' is not one of: higher is better, lower is better, neither",
			"Row 6, column 'Indicator id': 'local waits' is not an indicator id: use letters, digits and _ only",
			"Row 6, column 'Period': '2026-13' is not a month: there is no month 13"
		]);
		expect(report.goodRows).toBe(1);
	});

	it('reports a percentage that contradicts its numerator and denominator, allowing for rounding', () => {
		const report = importTable(
			'local_indicators',
			csv(
				'Indicator id,Title,Unit,Polarity,Period type,Period,Value,Numerator,Denominator\n' +
					'local_a,A,percent,higher is better,monthly,2026-06,80,1,10\n' +
					'local_a,A,percent,higher is better,monthly,2026-07,18.2,4,22\n' +
					'local_a,A,percent,higher is better,monthly,2026-08,10.5,1,10\n' +
					'local_a,A,percent,higher is better,monthly,2026-09,11,1,10\n' +
					'local_r,R,rate,lower is better,monthly,2026-06,80,1,10\n' +
					'local_c,C,count,neither,monthly,2026-06,80,1,10\n'
			),
			{ file: 'li.csv' }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Value': 80 does not match 1 of 10 (10.0%)",
			"Row 5, column 'Value': 11 does not match 1 of 10 (10.0%)"
		]);
		expect([report.goodRows, report.badRows]).toEqual([4, 2]);
	});

	it('refuses a local indicator id that a published indicator already has, when told the published ids', () => {
		const file =
			'Indicator id,Title,Unit,Polarity,Period type,Period,Value\n' +
			'tribunal_appeal_rate,Appeals,rate,lower is better,annual,2025-01,5\n' +
			'tribunal_appeal_rate,Appeals,rate,lower is better,annual,2026-13,6\n' +
			'local_appeals,Appeals,rate,lower is better,annual,2025-01,5\n';
		const report = importTable('local_indicators', csv(file), {
			file: 'li.csv',
			publishedIndicators: ['tribunal_appeal_rate', 'pct_within_20wk_excl_exceptions']
		});
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Indicator id': 'tribunal_appeal_rate' is already a published measure’s id; give your measure its own id, e.g. local_tribunal_appeal_rate",
			"Row 3, column 'Period': '2026-13' is not a month: there is no month 13",
			"Row 3, column 'Indicator id': 'tribunal_appeal_rate' is already a published measure’s id; give your measure its own id, e.g. local_tribunal_appeal_rate"
		]);
		expect([report.goodRows, report.badRows]).toEqual([1, 2]);
		// Without the published ids there is nothing to check against.
		expect(importTable('local_indicators', csv(file), { file: 'li.csv' }).badRows).toBe(1);
	});

	it('refuses empty files and files with a header but no rows', () => {
		expect(importTable('risks', new Uint8Array(), { file: 'r.csv' }).problems[0].message).toBe(
			'The file is empty.'
		);
		const headerOnly = importTable('meetings', csv('Date,Board\r\n'), { file: 'm.csv' });
		expect(headerOnly.refused).toBe(true);
		expect(headerOnly.problems[0].message).toBe('The file has a header row but no rows of data.');
	});

	it('reports very long cells on their row instead of keeping them', () => {
		const long = 'x'.repeat(10_001);
		const report = importTable(
			'meetings',
			csv(`Date,Board,Notes\n03/12/2026,HWB,${long}\n04/12/2026,HWB,short\n`),
			{ file: 'm.csv' }
		);
		expect(report.problems.map((p) => p.message)).toEqual([
			"Row 2, column 'Notes': the text is 10,001 characters long; a cell may hold at most 10,000"
		]);
		expect(report.goodRows).toBe(1);
		const limited = importTable(
			'meetings',
			csv(`Date,Board,Notes\n03/12/2026,HWB,${'y'.repeat(50)}\n`),
			{ file: 'm.csv', limits: { maxCellChars: 40 } }
		);
		expect(limited.problems[0].message).toMatch(/50 characters long; a cell may hold at most 40/);
	});

	it('keeps <script> and HTML as plain text', () => {
		const text = `<script>alert("x")</script><img src=x onerror=alert(1)> &amp; <b>bold</b>`;
		const report = importTable(
			'meetings',
			csv(`Date,Board,Title\n03/12/2026,HWB,"${text.replace(/"/g, '""')}"\n`),
			{ file: 'm.csv' }
		);
		expect(report.rows[0].title).toBe(text);
	});

	it('lists at most the problem limit but counts every bad row', () => {
		const rows = Array.from({ length: 30 }, (_, i) => `${i + 1}/13/2026,HWB`).join('\n');
		const report = importTable('meetings', csv(`Date,Board\n${rows}\n`), {
			file: 'm.csv',
			limits: { maxProblems: 5 }
		});
		expect(report.problems).toHaveLength(5);
		expect([report.problemCount, report.badRows, report.goodRows]).toEqual([30, 30, 0]);
	});

	it('skips a title row above the header and says so; matches headings loosely', () => {
		const report = importTable(
			'meetings',
			csv(
				'Board calendar 2026/27\n\nMEETING_DATE,board,Papers due (DD/MM/YYYY)\n03/12/2026,HWB,19/11/2026\n'
			),
			{ file: 'm.csv' }
		);
		expect(report.rows).toEqual([
			{
				date: '2026-12-03',
				board: 'HWB',
				title: null,
				papers_due: '2026-11-19',
				location: null,
				notes: null
			}
		]);
		expect(report.rowNumbers).toEqual([4]);
		expect(report.notices[0].message).toBe(
			'The header was found on row 3; the rows above it were skipped.'
		);
	});

	it('removes the apostrophe an export puts before a formula', () => {
		const report = importTable('meetings', csv(`Date,Board,Notes\n03/12/2026,HWB,'=SUM(A1)\n`), {
			file: 'm.csv'
		});
		expect(report.rows[0].notes).toBe('=SUM(A1)');
	});

	it('notes values in columns with no heading, and ignores them', () => {
		const report = importTable('meetings', csv('Date,Board\n03/12/2026,HWB,stray\n'), {
			file: 'm.csv'
		});
		expect(report.goodRows).toBe(1);
		expect(report.notices.map((n) => n.message)).toEqual([
			'Row 2 has values in a column with no heading; the values were ignored.'
		]);
	});
});
