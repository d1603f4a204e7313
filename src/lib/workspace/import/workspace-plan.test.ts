import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	exportWorkspaceZip,
	importTable,
	importWorkspaceZip,
	TABLE_NAMES,
	templateCsv
} from '$lib/workspace';
import { planWorkspaceImport } from './workspace-plan';

const meetingRows = importTable('meetings', strToU8(templateCsv('meetings', { example: true })), {
	file: 'm.csv'
}).rows;

describe('planWorkspaceImport', () => {
	it('replaces every table an export holds; empty tables are emptied, so export → import round-trips', () => {
		const zip = exportWorkspaceZip(
			{ meetings: meetingRows as never },
			{ formats: ['csv', 'xlsx'] }
		);
		const plan = planWorkspaceImport(importWorkspaceZip(zip, { file: 'w.zip' }));
		expect(plan.blocked).toBeNull();
		expect(plan.replace).toHaveLength(TABLE_NAMES.length);
		const meetings = plan.replace.find((r) => r.table === 'meetings')!;
		expect(meetings).toMatchObject({ file: 'meetings.csv', emptied: false });
		expect(meetings.rows).toEqual(meetingRows);
		expect(plan.replace.filter((r) => r.emptied).map((r) => r.rows.length)).toEqual(
			Array(TABLE_NAMES.length - 1).fill(0)
		);
	});

	it('leaves out the tables the zip does not have', () => {
		const zip = zipSync({ 'meetings.csv': strToU8(templateCsv('meetings', { example: true })) });
		const plan = planWorkspaceImport(importWorkspaceZip(zip, { file: 'w.zip' }));
		expect(plan.replace.map((r) => r.table)).toEqual(['meetings']);
	});

	it('imports nothing when one table file cannot be used, naming it', () => {
		const zip = zipSync({
			'meetings.csv': strToU8(templateCsv('meetings', { example: true })),
			'risks.csv': strToU8('Nothing like a risk register\r\nx\r\n')
		});
		const plan = planWorkspaceImport(importWorkspaceZip(zip, { file: 'w.zip' }));
		expect(plan.replace).toEqual([]);
		expect(plan.blocked).toMatch(/^Nothing can be imported while risks\.csv has no rows/);
	});

	it('imports nothing when every row of a table has problems', () => {
		const [header, example] = templateCsv('meetings', { example: true }).trim().split(/\r?\n/);
		const bad = example.replace(/\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2}/, '31/13/2025');
		const zip = zipSync({ 'meetings.csv': strToU8(`${header}\r\n${bad}\r\n`) });
		const result = importWorkspaceZip(zip, { file: 'w.zip' });
		expect(result.reports.meetings?.badRows).toBe(1);
		expect(planWorkspaceImport(result).blocked).toContain('meetings.csv');
	});

	it('imports nothing from a file that is not a workspace zip', () => {
		const plan = planWorkspaceImport(importWorkspaceZip(strToU8('a,b\r\n'), { file: 'x.csv' }));
		expect(plan).toEqual({ replace: [], blocked: 'Nothing can be imported from this file.' });
	});
});
