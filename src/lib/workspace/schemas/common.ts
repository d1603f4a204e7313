import { z } from 'zod';
import { INDICATOR_ID_PATTERN, REF_PATTERN, isIsoDate } from '../cells';

/**
 * Zod building blocks every table schema uses, so a date, a reference or a 1–5 score means
 * the same everywhere. Optional values are `null` (a blank cell), never `undefined` or ''.
 */

/** The longest text one cell may hold; longer cells are reported, not cut. */
export const MAX_CELL_CHARS = 10_000;

export const isoDate = z.string().refine(isIsoDate, 'not a real date written YYYY-MM-DD');
/** The month a value is for (for a quarter, its first month), written YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month written YYYY-MM');

// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u0008\u000b-\u001f\u007f]*$/;
/** Trimmed text without control characters (new lines allowed); blank text is `null` instead. */
export const text = z
	.string()
	.max(MAX_CELL_CHARS, `is longer than ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters`)
	.regex(NO_CONTROL, 'contains control characters')
	.refine((t) => t === t.trim() && t !== '', 'must be trimmed, non-empty text');

export const ref = z.string().max(40).regex(REF_PATTERN, 'not a valid reference');
export const indicatorId = z.string().max(60).regex(INDICATOR_ID_PATTERN, 'not an indicator id');

/** Likelihood or impact on the risk matrix: 1–5 (a 4×4 register simply never uses 5). */
export const score = z.number().int().min(1).max(5);
export const percent = z.number().min(0).max(100);
export const count = z.number().int().min(0);

/** Adds an issue on one field, so a report can name the column it belongs to. */
export function flag(ctx: z.RefinementCtx, field: string, message: string): void {
	ctx.addIssue({ code: 'custom', path: [field], message });
}

/** Both halves of a likelihood × impact pair, or neither. */
export function pairIssues(
	ctx: z.RefinementCtx,
	likelihood: number | null,
	impact: number | null,
	fields: [string, string],
	what: string
): void {
	if (likelihood !== null && impact === null)
		flag(ctx, fields[1], `the ${what} likelihood is given, so the ${what} impact is needed too`);
	if (likelihood === null && impact !== null)
		flag(ctx, fields[0], `the ${what} impact is given, so the ${what} likelihood is needed too`);
}

/** A revised due date needs its reason, and a reason needs the revised date. */
export function revisionIssues(
	ctx: z.RefinementCtx,
	revised: string | null,
	reason: string | null
): void {
	if (revised !== null && reason === null)
		flag(ctx, 'revision_reason', 'the due date was revised, so the reason is needed');
	if (revised === null && reason !== null)
		flag(ctx, 'revised_due_date', 'a reason for a revised date is given, but no revised date');
}
