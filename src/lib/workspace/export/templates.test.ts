import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importTable } from '../import/import-table';
import { LAYOUTS, TABLE_NAMES } from '../schemas';
import { workspaceReadme } from './readme';
import { exampleRow } from './table-cells';
import { templateCsv, templateXlsx } from './xlsx-table';

describe.each(TABLE_NAMES)('the %s template', (table) => {
	const headers = LAYOUTS[table].columns.map((c) => c.header);
	it('is the header row alone when blank', () => {
		expect(templateCsv(table)).toBe(
			`\uFEFF${headers.map((h) => (h.includes(',') ? `"${h}"` : h)).join(',')}\r\n`
		);
		const report = importTable(table, templateXlsx(table), { file: 't.xlsx' });
		expect(report.problems.map((p) => p.message)).toEqual([
			'The file has a header row but no rows of data.'
		]);
	});
	it('has an example row that imports cleanly from CSV and .xlsx', () => {
		for (const [bytes, file] of [
			[strToU8(templateCsv(table, { example: true })), 't.csv'],
			[templateXlsx(table, { example: true }), 't.xlsx']
		] as const) {
			const report = importTable(table, bytes, { file });
			expect(report.problems).toEqual([]);
			expect(report.rows).toEqual([exampleRow(table)]);
		}
	});
});

describe('README.txt', () => {
	const readme = workspaceReadme({ area: 'Southend-on-Sea', exportedAt: '2026-11-26 19:00' });
	it('describes every table and column, with the formats and the rules on references', () => {
		expect(readme).toContain("SEND Oversight — the area's own data for Southend-on-Sea");
		expect(readme).toContain('Exported 2026-11-26 19:00.');
		for (const table of TABLE_NAMES) {
			expect(readme).toContain(`${table}.csv — ${LAYOUTS[table].title}`);
			for (const c of LAYOUTS[table].columns) expect(readme).toContain(`- ${c.header}`);
		}
		expect(readme).toContain(
			'- Due date (required): a date, DD/MM/YYYY or YYYY-MM-DD. The date agreed in the plan.'
		);
		expect(readme).toContain(
			'- Status (required): one of: not started, on track, at risk, off track, complete, complete and embedded.'
		);
		expect(readme).toContain('References: each must be a reference in actions.csv.');
		expect(readme).toContain(
			'- Type (required): one of: written statement of action, accelerated progress plan, priority action plan, improvement plan, SEND strategy.'
		);
		expect(readme).toContain(
			'References: each must be a plan id in plans.csv, when that file has any rows.'
		);
		expect(readme).toContain(
			'References: each must be a reference in priorities.csv, when that file has any rows.'
		);
		expect(readme).toContain(
			'- Reason for revised date: text. Why the date moved (needed when there is a revised due date).'
		);
	});

	it('lists the tables in the order an officer reads them: plans and priorities before actions', () => {
		const order = TABLE_NAMES.map((t) => readme.indexOf(`${t}.csv — `));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(TABLE_NAMES).toEqual([
			'meetings',
			'local_indicators',
			'framework',
			'plans',
			'priorities',
			'actions',
			'action_updates',
			'risks',
			'risk_reviews',
			'survey_responses'
		]);
	});

	it('says when the export holds illustrative rows, and which files; and explains workspace.json', () => {
		expect(readme).not.toContain('ILLUSTRATIVE');
		expect(readme).not.toContain('workspace.json');
		expect(workspaceReadme({ manifest: true })).toContain(
			'workspace.json says which area the export is for'
		);
		const demo = workspaceReadme({
			area: 'E06000033',
			illustrative: { label: 'Made up for the demo', tables: ['meetings', 'actions'] }
		});
		expect(demo).toContain(
			[
				'ILLUSTRATIVE — NOT REAL LOCAL DATA.',
				'Made up for the demo.',
				'These files hold made-up rows from a demo:',
				'meetings.csv, actions.csv.'
			].join('\r\n')
		);
		const unnamed = workspaceReadme({ illustrative: { label: null } });
		expect(unnamed).toContain(
			'ILLUSTRATIVE — NOT REAL LOCAL DATA.\r\nSome of these files hold made-up rows from a demo.'
		);
	});
});
