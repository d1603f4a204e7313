import type { z } from 'zod';
import type { Column } from './columns';

/**
 * A table's CSV layout: its zod schema (the typed row), its columns in the order exports write
 * them, the columns whose values must be unique together, and groups of rows that must agree
 * (an indicator's unit on every one of its monthly rows, say).
 */

/**
 * Every workspace table, in the order the Your data page and README.txt list them. Each comes
 * after the tables it refers to, so loading them in this order can check every reference.
 */
export const TABLE_NAMES = [
	'meetings',
	'local_indicators',
	'framework',
	'plans',
	'priorities',
	'actions',
	'action_updates',
	'risks',
	'risk_reviews',
	'survey_responses'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableLayout<S extends z.ZodObject = z.ZodObject> {
	name: TableName;
	/** Plain title: "Action updates". */
	title: string;
	about: string;
	schema: S;
	columns: readonly Column<Extract<keyof z.output<S>, string>>[];
	/** Columns whose values together identify a row; a repeat is reported on every row. */
	key: readonly Extract<keyof z.output<S>, string>[];
	/** A column of the area's own indicator ids, none of which may be a published one's id. */
	notPublished?: Extract<keyof z.output<S>, string>;
	/** Rows with the same `by` values must have the same `same` values. */
	consistent?: readonly {
		by: readonly Extract<keyof z.output<S>, string>[];
		same: readonly Extract<keyof z.output<S>, string>[];
	}[];
}

export function defineLayout<S extends z.ZodObject>(layout: TableLayout<S>): TableLayout<S> {
	return layout;
}
