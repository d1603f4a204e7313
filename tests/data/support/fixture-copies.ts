/**
 * Copies of the small fixture (tests/fixtures/published/) for the suites that break one file and
 * check the build stops with a DataBuildError naming file, row and column. Each copy lives in its
 * own temp dir, so a breakage never leaks into another test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { afterEach, expect } from 'vitest';
import { buildDataModel, type BuildResult } from '../../../scripts/data-build/build';
import { DataBuildError } from '../../../scripts/data-build/errors';

export const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'published');

/**
 * Registers, in the calling scope (file or describe), an afterEach that removes the copies made
 * during the test; returns the function that makes a fresh copy in a temp dir named `prefix…`.
 */
export function useFixtureCopies(prefix: string): () => string {
	const made: string[] = [];
	afterEach(() => {
		while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
	});
	return () => {
		const dir = mkdtempSync(join(tmpdir(), prefix));
		made.push(dir);
		cpSync(FIXTURE, dir, { recursive: true });
		return dir;
	};
}

type Where = (row: Record<string, string>) => boolean;

const readRows = (dir: string, file: string) => csvParseRows(readFileSync(join(dir, file), 'utf8'));
const writeRows = (dir: string, file: string, rows: string[][]) =>
	writeFileSync(join(dir, file), csvFormatRows(rows) + '\n');
const asRecord = (header: string[], row: string[]) =>
	Object.fromEntries(header.map((h, j) => [h, row[j]]));

/**
 * Changes one cell of a copy, found by column name and a predicate on the row; returns the
 * spreadsheet row number of the changed row (the header is row 1).
 */
export function setCell(
	dir: string,
	file: string,
	where: Where,
	column: string,
	value: string
): number {
	const [header, ...records] = readRows(dir, file);
	const col = header.indexOf(column);
	if (col < 0) throw new Error(`test problem: no column ${column} in ${file}`);
	const i = records.findIndex((r) => where(asRecord(header, r)));
	if (i < 0) throw new Error(`test problem: no matching row in ${file}`);
	records[i][col] = value;
	writeRows(dir, file, [header, ...records]);
	return i + 2;
}

/** Renames one column in the header of a copy. */
export function renameColumn(dir: string, file: string, from: string, to: string) {
	const [header, ...records] = readRows(dir, file);
	header[header.indexOf(from)] = to;
	writeRows(dir, file, [header, ...records]);
}

/** Appends a copy of the first row matching `where` to a copy of a file, with `change` applied. */
export function appendRow(dir: string, file: string, where: Where, change: Record<string, string>) {
	const [header, ...records] = readRows(dir, file);
	const source = records.find((r) => where(asRecord(header, r)))!;
	const copy = header.map((h, j) => change[h] ?? source[j]);
	writeRows(dir, file, [header, ...records, copy]);
}

/** The build's error for a broken copy; fails the test if it builds or throws anything else. */
export function buildError(dir: string): DataBuildError {
	try {
		buildDataModel({ sourceDir: dir });
	} catch (error) {
		expect(error).toBeInstanceOf(DataBuildError);
		return error as DataBuildError;
	}
	throw new Error('expected the build to fail, but it succeeded');
}

/** The observation a build made for an indicator, area and year, if any. */
export const findObservation = (
	tables: BuildResult['tables'],
	indicator: string,
	area: string,
	year: number
) =>
	tables.observations.find(
		(o) => o.indicator_id === indicator && o.area_code === area && o.year === year
	);
