import { LAYOUTS, type RowOf, type TableName } from '../schemas';
import { exampleRow, tableCells } from './table-cells';
import { writeXlsx } from './xlsx-write';
import { exportCsv } from './csv-write';

/** A table as a one-sheet .xlsx named after the table ("Actions"). */
export function exportXlsx<T extends TableName>(table: T, rows: readonly RowOf<T>[]): Uint8Array {
	return writeXlsx(LAYOUTS[table].title, tableCells(table, rows));
}

/**
 * Blank templates an officer fills in: the header row only, or with one example row that
 * imports cleanly (so the template also shows how dates, statuses and lists are written).
 */
export function templateCsv(table: TableName, options: { example?: boolean } = {}): string {
	return exportCsv(table, options.example ? [exampleRow(table)] : []);
}

export function templateXlsx(table: TableName, options: { example?: boolean } = {}): Uint8Array {
	return exportXlsx(table, options.example ? [exampleRow(table)] : []);
}
