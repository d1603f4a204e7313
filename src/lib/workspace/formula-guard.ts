/**
 * Spreadsheet formula guard. A cell that starts with = + - @ (or a tab or return) can be run as
 * a formula when a CSV is opened in a spreadsheet, so exports put an apostrophe in front of it —
 * the rule of `src/lib/domain/csv.ts`, where a plain negative number stays a number. Text that
 * already starts with apostrophes before such a character gets one more, so `unneutralise` is
 * the exact inverse and every text survives export → import unchanged.
 */
const RISKY_START = /^'*[=+\-@\t\r]/;
const PLAIN_NEGATIVE = /^-\d+(\.\d+)?$/;

export function needsNeutralising(text: string): boolean {
	return RISKY_START.test(text) && !PLAIN_NEGATIVE.test(text);
}

export function neutralise(text: string): string {
	return needsNeutralising(text) ? `'${text}` : text;
}

/** Removes the apostrophe an export (or an officer, as Excel does) put in front of a formula. */
export function unneutralise(text: string): string {
	return text.startsWith("'") && needsNeutralising(text.slice(1)) ? text.slice(1) : text;
}
