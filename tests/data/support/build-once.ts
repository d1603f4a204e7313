/**
 * Builds the data model once for the whole data project (vitest globalSetup), into a temp dir
 * every suite reads: the suites only read it, so one build serves them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDataModel } from '../../../scripts/data-build/build';
import { PUBLISHED } from './published-csv';

declare module 'vitest' {
	export interface ProvidedContext {
		builtModelDir: string;
	}
}

export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'send-built-model-'));
	buildDataModel({ sourceDir: PUBLISHED, outDir: dir, now: new Date('2025-01-01T00:00:00Z') });
	project.provide('builtModelDir', dir);
	return () => rmSync(dir, { recursive: true, force: true });
}
