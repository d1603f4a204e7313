/**
 * Every row that refers to something missing, as tables an officer can read to find and fix
 * them: each row by its key, with the ids not found. Used by each table's card (the rows
 * flagged now) and by the check report (the rows an import would leave so). Long lists stop
 * at a bound, and say how many more there are.
 */
import {
	countRows,
	LAYOUTS,
	ROW_NOUNS,
	TABLE_NAMES,
	type RowReference,
	type TableName
} from '$lib/workspace';
import { listWords } from './words';

/** Rows listed per table; an officer fixing more works from the file, and the card counts them. */
export const MOST_LISTED = 200;

const number = new Intl.NumberFormat('en-GB');

export interface FlaggedTable {
	table: TableName;
	/** "Risks that refer to something missing", for the table's caption and its scroll box. */
	caption: string;
	/** The row's key columns as the file heads them, then what was not found. */
	headers: string[];
	/** A line per row and column, its cells under the headers. */
	lines: string[][];
	/** True when the last cell lists the ids not found (else the key says them). */
	idsLast: boolean;
	/** How many rows refer to something missing, listed or not. */
	rows: number;
	/** "Only the first 200 of 1,234 action updates are listed."; null when all are. */
	more: string | null;
}

const headerOf = (table: TableName, key: string) =>
	(LAYOUTS[table].columns as readonly { key: string; header: string }[]).find((c) => c.key === key)
		?.header ?? key;

/** The rows by table, in the workspace's order, each row once with its lines together. */
export function flaggedTables(refs: readonly RowReference[], most = MOST_LISTED): FlaggedTable[] {
	const byTable = new Map<TableName, Map<string, RowReference[]>>();
	for (const ref of refs) {
		const rows = byTable.get(ref.table) ?? new Map<string, RowReference[]>();
		byTable.set(ref.table, rows);
		const at = JSON.stringify(ref.key);
		rows.set(at, [...(rows.get(at) ?? []), ref]);
	}
	return TABLE_NAMES.flatMap((table) => {
		const rows = byTable.get(table);
		if (!rows) return [];
		const listed = [...rows.values()].slice(0, most);
		const columns = [...new Set(listed.flat().map((r) => r.column))];
		const one = columns.length === 1;
		const key = LAYOUTS[table].key as readonly string[];
		// An update of a missing action is named by that action already: its heading says so.
		const inKey = one && key.includes(columns[0]);
		const headers = [
			...key.map((k) => `${headerOf(table, k)}${inKey && k === columns[0] ? ' (not found)' : ''}`),
			...(inKey ? [] : one ? [`${headerOf(table, columns[0])} not found`] : ['Column', 'Not found'])
		];
		const lines = listed.flatMap((refsOfRow) =>
			refsOfRow.map((r) => [
				...r.key,
				...(one ? [] : [headerOf(table, r.column)]),
				...(inKey ? [] : [r.ids.join(', ')])
			])
		);
		const more =
			rows.size > listed.length
				? `Only the first ${number.format(listed.length)} of ${countRows(table, rows.size)} are listed.`
				: null;
		const plural = ROW_NOUNS[table][1];
		const caption = `${plural.charAt(0).toUpperCase()}${plural.slice(1)} that refer to something missing`;
		return [{ table, caption, headers, lines, idsLast: !inKey, rows: rows.size, more }];
	});
}

/** The disclosure's words: "List the 11 risks and what each refers to". */
export function disclosureWords(tables: readonly FlaggedTable[]): string {
	if (tables.length > 1)
		return `List them (${listWords(tables.map((t) => countRows(t.table, t.rows)))}), with what each refers to`;
	const [{ table, rows }] = tables;
	if (rows === 1) return `Show the ${ROW_NOUNS[table][0]} and what it refers to`;
	return `List the ${countRows(table, rows)} and what each refers to`;
}
