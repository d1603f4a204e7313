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

const manifest = (value: unknown) => strToU8(JSON.stringify(value));
const GOOD_MANIFEST = {
	format: 1,
	area: 'E06000033',
	exported_at: '2026-11-26T19:00:00.000Z',
	illustrative: true,
	label: 'Illustrative demo data'
};

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

	it('names several at once, and leaves out README.txt, workspace.json and what the computer adds', () => {
		const files: Files = exported(goodWorkspace());
		Object.assign(files, {
			'notes.txt': strToU8('hi'),
			'old/Actions (2).xlsx': strToU8('x'),
			'workspace.json': manifest(GOOD_MANIFEST),
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

describe('files of the same name in different folders of a zip', () => {
	/** A zip with meetings.csv in two folders, the second with one meeting fewer. */
	function twoMeetings(times: [Date, Date], names = ['a/meetings.csv', 'b/meetings.csv']) {
		const workspace = goodWorkspace();
		const fewer = { ...workspace, meetings: workspace.meetings.slice(1) };
		return zip({
			[names[0]]: [exported(workspace)['meetings.csv'], { mtime: times[0] }],
			[names[1]]: [exported(fewer)['meetings.csv'], { mtime: times[1] }]
		});
	}
	const meetings = goodWorkspace().meetings.length;

	it('uses the one changed last, and says which and why', () => {
		const result = importWorkspaceZip(twoMeetings([EARLY, LATE]), { file: 'w.zip' });
		expect(result.reports.meetings!.file).toBe('b/meetings.csv');
		expect(result.reports.meetings!.goodRows).toBe(meetings - 1);
		expect(result.notices.map((n) => n.message)).toEqual([
			'The zip holds 2 files called meetings.csv (a/meetings.csv and b/meetings.csv): used b/meetings.csv (changed last). Take the others out of the zip to be sure.'
		]);
		expect(result.ignored).toEqual([]);
	});

	it('uses the one nearest the top, or the first, when the zip cannot tell', () => {
		const nearer = importWorkspaceZip(
			twoMeetings([EARLY, EARLY], ['old/copy/meetings.csv', 'new/meetings.csv']),
			{ file: 'w.zip' }
		);
		expect(nearer.reports.meetings!.file).toBe('new/meetings.csv');
		expect(nearer.notices[0].message).toContain(
			'used new/meetings.csv (nearest the top of the zip; the zip does not show which was changed last)'
		);
		const first = importWorkspaceZip(twoMeetings([LATE, LATE]), { file: 'w.zip' });
		expect(first.reports.meetings!.file).toBe('a/meetings.csv');
		expect(first.notices[0].message).toContain(
			'used a/meetings.csv (first in the zip; the zip does not show which was changed last)'
		);
	});

	it('names a few of many, with long folder names cut short', () => {
		const csv = exported(goodWorkspace())['meetings.csv'];
		const files: Files = {};
		for (let i = 0; i < 30; i++) files[`${'folder'.repeat(50)}${i}/meetings.csv`] = csv;
		const result = importWorkspaceZip(zip(files), { file: 'w.zip' });
		const notice = result.notices[0].message;
		expect(notice).toMatch(
			/^The zip holds 30 files called meetings\.csv \(….*and 25 more\): used …/
		);
		expect(notice.length).toBeLessThan(1000);
		expect(result.reports.meetings!.file.length).toBeLessThanOrEqual(80);
	});
});

describe('workspace.json, the zip’s description of itself', () => {
	const withManifest = (data: Uint8Array) =>
		zip({ ...exported(goodWorkspace()), 'workspace.json': data });

	it('gives the area and, for the demo, the illustrative label', () => {
		const result = importWorkspaceZip(withManifest(manifest(GOOD_MANIFEST)), { file: 'w.zip' });
		expect([result.area, result.illustrative]).toEqual([
			'E06000033',
			{ label: 'Illustrative demo data' }
		]);
		expect([result.notices, result.ignored]).toEqual([[], []]);
		const own = importWorkspaceZip(
			withManifest(manifest({ ...GOOD_MANIFEST, illustrative: false, label: null })),
			{ file: 'w.zip' }
		);
		expect([own.area, own.illustrative]).toEqual(['E06000033', null]);
		const unlabelled = importWorkspaceZip(
			withManifest(manifest({ ...GOOD_MANIFEST, label: ' ' })),
			{
				file: 'w.zip'
			}
		);
		expect(unlabelled.illustrative).toEqual({ label: null });
	});

	it('lists the tables that hold illustrative rows; one it does not know is not a description', () => {
		const listed = importWorkspaceZip(
			withManifest(manifest({ ...GOOD_MANIFEST, illustrative_tables: ['meetings', 'risks'] })),
			{ file: 'w.zip' }
		);
		expect(listed.illustrative).toEqual({
			label: 'Illustrative demo data',
			tables: ['meetings', 'risks']
		});
		const none = importWorkspaceZip(
			withManifest(manifest({ ...GOOD_MANIFEST, illustrative_tables: [] })),
			{ file: 'w.zip' }
		);
		expect(none.illustrative).toEqual({ label: 'Illustrative demo data', tables: [] });
		const odd = importWorkspaceZip(
			withManifest(manifest({ ...GOOD_MANIFEST, illustrative_tables: ['board papers'] })),
			{ file: 'w.zip' }
		);
		expect(odd.illustrative).toBeNull();
		expect(odd.notices[0].message).toContain("'illustrative_tables' is missing or not as expected");
	});

	it('is not needed: a zip without one has no area and is not illustrative', () => {
		const result = importWorkspaceZip(zip(exported(goodWorkspace())), { file: 'w.zip' });
		expect([result.area, result.illustrative, result.notices]).toEqual([null, null, []]);
	});

	it('is noted, not fatal, when it cannot be read', () => {
		const cases: [Uint8Array, string][] = [
			[strToU8('{"format": 1, "area": '), 'it is not valid JSON'],
			[manifest([1, 2]), 'it is not a workspace description'],
			[
				manifest({ ...GOOD_MANIFEST, area: 42, illustrative: 'yes' }),
				"'area' and 'illustrative' are missing or not as expected"
			],
			[manifest({ ...GOOD_MANIFEST, format: 2 }), "'format' is missing or not as expected"],
			[
				strToU8(' '.repeat(9 * 1024 * 1024)),
				'it is 9 MB; a workspace’s description is at most 8 MB'
			]
		];
		for (const [data, why] of cases) {
			const result = importWorkspaceZip(withManifest(data), { file: 'w.zip' });
			expect(result.refused, why).toBe(false);
			expect([result.area, result.illustrative]).toEqual([null, null]);
			expect(result.reports.actions!.goodRows).toBeGreaterThan(0);
			expect(result.notices.map((n) => n.message)).toEqual([
				`workspace.json could not be read (${why}), so the zip’s area and whether its data is illustrative are not known. The tables were read as usual.`
			]);
		}
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
