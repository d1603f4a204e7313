import type { CheckPlace } from '../import/progress';

/**
 * What the Your data page says when a check could not finish, for each reason it can stop.
 * Each says what happened, that nothing was changed, and what will help: "try again" only
 * where trying again can help, not when the file itself is the cause.
 */

/** Why a check did not finish: it took too long, the checker stopped, or it met something it could not handle. */
export type FailureKind = 'too-slow' | 'stopped' | 'fault';

/** "30 seconds", "1.5 seconds", "200 milliseconds". */
export function formatDuration(ms: number): string {
	if (ms < 1000) return `${Math.round(ms)} millisecond${Math.round(ms) === 1 ? '' : 's'}`;
	const seconds = Number((ms / 1000).toFixed(1));
	return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/**
 * "Checking actions.csv took longer than 30 seconds, so it was stopped. …": names the table's
 * file inside a zip and the column that took most of the time, when they are known.
 */
export function tooSlowWords(file: string, limitMs: number, place: CheckPlace | null): string {
	const inner =
		place && place.file && place.file !== file ? `, while checking ${place.file} in it` : '';
	const start = `Checking ${file} took longer than ${formatDuration(limitMs)}, so it was stopped${inner}.`;
	const advice = place?.slowest
		? `Most of that time went on the column '${place.slowest}': look there for very long or unusual entries, then import the file again.`
		: 'The file may be too large for this computer to check: remove what it does not need (old rows, other sheets, extra columns), then import it again.';
	return `${start} ${advice} Nothing was changed.`;
}

/** The checker itself stopped (out of memory, say): more likely the file than chance. */
export function stoppedWords(file: string, detail: string): string {
	return `${file} could not be checked: the checker stopped (${detail}). Nothing was changed. If it happens again, the file may be too large or complicated for this browser: remove what it does not need, or save it again from Excel, then import it again.`;
}

/** Something in the file made the checking code fail: the same file will fail the same way. */
export function faultWords(file: string, detail: string): string {
	return `${file} could not be checked: something in it made the checker fail (${detail}). Nothing was changed. Importing the same file again will not help: save it again from Excel (as .xlsx or CSV UTF-8) and import that, and if that fails too, tell whoever looks after this dashboard.`;
}

/** A check rejected: its own words when the client gave them, else the file could not be read. */
export function cannotCheckWords(file: string, error: unknown): string {
	if (error instanceof Error && error.name === 'ImportFailed') return error.message;
	const detail = error instanceof Error ? error.message : String(error);
	return `${file} could not be read (${detail}). Nothing was changed; choose the file again.`;
}
