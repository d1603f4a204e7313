import {
	parseBoolean,
	parseDate,
	parseEnum,
	parseIndicatorId,
	parseList,
	parseMonth,
	parseNumber,
	parseRef,
	parseText,
	type CellResult,
	type EnumWords,
	type NumberRule
} from '../cells';
import { parseMilestones, writeMilestones } from './milestones';

/**
 * A column of a table's CSV layout: the header an officer writes, how its cells are read and
 * written, and the words README.txt uses to describe it. Each kind reads what it writes, which
 * is what makes export → import give back exactly the same rows.
 */

/** The other tables a column's ids may point at ("indicators" = published and local ones). */
export type RefKind = 'plans' | 'priorities' | 'actions' | 'risks' | 'indicators';

/** How a column is held in the database: one value, a list, or a list of milestones. */
export type SqlType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]' | 'MILESTONES';

/** A cell as an export writes it: text, a number, or a date (a real date cell in .xlsx). */
export type CellOut = { text: string } | { number: number } | { date: string } | null;

export interface Column<K extends string = string> {
	key: K;
	header: string;
	/** Other headers read as this column (case and spacing never matter). */
	aliases: readonly string[];
	/** A required column must be present and each row's cell filled in. */
	required: boolean;
	/** The accepted format in words, for README.txt. */
	format: string;
	about: string;
	/** A valid cell for the template's example row. */
	example: string;
	refersTo?: RefKind;
	/** Its type in the in-browser database (see src/lib/workspace/sql-tables.ts). */
	sql: SqlType;
	/** The value of a blank cell: null, [] for lists, or a default such as `true`. */
	empty: unknown;
	parse(text: string): CellResult<unknown>;
	write(value: unknown): CellOut;
}

export interface ColumnOptions {
	about: string;
	example: string;
	required?: boolean;
	aliases?: readonly string[];
	refersTo?: RefKind;
	/** What a blank cell means, where it is not "not known" (null). */
	ifBlank?: unknown;
}

export interface WordsOptions {
	/** Other words the column reads, as an unknown word's message names them: "a BRAG colour: …". */
	alsoAccepted?: string;
}

type Kind = Pick<Column, 'format' | 'parse' | 'write' | 'sql'> & { empty?: unknown };

function column<K extends string>(key: K, header: string, kind: Kind, o: ColumnOptions): Column<K> {
	const { required = false, aliases = [], ifBlank, ...rest } = o;
	const empty = ifBlank !== undefined ? ifBlank : kind.empty !== undefined ? kind.empty : null;
	return { key, header, required, aliases, ...kind, ...rest, empty };
}

const asText = (value: unknown): CellOut => (value === null ? null : { text: String(value) });
const asList = (value: unknown): CellOut =>
	(value as string[]).length === 0 ? null : { text: (value as string[]).join('; ') };

/** Column constructors, one per kind of cell. */
export const col = {
	text: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(key, header, { format: 'text', sql: 'VARCHAR', parse: parseText, write: asText }, o),
	date: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'a date, DD/MM/YYYY or YYYY-MM-DD',
				sql: 'DATE',
				parse: parseDate,
				write: (v) => (v === null ? null : { date: v as string })
			},
			o
		),
	month: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{ format: 'a month, YYYY-MM or Apr 2025', sql: 'VARCHAR', parse: parseMonth, write: asText },
			o
		),
	number: <K extends string>(key: K, header: string, rule: NumberRule, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: numberFormat(rule),
				sql: 'DOUBLE',
				parse: (t) => parseNumber(t, rule),
				write: (v) => (v === null ? null : { number: v as number })
			},
			o
		),
	words: <K extends string, V extends string>(
		key: K,
		header: string,
		words: EnumWords<V>,
		{ alsoAccepted, ...o }: ColumnOptions & WordsOptions
	) =>
		column(
			key,
			header,
			{
				format: `one of: ${Object.values<readonly string[]>(words)
					.map((w) => w[0])
					.join(', ')}`,
				sql: 'VARCHAR',
				parse: (t) => parseEnum(t, words, alsoAccepted),
				write: (v) => (v === null ? null : { text: words[v as V][0] })
			},
			o
		),
	yesNo: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'yes or no',
				sql: 'BOOLEAN',
				parse: parseBoolean,
				write: (v) => (v === null ? null : { text: v ? 'yes' : 'no' })
			},
			o
		),
	ref: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{ format: 'a reference such as 2.3 or SR3', sql: 'VARCHAR', parse: parseRef, write: asText },
			o
		),
	indicator: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'an indicator id (letters, digits, _)',
				sql: 'VARCHAR',
				parse: parseIndicatorId,
				write: asText
			},
			o
		),
	refList: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'references separated by ; (for example 1.2; 2.3)',
				sql: 'VARCHAR[]',
				empty: [],
				parse: (t) => parseList(t, parseRef),
				write: asList
			},
			o
		),
	indicatorList: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'indicator ids separated by ;',
				sql: 'VARCHAR[]',
				empty: [],
				parse: (t) => parseList(t, parseIndicatorId),
				write: asList
			},
			o
		),
	textList: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'items separated by ; or new lines',
				sql: 'VARCHAR[]',
				empty: [],
				parse: (t) => parseList(t, parseText, false),
				write: asList
			},
			o
		),
	milestones: <K extends string>(key: K, header: string, o: ColumnOptions) =>
		column(
			key,
			header,
			{
				format: 'value by date, separated by ; (for example 55 by 31/03/2026; 65 by 30/09/2026)',
				sql: 'MILESTONES',
				empty: [],
				parse: parseMilestones,
				write: (v) => writeMilestones(v as { value: number; date: string }[])
			},
			o
		)
};

function numberFormat(rule: NumberRule): string {
	const kind = rule.integer ? 'a whole number' : 'a number';
	if (rule.min !== undefined && rule.max !== undefined)
		return `${kind} from ${rule.min} to ${rule.max}`;
	if (rule.min !== undefined) return `${kind} of at least ${rule.min}`;
	return kind;
}
