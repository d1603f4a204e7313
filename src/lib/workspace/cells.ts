/**
 * Cell parsers shared by every table layout: they turn what an officer typed in a spreadsheet
 * cell into a typed value, or say in plain words why they cannot. Each message reads on after
 * "Row 14, column 'Due date': ". Callers pass trimmed, non-blank text; blank cells are the
 * caller's business (they mean "not known").
 *
 * Every pattern here is anchored at the start and has no two quantifiers that can share the same
 * characters, so it runs in time linear in the cell (a hostile-cell test holds them to it), and
 * cells reach them at most limits.maxCellChars long.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

/** Text for a message, on one line and at most `max` characters, so a long cell cannot flood it. */
export function clip(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max - 3)}…` : flat;
}

/** The cell as quoted in a message, shortened so a 10,000-character cell does not flood it. */
export function quote(text: string): string {
	return `'${clip(text)}'`;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real calendar date written YYYY-MM-DD (the form every table stores). */
export function isIsoDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return m !== null && isRealDate(+m[1], +m[2], +m[3]);
}

const pad = (n: number) => String(n).padStart(2, '0');
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const UK_DATE = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);

/** A date written YYYY-MM-DD or DD/MM/YYYY (a time after it, as spreadsheets add, is ignored). */
export function parseDate(text: string): CellResult<string> {
	const iso = ISO_DATE.exec(text);
	const uk = iso ? null : UK_DATE.exec(text);
	if (!iso && !uk)
		return fail(`${quote(text)} is not a date: write it as DD/MM/YYYY or YYYY-MM-DD`);
	const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : [+uk![3], +uk![2], +uk![1]];
	if (month < 1 || month > 12)
		return fail(
			`${quote(text)} is not a date: there is no month ${month} (dates are read day first)`
		);
	if (day < 1 || day > daysInMonth(year, month)) {
		const name = MONTHS[month - 1][0].toUpperCase() + MONTHS[month - 1].slice(1);
		return fail(
			`${quote(text)} is not a date: ${name} ${year} has ${daysInMonth(year, month)} days`
		);
	}
	if (year < 1900 || year > 2100)
		return fail(`${quote(text)} is not a date this service can use: the year must be 1900–2100`);
	return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/**
 * The month a monthly or quarterly value is for, stored YYYY-MM. Accepts 2025-04, 04/2025,
 * Apr 2025, April 2025, Apr-25 (Excel's month format), a full date (its month is kept), and
 * financial-year quarters such as "Q1 2025/26" (April 2025).
 */
export function parseMonth(text: string): CellResult<string> {
	const t = text.trim().toLowerCase();
	const month = (y: number, m: number) =>
		m < 1 || m > 12
			? fail(`${quote(text)} is not a month: there is no month ${m}`)
			: y < 1900 || y > 2100
				? fail(`${quote(text)} is not a month this service can use: the year must be 1900–2100`)
				: ok(`${y}-${pad(m)}`);
	let m = /^(\d{4})-(\d{1,2})$/.exec(t);
	if (m) return month(+m[1], +m[2]);
	if ((m = /^(\d{1,2})\/(\d{4})$/.exec(t))) return month(+m[2], +m[1]);
	if ((m = /^([a-z]{3,9})[\s-]+(\d{2}|\d{4})$/.exec(t))) {
		const index = MONTHS.findIndex((name) => name.startsWith(m![1]));
		const year = m[2].length === 2 ? 2000 + +m[2] : +m[2];
		if (index >= 0) return month(year, index + 1);
	}
	if ((m = /^(?:q([1-4])\s+(\d{4})[/-](\d{2})|(\d{4})[/-](\d{2})\s+q([1-4]))$/.exec(t))) {
		// Financial quarters: Q1 is April to June, Q4 is January to March of the next year.
		const [q, y, next] = m[1] ? [+m[1], +m[2], m[3]] : [+m[6], +m[4], m[5]];
		if (next === pad((y + 1) % 100))
			return month(y + (q === 4 ? 1 : 0), (((q - 1) * 3 + 3) % 12) + 1);
	}
	const date = parseDate(text);
	if (date.ok) return ok(date.value.slice(0, 7));
	return fail(
		`${quote(text)} is not a month: write it as YYYY-MM (for example 2025-04) or Apr 2025`
	);
}

export interface NumberRule {
	integer?: boolean;
	min?: number;
	max?: number;
}

const NUMBER = /^([+\-−]?)£?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?\s*(%?)$/i;

/** A number, with thousands separators, a % sign, a pound sign or a true minus sign allowed. */
export function parseNumber(text: string, rule: NumberRule = {}): CellResult<number> {
	const m = NUMBER.exec(text.trim());
	if (!m) return fail(`${quote(text)} is not a number`);
	const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
	const value = sign * Number(m[2].replace(/,/g, '') + (m[3] ? `e${m[3]}` : ''));
	if (!Number.isFinite(value)) return fail(`${quote(text)} is not a number`);
	if (rule.integer && !Number.isInteger(value)) return fail(`${quote(text)} is not a whole number`);
	const kind = rule.integer ? 'a whole number' : 'a number';
	const range =
		rule.min !== undefined && rule.max !== undefined
			? `from ${rule.min} to ${rule.max}`
			: rule.min !== undefined
				? `of at least ${rule.min}`
				: `of at most ${rule.max}`;
	if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))
		return fail(`${quote(text)} is out of range: use ${kind} ${range}`);
	return ok(value === 0 ? 0 : value);
}

/** Words for each allowed value: the first is the one exports write, the rest are also read. */
export type EnumWords<V extends string> = Readonly<Record<V, readonly [string, ...string[]]>>;

/** Case, spacing, dashes and underscores do not matter: "On-track" reads as "on track". */
export function normaliseWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[-_–—]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * One of the allowed values, by any of its words. A word it does not know is answered with the
 * first word of each value, and `also` names other words it reads ("a BRAG colour: …").
 */
export function parseEnum<V extends string>(
	text: string,
	words: EnumWords<V>,
	also?: string
): CellResult<V> {
	const wanted = normaliseWords(text);
	for (const [value, list] of Object.entries(words) as [V, readonly string[]][])
		if (list.some((word) => normaliseWords(word) === wanted)) return ok(value);
	const allowed = (Object.values(words) as (readonly string[])[]).map((list) => list[0]);
	return fail(`${quote(text)} is not one of: ${allowed.join(', ')}${also ? `; or ${also}` : ''}`);
}

export const BOOLEAN_WORDS: EnumWords<'yes' | 'no'> = {
	yes: ['yes', 'y', 'true', '1'],
	no: ['no', 'n', 'false', '0']
};

export function parseBoolean(text: string): CellResult<boolean> {
	const r = parseEnum(text, BOOLEAN_WORDS);
	return r.ok ? ok(r.value === 'yes') : fail(`${quote(text)} is not yes or no`);
}

/** Ids and references: letters and digits, with . _ - / ( ) and single spaces inside ("2.3", "SR3"). */
export const REF_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._/()-]| (?! ))*$/;
/** Indicator ids follow the published catalogue's rule, so local and published ids join alike. */
export const INDICATOR_ID_PATTERN = /^[a-z0-9_]+$/;

export function parseRef(text: string): CellResult<string> {
	const t = text.replace(/\s+/g, ' ');
	if (t.length > 40)
		return fail(`${quote(text)} is too long for a reference (40 characters at most)`);
	if (!REF_PATTERN.test(t))
		return fail(
			`${quote(text)} is not a reference: use letters and digits, with . - _ / if needed`
		);
	return ok(t);
}

export function parseIndicatorId(text: string): CellResult<string> {
	const t = text.toLowerCase();
	if (!INDICATOR_ID_PATTERN.test(t) || t.length > 60)
		return fail(`${quote(text)} is not an indicator id: use letters, digits and _ only`);
	return ok(t);
}

/** A list in one cell, items separated by semicolons or new lines (and commas, for ids). */
export function splitList(text: string, commas: boolean): string[] {
	const items = text.split(commas ? /[;,\n]/ : /[;\n]/).map((item) => item.trim());
	return [...new Set(items.filter((item) => item !== ''))];
}

export function parseList<T>(
	text: string,
	item: (text: string) => CellResult<T>,
	commas = true
): CellResult<T[]> {
	const values: T[] = [];
	for (const part of splitList(text, commas)) {
		const r = item(part);
		if (!r.ok) return r;
		values.push(r.value);
	}
	return ok([...new Set(values)]);
}

/** Free text: line endings become \n and invisible control characters are dropped. */
export function parseText(text: string): CellResult<string> {
	return ok(
		text
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
			.trim()
	);
}
