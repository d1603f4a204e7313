import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/workspace-fixtures/make-files';
import { exportWorkspaceZip } from '../export/workspace-zip';
import { TABLE_NAMES, emptyWorkspace, type Workspace } from '../schemas';
import { importTable } from './import-table';
import { importWorkspaceZip } from './workspace-zip';

const PUBLISHED = ['pct_within_20wk_excl_exceptions', 'tribunal_appeal_rate'];
const EARLY = new Date(2026, 10, 26, 19, 0, 0);
const LATE = new Date(2026, 10, 27, 9, 30, 0);

function goodWorkspace(): Workspace {
	const workspace = emptyWorkspace() as Record<string, unknown[]>;
	for (const table of TABLE_NAMES)
		workspace[table] = importTable(table, fixture(`good/${table}.csv`), { file: table }).rows;
	return workspace as unknown as Workspace;
}

/** The export's files, to rebuild a zip from with chosen times and extra files. */
function exported(workspace: Workspace, formats: ('csv' | 'xlsx')[] = ['csv']) {
	return unzipSync(exportWorkspaceZip(workspace, { formats }));
}

type Files = Record<string, Uint8Array | [Uint8Array, { mtime: Date }]>;
const zip = (files: Files) => zipSync(files, { mtime: EARLY });

/** A zip holding the good workspace's CSVs, and an actions.xlsx whose first action is edited. */
function withEditedXlsx(times: { csv: Date; xlsx: Date }): Uint8Array {
	const workspace = goodWorkspace();
	const files: Files = exported(workspace);
	const edited = structuredClone(workspace);
	edited.actions[0].description = 'Edited in Excel';
	const xlsx = exported(edited, ['xlsx'])['actions.xlsx'];
	files['actions.csv'] = [files['actions.csv'] as Uint8Array, { mtime: times.csv }];
	files['actions.xlsx'] = [xlsx, { mtime: times.xlsx }];
	return zip(files);
}

describe('a zip with both a CSV and an .xlsx of a table', () => {
	it('uses either, saying nothing, when they give the same rows', () => {
		const result = importWorkspaceZip(exportWorkspaceZip(goodWorkspace()), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		expect(result.notices).toEqual([]);
		expect(result.reports.actions!.problems).toEqual([]);
	});

	it('uses the .xlsx when it was changed later, and says so', () => {
		const result = importWorkspaceZip(withEditedXlsx({ csv: EARLY, xlsx: LATE }), {
			file: 'w.zip'
		});
		expect(result.reports.actions!.file).toBe('actions.xlsx');
		expect(result.reports.actions!.rows[0].description).toBe('Edited in Excel');
		expect(result.notices.map((n) => n.message)).toEqual([
			'actions.xlsx and actions.csv differ: used actions.xlsx (changed later). Delete the one you did not edit to be sure.'
		]);
		expect(result.notices[0]).toMatchObject({ file: 'w.zip', row: null, column: null });
		expect(result.ignored).toEqual([]);
	});

	it('uses the CSV when it was changed later', () => {
		const result = importWorkspaceZip(withEditedXlsx({ csv: LATE, xlsx: EARLY }), {
			file: 'w.zip'
		});
		expect(result.reports.actions!.file).toBe('actions.csv');
		expect(result.reports.actions!.rows[0].description).not.toBe('Edited in Excel');
		expect(result.notices.map((n) => n.message)).toEqual([
			'actions.csv and actions.xlsx differ: used actions.csv (changed later). Delete the one you did not edit to be sure.'
		]);
	});

	it('uses the .xlsx, the one officers edit, when the zip cannot tell which changed later', () => {
		const result = importWorkspaceZip(withEditedXlsx({ csv: EARLY, xlsx: EARLY }), {
			file: 'w.zip'
		});
		expect(result.reports.actions!.rows[0].description).toBe('Edited in Excel');
		expect(result.notices.map((n) => n.message)).toEqual([
			'actions.xlsx and actions.csv differ: used actions.xlsx (the zip does not show which was changed later, and the .xlsx is the one usually edited). Delete the one you did not edit to be sure.'
		]);
	});

	it('checks references against the copy it used', () => {
		const workspace = goodWorkspace();
		const files: Files = exported(workspace);
		const fewer = { ...workspace, actions: workspace.actions.filter((a) => a.reference !== '2.3') };
		files['actions.xlsx'] = [exported(fewer, ['xlsx'])['actions.xlsx'], { mtime: LATE }];
		const result = importWorkspaceZip(zip(files), { file: 'w.zip' });
		expect(result.reports.actions!.file).toBe('actions.xlsx');
		expect(result.reports.action_updates!.problems.map((p) => p.detail)).toEqual([
			"there is no action '2.3' in the actions table",
			"there is no action '2.3' in the actions table",
			"there is no action '2.3' in the actions table"
		]);
	});
});

describe('files in a zip that are not the workspace’s', () => {
	it('names them, with the names the workspace’s files go by', () => {
		const files: Files = exported(goodWorkspace());
		files['Board meetings.csv'] = strToU8('Date,Board\n');
		const result = importWorkspaceZip(zip(files), { file: 'w.zip' });
		expect(result.ignored).toEqual(['Board meetings.csv']);
		expect(result.notices.map((n) => n.message)).toEqual([
			'Board meetings.csv is not one of the workspace’s files (meetings.csv, local_indicators.csv, framework.csv, plans.csv, priorities.csv, actions.csv, action_updates.csv, risks.csv, risk_reviews.csv, survey_responses.csv, or the same names ending .xlsx), so it was ignored.'
		]);
	});

	it('names several at once, and leaves out README.txt and what the computer adds', () => {
		const files: Files = exported(goodWorkspace());
		Object.assign(files, {
			'notes.txt': strToU8('hi'),
			'old/Actions (2).xlsx': strToU8('x'),
			'__MACOSX/._actions.csv': strToU8('x'),
			'.DS_Store': strToU8('x')
		});
		const result = importWorkspaceZip(zip(files), { file: 'w.zip' });
		expect(result.ignored).toEqual(['notes.txt', 'old/Actions (2).xlsx']);
		expect(result.notices.map((n) => n.message)).toEqual([
			expect.stringMatching(
				/^notes\.txt and old\/Actions \(2\)\.xlsx are not among the workspace’s files \(meetings\.csv, .*\), so they were ignored\.$/
			)
		]);
	});
});

describe('local indicators in a zip', () => {
	it('may not take a published indicator’s id', () => {
		const workspace = goodWorkspace();
		workspace.local_indicators = workspace.local_indicators.map((r) => ({
			...r,
			id: r.id === 'local_requests' ? 'tribunal_appeal_rate' : r.id
		}));
		const result = importWorkspaceZip(zip(exported(workspace)), {
			file: 'w.zip',
			publishedIndicators: PUBLISHED
		});
		expect(result.reports.local_indicators!.problems.map((p) => p.detail)).toEqual([
			"'tribunal_appeal_rate' is already a published measure’s id; give your measure its own id, e.g. local_tribunal_appeal_rate",
			"'tribunal_appeal_rate' is already a published measure’s id; give your measure its own id, e.g. local_tribunal_appeal_rate"
		]);
	});
});
