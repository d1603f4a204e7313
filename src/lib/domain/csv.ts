/**
 * CSV text (RFC 4180) for downloads. A cell that starts with = + - @ (or a tab/return) is
 * prefixed with an apostrophe so that a spreadsheet shows it instead of running it —
 * except plain negative numbers, which stay numbers.
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | null)[])[]
): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text))
		text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
