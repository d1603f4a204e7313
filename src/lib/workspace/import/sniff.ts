/**
 * What a file is, judged by its first bytes rather than its name: officers rename files, and a
 * PDF called "actions.csv" must be refused with a reason, not parsed as text.
 */
export type Sniffed =
	{ kind: 'text' } | { kind: 'zip' } | { kind: 'other'; what: string; hint: string };

const SAVE_AS = 'Save it from Excel as .xlsx or as CSV UTF-8 and import that.';

const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: SAVE_AS },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: SAVE_AS },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: SAVE_AS },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: SAVE_AS },
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		what: 'an old-style Office file (.xls or .doc) or a password-protected workbook',
		hint: 'Remove any password, then save it from Excel as .xlsx or as CSV UTF-8.'
	},
	{ bytes: [0x1f, 0x8b], what: 'a gzip archive', hint: SAVE_AS },
	{ bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', hint: SAVE_AS },
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive', hint: SAVE_AS }
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function sniff(bytes: Uint8Array): Sniffed {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return { kind: 'zip' };
	for (const sig of SIGNATURES)
		if (startsWith(bytes, sig.bytes)) return { kind: 'other', what: sig.what, hint: sig.hint };
	const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
	if (!utf16 && looksBinary(bytes.subarray(0, 8192)))
		return { kind: 'other', what: 'not a text file', hint: SAVE_AS };
	const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
	if (/^\s*<(?:!doctype html|html|\?xml)/i.test(head))
		return { kind: 'other', what: 'a web page or XML file', hint: SAVE_AS };
	return { kind: 'text' };
}

/** Text never holds NUL bytes and few other control characters. */
function looksBinary(head: Uint8Array): boolean {
	let control = 0;
	for (const b of head) {
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return control > head.length / 100;
}
