/**
 * The day the workspace views judge "overdue" and "no update for 8 weeks" against. Shipped
 * illustrative data is written as at a fixed day, so while any of it is still in use that day
 * is "today" and the story it tells never drifts; an area's own data is judged against the
 * reader's real today.
 */

/** True for a real calendar date written YYYY-MM-DD (so never 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar date on the reader's own clock, in their time zone, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The shipped workspace's own date while any table still holds its rows, else the reader's
 * today. A bad shipped date (the build refuses those) is ignored rather than trusted.
 */
export function workspaceAsOf(options: {
	shippedAsOf: string | null | undefined;
	holdsShippedRows: boolean;
	now: Date;
}): string {
	const { shippedAsOf, holdsShippedRows, now } = options;
	return holdsShippedRows && isIsoDate(shippedAsOf) ? shippedAsOf : localIsoDate(now);
}
