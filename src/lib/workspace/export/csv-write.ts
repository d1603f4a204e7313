import { toCsv } from '../../domain/csv';
import { neutralise } from '../formula-guard';
import type { CellOut, RowOf, TableName } from '../schemas';
import { tableCells } from './table-cells';

/**
 * A table as CSV: UTF-8 with a byte-order mark (so Excel shows £ and accents), CRLF, RFC 4180
 * quoting, dates YYYY-MM-DD. Text that could run as a formula gets an apostrophe in front
 * (see formula-guard.ts); numbers, negative ones included, stay numbers. Quoting and the
 * neutralising rule come from `src/lib/domain/csv.ts`, which the dashboard's own downloads use.
 */
export function exportCsv<T extends TableName>(table: T, rows: readonly RowOf<T>[]): string {
	const { header, body } = tableCells(table, rows);
	return (
		'\uFEFF' +
		toCsv(
			header,
			body.map((row) => row.map(csvValue))
		)
	);
}

function csvValue(cell: CellOut): string | number | null {
	if (cell === null) return null;
	if ('number' in cell) return cell.number;
	if ('date' in cell) return cell.date;
	return neutralise(cell.text);
}
