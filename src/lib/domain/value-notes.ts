/**
 * Codes that statistical publishers put in a cell instead of a number. Each one means
 * "missing, for this reason" — never zero. DfE uses x, c, z, low and ":"; LAIT uses "-";
 * the MoJ tribunal table uses ".." and "~".
 */
export const VALUE_NOTES = {
	x: { kind: 'suppressed', words: 'not available or suppressed by the publisher' },
	c: { kind: 'suppressed', words: 'suppressed to protect confidentiality' },
	low: { kind: 'suppressed', words: 'suppressed: rounds to zero but is not zero' },
	'~': { kind: 'suppressed', words: 'suppressed: too small to show' },
	z: { kind: 'not applicable', words: 'not applicable' },
	':': { kind: 'not available', words: 'not available' },
	'-': {
		kind: 'not available',
		words: 'not available or suppressed (DfE Local Authority Interactive Tool)'
	},
	'..': { kind: 'not available', words: 'not available' }
} as const;

export type ValueNote = keyof typeof VALUE_NOTES;
export type MissingKind = (typeof VALUE_NOTES)[ValueNote]['kind'];

export function isValueNote(code: string): code is ValueNote {
	return Object.hasOwn(VALUE_NOTES, code);
}

export type PublishedCell =
	| { ok: true; value: number; note: null }
	| { ok: true; value: null; note: ValueNote | null }
	| { ok: false; reason: string };

/**
 * Reads one published cell. Numbers may carry thousands separators ("1,234") as
 * spreadsheets export them. An empty cell is missing with no stated reason.
 */
export function readPublishedCell(raw: string | undefined): PublishedCell {
	const text = (raw ?? '').trim();
	if (text === '') return { ok: true, value: null, note: null };
	if (isValueNote(text.toLowerCase()))
		return { ok: true, value: null, note: text.toLowerCase() as ValueNote };
	const compact = text.replace(/,(?=\d{3}(\D|$))/g, '');
	// \d+(\.\d*)? rather than \d+\.?\d*, which splits a long run of digits every way (quadratic).
	if (/^[-+]?(\d+(?:\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(compact)) {
		return { ok: true, value: Number(compact), note: null };
	}
	return {
		ok: false,
		reason: `'${text}' is neither a number nor a known code (${Object.keys(VALUE_NOTES).join(', ')})`
	};
}

/** How the interface names a missing value: "suppressed", "not applicable" or "not available". */
export function describeMissing(note: string | null | undefined): { label: string; words: string } {
	if (note && isValueNote(note)) {
		const { kind, words } = VALUE_NOTES[note];
		return { label: kind, words: `${words} (published as “${note}”)` };
	}
	return { label: 'no data', words: 'no figure was published for this period' };
}
