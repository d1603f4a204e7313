import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '$lib/domain/as-of';
import { TABLE_NAMES, type TableName, type WorkspaceImport } from '$lib/workspace';
import { INDICATORS } from '../../../scripts/data-build/catalogue';
import { SOURCE_MODULES } from '../../../scripts/data-build/modules';

// IndexedDB as a Map; `failNextWrite` makes the next multi-table write fail as a whole.
const db = vi.hoisted(() => ({ store: new Map<string, unknown>(), failNextWrite: false }));
vi.mock('$lib/workspace/store/idb', () => ({
	idbGet: async (key: string) => structuredClone(db.store.get(key)),
	idbSet: async (key: string, value: unknown) => void db.store.set(key, structuredClone(value)),
	idbDelete: async (key: string) => void db.store.delete(key),
	idbSetMany: async (entries: [string, unknown][], remove: string[] = []) => {
		if (db.failNextWrite) {
			db.failNextWrite = false;
			throw new Error('QuotaExceededError');
		}
		for (const [key, value] of entries) db.store.set(key, structuredClone(value));
		for (const key of remove) db.store.delete(key);
	}
}));

const { AreaWorkspace } = await import('./workspace.svelte');
const { UNDO_LIMIT, UndoRecordLost } = await import('$lib/workspace/store/undo-record');
const { loadShippedIndex, loadStoredTable } = await import('$lib/workspace/store/stored-tables');

const DEMO = join(process.cwd(), 'data', 'local', 'demo');
const SOUTHEND = 'E06000033';
const INDEX = {
	[SOUTHEND]: { illustrative: true, label: 'Demo', as_of: '2026-11-26' }
};

/** Serves the shipped index and the demo CSVs, as static/local/ does. */
async function fakeFetch(url: string): Promise<Response> {
	if (url === '/base/local/index.json') return Response.json(INDEX);
	const csv = url.match(/^\/base\/local\/E06000033\/(\w+)\.csv$/);
	if (csv) return new Response(readFileSync(join(DEMO, `${csv[1]}.csv`)));
	return new Response('Not found', { status: 404 });
}

const counts = (w: InstanceType<typeof AreaWorkspace>) =>
	Object.fromEntries(TABLE_NAMES.map((t) => [t, w.tables[t].rows.length]));

async function demoWorkspace() {
	const workspace = new AreaWorkspace(SOUTHEND, '/base', () => PUBLISHED);
	await workspace.load();
	return workspace;
}
/** Published indicator ids, which the demo's framework, actions and risks refer to. */
const PUBLISHED = [...INDICATORS, ...SOURCE_MODULES.flatMap((m) => m.indicators)].map((i) => i.id);

/** The manifest of a zip the workspace exports. */
const manifestOf = (zip: Uint8Array) => JSON.parse(strFromU8(unzipSync(zip)['workspace.json']));

beforeEach(() => {
	db.store.clear();
	vi.stubGlobal('fetch', vi.fn(fakeFetch));
});
afterEach(() => vi.unstubAllGlobals());

describe('loadShippedIndex and loadStoredTable', () => {
	it('read the shipped index, or none when it cannot be fetched', async () => {
		await expect(loadShippedIndex('/base')).resolves.toEqual(INDEX);
		await expect(loadShippedIndex('/elsewhere')).resolves.toEqual({});
	});

	it('give the shipped table, with no known ids needed', async () => {
		const table = await loadStoredTable(SOUTHEND, '/base', 'action_updates');
		expect(table.origin).toEqual({ kind: 'shipped', file: 'action_updates.csv', at: null });
		expect(table.rows).toHaveLength(147);
	});

	it('prefer the copy kept in this browser, and give an empty table where nothing is shipped', async () => {
		const kept = {
			rows: [],
			origin: { kind: 'import', file: 'x.csv', at: 'then' },
			changedAt: 'then'
		};
		db.store.set(`${SOUTHEND}:meetings`, kept);
		await expect(loadStoredTable(SOUTHEND, '/base', 'meetings')).resolves.toEqual(kept);
		const elsewhere = await loadStoredTable('E10000018', '/base', 'meetings');
		expect(elsewhere).toMatchObject({ rows: [], origin: { kind: 'empty' } });
	});
});

describe('AreaWorkspace', () => {
	it('loads the demo with its shipped rows, as at its own date', async () => {
		const workspace = await demoWorkspace();
		expect(workspace.error).toBeNull();
		expect(workspace.tables.actions.rows).toHaveLength(32);
		expect(workspace.asOf).toBe('2026-11-26');
	});

	it('is as at the reader’s today once no shipped rows are left', async () => {
		const workspace = await demoWorkspace();
		for (const table of TABLE_NAMES)
			workspace.tables[table] = {
				...workspace.tables[table],
				origin: { kind: 'import', file: 'x', at: null }
			};
		expect(workspace.asOf).toBe(localIsoDate(new Date()));
	});

	it('round-trips: export everything, check the zip, accept it, and every table has the same rows', async () => {
		const workspace = await demoWorkspace();
		const before = counts(workspace);
		const rows = structuredClone(workspace.tables.risks.rows);
		const result = await workspace.checkWorkspace({
			name: 'all.zip',
			bytes: workspace.exportAll()
		});
		expect(result.refused).toBe(false);
		for (const table of TABLE_NAMES) expect(result.reports[table]?.badRows, table).toBe(0);
		await workspace.acceptAll(result, { now: new Date('2027-01-02T10:00:00Z') });
		expect(counts(workspace)).toEqual(before);
		expect(workspace.tables.risks.rows).toEqual(rows);
		expect(workspace.tables.risks.origin).toEqual({
			kind: 'import',
			file: 'risks.csv in all.zip',
			at: '2027-01-02T10:00:00.000Z',
			illustrative: { label: 'Demo' }
		});
		// Kept: a fresh load reads the same tables back from IndexedDB.
		expect(counts(await demoWorkspace())).toEqual(before);
	});

	it('says which tables hold the demo’s rows, until the officer’s own imports replace them', async () => {
		const workspace = await demoWorkspace();
		const withRows = TABLE_NAMES.filter((t) => workspace.tables[t].rows.length > 0);
		expect(workspace.illustrativeTables).toEqual(
			withRows.map((table) => ({ table, label: 'Demo' }))
		);
		const report = await workspace.check('meetings', {
			name: 'meetings.csv',
			bytes: new TextEncoder().encode(readFileSync(join(DEMO, 'meetings.csv'), 'utf8'))
		});
		await workspace.accept(report);
		expect(workspace.tables.meetings.origin.illustrative).toBeUndefined();
		expect(workspace.illustrativeTables.map((i) => i.table)).toEqual(
			withRows.filter((t) => t !== 'meetings')
		);
		expect(manifestOf(workspace.exportAll())).toMatchObject({
			area: SOUTHEND,
			illustrative: true,
			label: 'Demo'
		});
		for (const table of TABLE_NAMES)
			workspace.tables[table] = {
				...workspace.tables[table],
				origin: { kind: 'import', file: 'x', at: null }
			};
		expect(workspace.illustrativeTables).toEqual([]);
		expect(manifestOf(workspace.exportAll())).toMatchObject({ illustrative: false, label: null });
	});

	it('keeps rows from an illustrative zip labelled, and as at the demo’s date', async () => {
		const workspace = await demoWorkspace();
		const checked = await workspace.checkWorkspace({
			name: 'all.zip',
			bytes: workspace.exportAll(new Date('2027-01-02T10:00:00Z'))
		});
		// What the import reads from the zip's workspace.json (set here until it reads it itself).
		const result = { ...checked, illustrative: { label: 'Demo' } } as WorkspaceImport;
		await workspace.acceptAll(result, { now: new Date('2027-01-02T10:00:00Z') });
		for (const table of TABLE_NAMES)
			expect(workspace.tables[table].origin, table).toMatchObject({
				kind: 'import',
				illustrative: { label: 'Demo' }
			});
		expect(workspace.illustrativeTables.length).toBeGreaterThan(0);
		expect(workspace.asOf).toBe('2026-11-26');
		// Kept in IndexedDB with the label, and exported as illustrative again.
		const again = await demoWorkspace();
		expect(again.tables.actions.origin.illustrative).toEqual({ label: 'Demo' });
		expect(manifestOf(again.exportAll())).toMatchObject({ illustrative: true, label: 'Demo' });
	});

	it('after a round trip, labels only the tables the export said were made up', async () => {
		const workspace = await demoWorkspace();
		const five = readFileSync(join(DEMO, 'actions.csv'), 'utf8').split('\r\n').slice(0, 6);
		await workspace.accept(
			await workspace.check('actions', {
				name: 'five.csv',
				bytes: new TextEncoder().encode(five.join('\r\n'))
			})
		);
		const mine = workspace.illustrativeTables.map((i) => i.table);
		expect(mine).not.toContain('actions');
		const zip = workspace.exportAll(new Date('2027-01-02T10:00:00Z'));
		expect(manifestOf(zip).illustrative_tables).toEqual(mine);
		// Back to the demo's 32 actions, then the zip: its actions are the officer's five.
		await workspace.undo();
		expect(workspace.illustrativeTables.map((i) => i.table)).toContain('actions');
		await workspace.acceptAll(await workspace.checkWorkspace({ name: 'all.zip', bytes: zip }));
		expect(workspace.tables.actions.rows).toHaveLength(5);
		expect(workspace.tables.actions.origin.illustrative).toBeUndefined();
		expect(workspace.tables.risks.origin.illustrative).toEqual({ label: 'Demo' });
		expect(workspace.illustrativeTables.map((i) => i.table)).toEqual(mine);
		// So after a reload, and in the next export.
		const again = await demoWorkspace();
		expect(again.illustrativeTables.map((i) => i.table)).toEqual(mine);
		expect(manifestOf(again.exportAll()).illustrative_tables).toEqual(mine);
	});

	it('reads the label back from its own exported zip', async () => {
		const workspace = await demoWorkspace();
		const result = await workspace.checkWorkspace({
			name: 'all.zip',
			bytes: workspace.exportAll()
		});
		await workspace.acceptAll(result);
		expect(workspace.illustrativeTables.map((i) => i.label)).toContain('Demo');
	});

	it('changes nothing when saving the tables fails part way', async () => {
		const workspace = await demoWorkspace();
		const before = plainTables(workspace);
		const result = await workspace.checkWorkspace({
			name: 'all.zip',
			bytes: workspace.exportAll()
		});
		db.failNextWrite = true;
		await expect(workspace.acceptAll(result)).rejects.toThrow('QuotaExceededError');
		expect(plainTables(workspace)).toEqual(before);
		expect(db.store.size).toBe(0);
	});

	it('refuses to accept a zip the plan blocks', async () => {
		const workspace = await demoWorkspace();
		const result = await workspace.checkWorkspace({
			name: 'nothing.zip',
			bytes: new TextEncoder().encode('not a zip')
		});
		expect(result.refused).toBe(true);
		await expect(workspace.acceptAll(result)).rejects.toThrow('Nothing can be imported');
	});

	it('checks one table’s file against the ids in the others', async () => {
		const workspace = await demoWorkspace();
		const header = readFileSync(join(DEMO, 'action_updates.csv'), 'utf8').split('\r\n')[0];
		const line = readFileSync(join(DEMO, 'action_updates.csv'), 'utf8').split('\r\n')[1];
		const missing = line.replace(/^[^,]+/, '99.9');
		const report = await workspace.check('action_updates', {
			name: 'u.csv',
			bytes: new TextEncoder().encode(`${header}\r\n${line}\r\n${missing}\r\n`)
		});
		expect([report.goodRows, report.badRows]).toEqual([1, 1]);
	});
});

describe('AreaWorkspace: nothing lost when a table is replaced', () => {
	/** The demo's actions file cut to its first five actions (1.1 to 1.5). */
	const fiveActions = () => ({
		name: 'actions.csv',
		bytes: new TextEncoder().encode(
			readFileSync(join(DEMO, 'actions.csv'), 'utf8').split('\r\n').slice(0, 6).join('\r\n')
		)
	});
	const AT = new Date('2027-01-02T14:02:00Z');

	it('names the rows of other tables that refer to the actions a file removes', async () => {
		const workspace = await demoWorkspace();
		const report = await workspace.check('actions', fiveActions());
		const found = workspace.dependentsOfReport(report)!;
		expect(found.direct.map((g) => [g.table, g.rows, g.ids.length, g.removes])).toEqual([
			['action_updates', 122, 27, 'rows'],
			['risks', 11, 19, 'references']
		]);
		expect(found.cascade).toEqual([]);
	});

	it('keeps them by default, flagged, and a reload shows exactly that', async () => {
		const workspace = await demoWorkspace();
		const before = counts(workspace);
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		expect(counts(workspace)).toEqual({ ...before, actions: 5 });
		const flagged = (w: InstanceType<typeof AreaWorkspace>) =>
			new Set(w.missing.map((m) => `${m.table} ${m.key.join(' ')}`)).size;
		expect(flagged(workspace)).toBe(122 + 11);
		// The shipped updates, risks and reviews are read again, and none is dropped.
		const again = await demoWorkspace();
		expect(counts(again)).toEqual({ ...before, actions: 5 });
		expect(flagged(again)).toBe(122 + 11);
	});

	it('removes them too when asked: updates of removed actions go, risks lose only those links', async () => {
		const workspace = await demoWorkspace();
		const before = counts(workspace);
		await workspace.accept(await workspace.check('actions', fiveActions()), {
			remove: true,
			now: AT
		});
		const after = { ...before, actions: 5, action_updates: before.action_updates - 122 };
		expect(counts(workspace)).toEqual(after);
		expect(workspace.missing).toEqual([]);
		expect(workspace.rows().risks.find((r) => r.id === 'SR1')?.linked_actions).toEqual([
			'1.1',
			'1.2',
			'1.3',
			'1.5'
		]);
		// Still the demo's rows, kept in this browser now that they have changed.
		expect(workspace.tables.risks.origin.kind).toBe('shipped');
		expect(workspace.tables.risks.changedAt).toBe(AT.toISOString());
		expect(counts(await demoWorkspace())).toEqual(after);
	});

	it('undoes the last change, every table it touched as it was, even after a reload', async () => {
		const workspace = await demoWorkspace();
		const before = plainTables(workspace);
		await workspace.accept(await workspace.check('actions', fiveActions()), {
			remove: true,
			now: AT
		});
		const reloaded = await demoWorkspace();
		expect(reloaded.lastChange).toMatchObject({
			change: { kind: 'import', table: 'actions', file: 'actions.csv' },
			at: AT.toISOString(),
			restores: [
				{ table: 'actions', rows: 32 },
				{ table: 'action_updates', rows: 147 },
				{ table: 'risks', rows: 13 }
			],
			others: [
				{ table: 'action_updates', removed: 122, edited: 0, links: [] },
				{ table: 'risks', removed: 0, edited: 11, links: ['actions'] }
			]
		});
		const undone = await reloaded.undo();
		expect(undone?.change.kind).toBe('import');
		expect(plainTables(reloaded)).toEqual(before);
		expect(reloaded.lastChange).toBeNull();
		// The shipped tables are read from the shipped files again, and the record is gone.
		expect([...db.store.keys()]).toEqual([]);
		expect(plainTables(await demoWorkspace())).toEqual(before);
	});

	it('can undo going back to the demo data for a table', async () => {
		const workspace = await demoWorkspace();
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		const imported = plainTables(workspace);
		await workspace.reset('actions');
		expect(workspace.tables.actions.rows).toHaveLength(32);
		expect(workspace.lastChange?.change).toEqual({ kind: 'reset', table: 'actions' });
		await (await demoWorkspace()).undo();
		expect(plainTables(await demoWorkspace())).toEqual(imported);
	});

	it('undoes going back to the demo data, then the import before it, each after a reload', async () => {
		const workspace = await demoWorkspace();
		const demo = plainTables(workspace);
		await workspace.accept(await workspace.check('actions', fiveActions()), {
			remove: true,
			now: AT
		});
		const imported = plainTables(workspace);
		await workspace.reset('actions');
		// Going back for Actions alone leaves the updates and risks as the import left them.
		expect(counts(workspace)).toMatchObject({ actions: 32, action_updates: 25 });
		const reloaded = await demoWorkspace();
		expect(reloaded.undoStack.steps.map((s) => s.change.kind)).toEqual(['reset', 'import']);
		await expect(reloaded.undo()).resolves.toMatchObject({ change: { kind: 'reset' } });
		expect(plainTables(await demoWorkspace())).toEqual(imported);
		const again = await demoWorkspace();
		await expect(again.undo()).resolves.toMatchObject({ change: { kind: 'import' } });
		expect(plainTables(again)).toEqual(demo);
		expect(plainTables(await demoWorkspace())).toEqual(demo);
		await expect(again.undo()).resolves.toBeNull();
		expect([...db.store.keys()]).toEqual([]);
	});

	it(`keeps the last ${UNDO_LIMIT} changes, and the rows of no others`, async () => {
		const workspace = await demoWorkspace();
		for (let i = 0; i < UNDO_LIMIT + 2; i++)
			await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		const reloaded = await demoWorkspace();
		expect(reloaded.undoStack.steps).toHaveLength(UNDO_LIMIT);
		expect(reloaded.undoStack.steps.map((s) => s.id)).toEqual(
			Array.from({ length: UNDO_LIMIT }, (_, i) => UNDO_LIMIT + 2 - i)
		);
		const records = [...db.store.keys()].filter((k) => /:undo:\d+$/.test(k));
		expect(records).toHaveLength(UNDO_LIMIT);
		for (let i = 0; i < UNDO_LIMIT; i++) await reloaded.undo();
		// The oldest change kept replaced the first import, which stays.
		expect(reloaded.tables.actions.rows).toHaveLength(5);
		await expect(reloaded.undo()).resolves.toBeNull();
	});

	it('runs changes one at a time, so two undos at once undo two changes in order', async () => {
		const workspace = await demoWorkspace();
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		await workspace.reset('actions');
		const [first, second] = await Promise.all([workspace.undo(), workspace.undo()]);
		expect([first?.change.kind, second?.change.kind]).toEqual(['reset', 'import']);
		expect(workspace.tables.actions.rows).toHaveLength(32);
		expect(workspace.lastChange).toBeNull();
	});

	it('takes a change whose record the browser lost off the stack, and says why', async () => {
		const workspace = await demoWorkspace();
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		db.store.delete(`${SOUTHEND}:undo:${workspace.lastChange!.id}`);
		await expect(workspace.undo()).rejects.toBeInstanceOf(UndoRecordLost);
		expect(workspace.tables.actions.rows).toHaveLength(5);
		expect(workspace.lastChange).toBeNull();
		expect((await demoWorkspace()).lastChange).toBeNull();
	});

	it('changes nothing, and keeps the undo as it was, when saving fails', async () => {
		const workspace = await demoWorkspace();
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		const kept = new Map(db.store);
		const before = plainTables(workspace);
		const report = await workspace.check('actions', fiveActions());
		db.failNextWrite = true;
		await expect(workspace.accept(report, { remove: true })).rejects.toThrow('QuotaExceeded');
		expect(plainTables(workspace)).toEqual(before);
		expect(db.store).toEqual(kept);
		db.failNextWrite = true;
		await expect(workspace.undo()).rejects.toThrow('QuotaExceeded');
		expect(plainTables(workspace)).toEqual(before);
		expect(workspace.lastChange?.change.kind).toBe('import');
	});

	it('asks the same of a zip that replaces some tables but not others, and undoes it whole', async () => {
		const workspace = await demoWorkspace();
		const before = plainTables(workspace);
		const zip = zipSync({ 'actions.csv': fiveActions().bytes });
		const result = await workspace.checkWorkspace({ name: 'some.zip', bytes: zip });
		const found = workspace.dependentsOfZip(result)!;
		expect(found.referring).toEqual([
			{ table: 'action_updates', rows: 122 },
			{ table: 'risks', rows: 11 }
		]);
		await workspace.acceptAll(result, { remove: true, now: AT });
		expect(workspace.tables.action_updates.rows).toHaveLength(147 - 122);
		expect(workspace.missing).toEqual([]);
		expect(workspace.lastChange?.change).toEqual({ kind: 'zip', file: 'some.zip' });
		await (await demoWorkspace()).undo();
		expect(plainTables(await demoWorkspace())).toEqual(before);
	});

	it('round-trips a workspace with rows that refer to missing actions: the same rows in every table', async () => {
		const workspace = await demoWorkspace();
		await workspace.accept(await workspace.check('actions', fiveActions()), { now: AT });
		const rows = structuredClone(workspace.rows());
		const result = await workspace.checkWorkspace({
			name: 'all.zip',
			bytes: workspace.exportAll(AT)
		});
		for (const table of TABLE_NAMES) expect(result.reports[table]?.badRows, table).toBe(0);
		expect(result.notices.map((n) => n.message)).toEqual([
			'11 risks refer to actions not in this zip; kept as they were exported, and flagged.',
			'122 action updates refer to actions not in this zip; kept as they were exported, and flagged.'
		]);
		// Accepting it leaves nothing else behind: the zip holds every table.
		expect(workspace.dependentsOfZip(result)?.direct).toEqual([]);
		await workspace.acceptAll(result, { now: AT });
		expect(workspace.rows()).toEqual(rows);
		const fresh = await demoWorkspace();
		expect(fresh.rows()).toEqual(rows);
		expect(fresh.missing).toEqual(workspace.missing);
	});
});

/** The workspace's tables as plain data, to compare before and after. */
function plainTables(w: InstanceType<typeof AreaWorkspace>): Record<TableName, unknown> {
	return structuredClone(
		Object.fromEntries(TABLE_NAMES.map((t) => [t, JSON.parse(JSON.stringify(w.tables[t]))]))
	) as Record<TableName, unknown>;
}
