import { describe, expect, it } from 'vitest';
import type { ImportReport, WorkspaceImport } from '$lib/workspace';
import { ImportFlow, type FlowWords } from './import-flow.svelte';
import type { AreaWorkspace } from './workspace.svelte';

const words: FlowWords = {
	accepted: () => '',
	undone: () => '',
	titleOf: (table) => table,
	others: () => ({}),
	restored: () => '',
	cancelled: (file) => `Nothing was changed: ${file} was not imported.`
};
// Cancelling asks nothing of the workspace but what is waiting.
const workspace = {
	dependentsOfReport: () => null,
	dependentsOfZip: () => null
} as unknown as AreaWorkspace;

describe('ImportFlow: cancelling a checked file', () => {
	it('says in the table’s status that nothing changed, and gives the table for focus', () => {
		const flow = new ImportFlow(workspace, words);
		flow.report = { table: 'actions', file: 'five.csv' } as ImportReport;
		expect(flow.cancelTable()).toBe('actions');
		expect(flow.report).toBeNull();
		expect(flow.done).toEqual({ actions: 'Nothing was changed: five.csv was not imported.' });
		expect(flow.cancelTable()).toBeNull();
	});

	it('says the same of a zip in the zip’s status', () => {
		const flow = new ImportFlow(workspace, words);
		flow.zipReport = { file: 'all.zip' } as WorkspaceImport;
		flow.cancelZip();
		expect(flow.zipReport).toBeNull();
		expect(flow.zipDone).toBe('Nothing was changed: all.zip was not imported.');
	});
});
