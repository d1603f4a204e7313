import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { readPublishedCell, type ValueNote } from '../../src/lib/domain/value-notes';
import { DataBuildError } from './errors';

/** One data row of a published CSV, read by column name, that knows where it came from. */
export class SourceRow {
	constructor(
		readonly file: string,
		/** Spreadsheet row number: the header is row 1, the first data row is row 2. */
		readonly row: number,
		private readonly cells: Record<string, string>
	) {}

	text(column: string): string {
		return (this.cells[column] ?? '').trim();
	}

	/** A cell that must be present. */
	required(column: string, expected = 'a value'): string {
		const text = this.text(column);
		if (!text) this.fail(column, `expected ${expected}, found an empty cell`);
		return text;
	}

	/** A published figure: a number, or missing with the publisher's code, never a guess. */
	figure(column: string): { value: number | null; note: ValueNote | null } {
		const cell = readPublishedCell(this.cells[column]);
		if (!cell.ok) this.fail(column, cell.reason);
		return { value: cell.value, note: cell.note };
	}

	/** A whole number such as a year or a count, with no published codes allowed. */
	integer(column: string): number {
		const text = this.required(column, 'a whole number');
		if (!/^\d+$/.test(text)) this.fail(column, `expected a whole number, found '${text}'`);
		return Number(text);
	}

	/**
	 * A date written YYYY-MM-DD or DD/MM/YYYY, returned as YYYY-MM-DD, or null for an empty
	 * cell. The day must exist: `Date.parse` alone accepts 2023-02-30 (it rolls over to
	 * 2 March) and the DD/MM/YYYY form was not checked at all, so both are checked here.
	 */
	date(column: string): string | null {
		const text = this.text(column);
		if (!text) return null;
		const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
		const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
		if (!iso && !dmy)
			return this.fail(column, `expected a date (YYYY-MM-DD or DD/MM/YYYY), found '${text}'`);
		const [year, month, day] = (iso ? [iso[1], iso[2], iso[3]] : [dmy![3], dmy![2], dmy![1]]).map(
			Number
		);
		const date = new Date(Date.UTC(year, month - 1, day));
		if (
			date.getUTCFullYear() !== year ||
			date.getUTCMonth() !== month - 1 ||
			date.getUTCDate() !== day
		) {
			return this.fail(column, `'${text}' is not a real calendar date`);
		}
		return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	}

	oneOf<T extends string>(column: string, allowed: readonly T[]): T {
		const text = this.text(column);
		if (!(allowed as readonly string[]).includes(text)) {
			this.fail(
				column,
				`expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, found '${text}'`
			);
		}
		return text as T;
	}

	fail(column: string, problem: string): never {
		throw new DataBuildError(this.file, problem, { row: this.row, column });
	}
}

/**
 * Reads a published CSV and checks that every column the build relies on is there,
 * so a renamed column stops the build instead of silently emptying an indicator.
 */
export function readSource(dir: string, file: string, columns: readonly string[]): SourceRow[] {
	const path = join(dir, file);
	if (!existsSync(path)) {
		throw new DataBuildError(
			file,
			`the file is missing from ${dir}; copy it from the publisher (data/published/PROVENANCE.md says where each file comes from)`
		);
	}
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	if (text.trim() === '')
		throw new DataBuildError(file, 'the file is empty: expected a header row and data rows');
	const [header, ...records] = csvParseRows(text);
	const names = header.map((h) => h.trim());
	const missing = columns.filter((c) => !names.includes(c));
	if (missing.length) {
		throw new DataBuildError(
			file,
			`expected column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} in the header, which has: ${names.join(', ')}`,
			{ row: 1, column: missing[0] }
		);
	}
	const rows = records.flatMap((record, i) => {
		if (record.every((cell) => cell.trim() === '')) return [];
		const cells: Record<string, string> = {};
		names.forEach((name, j) => {
			// Keep the first of a repeated header (one SEN2 file repeats a column name).
			if (!(name in cells)) cells[name] = record[j] ?? '';
		});
		return [new SourceRow(file, i + 2, cells)];
	});
	// A file cut down to its header would otherwise empty an indicator (or the neighbours) without a word.
	if (!rows.length)
		throw new DataBuildError(file, 'the file has a header but no data rows', { row: 2 });
	return rows;
}

const ORIGINS = new WeakMap<object, SourceRow>();

/** Remembers which published row a built record came from, so checks across tables can name it. */
export function fromRow<T extends object>(row: SourceRow, record: T): T {
	ORIGINS.set(record, row);
	return record;
}

export function originOf(record: object): SourceRow | undefined {
	return ORIGINS.get(record);
}
