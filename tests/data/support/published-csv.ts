/**
 * Reading the published files (data/published/) the way the accuracy suites do: with d3-dsv and
 * nothing from scripts/data-build, so a figure is never checked against the code that made it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, type DSVRowString } from 'd3-dsv';

export const PUBLISHED = join(process.cwd(), 'data', 'published');

export type CsvRow = DSVRowString<string>;

/** The rows of a CSV, a leading byte-order mark dropped (some publishers write one). */
export const readCsv = (dir: string, file: string): CsvRow[] =>
	csvParse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''));

/** The publishers' missing-value codes (reference README, Conventions; MoJ uses .. and ~). */
export const CODES = ['x', 'c', 'z', 'low', ':', '-', '~', '..'];

export type Figure = { value: number | null; note: string | null };

/**
 * A published cell as the app must show it: a number, or null with the publisher's code.
 * `thousandsCommas: false` is for files whose numbers are plain digits, where a comma would be a
 * misreading to stop on rather than a separator to drop.
 */
export function cell(
	raw: string | undefined,
	{ thousandsCommas = true }: { thousandsCommas?: boolean } = {}
): Figure {
	const text = (raw ?? '').trim();
	if (text === '') return { value: null, note: null };
	if (CODES.includes(text.toLowerCase())) return { value: null, note: text.toLowerCase() };
	const value = Number(thousandsCommas ? text.replace(/,/g, '') : text);
	if (!Number.isFinite(value)) throw new Error(`test fixture problem: '${text}' is not a number`);
	return { value, note: null };
}

/** Exactly one CSV row, so a test never silently compares against the wrong row. */
export function only(rows: CsvRow[], where: (r: CsvRow) => boolean, what: string): CsvRow {
	const found = rows.filter(where);
	if (found.length !== 1)
		throw new Error(`expected one CSV row for ${what}, found ${found.length}`);
	return found[0];
}
