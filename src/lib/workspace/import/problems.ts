/**
 * A problem found in an imported file, in plain words. `row` is the spreadsheet row number
 * (the header is row 1) and `column` the header as the file wrote it; both are null for a
 * problem with the file as a whole. `message` is the whole sentence, ready to show on its own
 * line ("Row 5, column 'Due date': …"); `detail` is what follows the row and column, for a
 * table that shows them in columns of their own (for a file problem it is the message).
 */
export interface Problem {
	file: string;
	row: number | null;
	column: string | null;
	message: string;
	detail: string;
}

/** Thrown by the readers when a file cannot be read at all; the import turns it into a report. */
export class FileRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FileRefused';
	}
}

export function fileProblem(file: string, message: string): Problem {
	return { file, row: null, column: null, message, detail: message };
}

export function cellProblem(file: string, row: number, column: string, detail: string): Problem {
	return { file, row, column, message: `Row ${row}, column '${column}': ${detail}`, detail };
}

export function rowProblem(file: string, row: number, detail: string): Problem {
	return { file, row, column: null, message: `Row ${row}: ${detail}`, detail };
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

const count = new Intl.NumberFormat('en-GB');

/**
 * "a, b and c", or "a, b, c, d, e and 95 more" once there are more than `max`: every list a
 * message gives is cut short, however many items a file has. `total` counts items not passed.
 */
export function listAtMost(items: readonly string[], max = 5, total = items.length): string {
	if (total <= max && items.length === total)
		return items.length < 2
			? items.join('')
			: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
	const shown = items.slice(0, max);
	return `${shown.join(', ')} and ${count.format(total - shown.length)} more`;
}
