import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode-text';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('parseCsv', () => {
	it('reads RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes', () => {
		expect(cells('a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['two\r\nlines', 'z']
		]);
	});
	it('counts a record with a quoted line break as one spreadsheet row', () => {
		const rows = parseCsv('h\n"a\nb"\nc\n');
		expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
		expect(rows[2].cells).toEqual(['c']);
	});
	it('accepts LF, CRLF and CR line endings and a last line with no ending', () => {
		expect(cells('a\nb\r\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
	});
	it('leaves out blank lines but counts them, so row numbers match the spreadsheet', () => {
		expect(parseCsv('h\n\n , \nx\n').map((r) => [r.row, r.cells])).toEqual([
			[1, ['h']],
			[4, ['x']]
		]);
	});
	it('keeps neither blank rows nor empty cells past the last column, so a file of them is small', () => {
		const start = performance.now();
		expect(parseCsv('\n'.repeat(5_000_000))).toEqual([]);
		const commas = parseCsv(`a${','.repeat(5_000_000)}\nb\n`, 200);
		expect(commas.map((r) => [r.row, r.cells.length])).toEqual([
			[1, 200],
			[2, 1]
		]);
		expect(performance.now() - start).toBeLessThan(2000);
	});
	it('refuses a file with more rows than the limit, blank ones not counted', () => {
		expect(parseCsv('a\n\nb\nc\n', Infinity, 3)).toHaveLength(3);
		expect(() => parseCsv('a\nb\nc\nd\n', Infinity, 3)).toThrow(
			'The file has more than 3 rows, more than any table here needs.'
		);
	});
	it('keeps empty cells and trailing delimiters', () => {
		expect(cells('a,,c,\n')).toEqual([['a', '', 'c', '']]);
	});
	it('reads semicolon and tab separated files when the header has no commas', () => {
		expect(cells('a;b\n1,5;2\n')).toEqual([
			['a', 'b'],
			['1,5', '2']
		]);
		expect(cells('a\tb\nx\ty\n')).toEqual([
			['a', 'b'],
			['x', 'y']
		]);
	});
	it('refuses a quoted cell that is never closed, naming its row', () => {
		expect(() => parseCsv('a,b\n1,2\n3,"never closed\n')).toThrow(
			/A quoted cell that starts on row 3 is never closed/
		);
	});
	it('refuses a row with values beyond the columns any table has, but not empty padding', () => {
		expect(() => parseCsv('a,b,c,d\n', 3)).toThrow(/Row 1 has values beyond column 3/);
		expect(parseCsv(`a,b${','.repeat(500)}\n`, 3)[0].cells.slice(0, 3)).toEqual(['a', 'b', '']);
	});
});

describe('decodeText', () => {
	it('drops a UTF-8 byte-order mark', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
	});
	it('reads Excel’s Windows-1252 CSV, so £ and curly quotes survive', () => {
		expect(decodeText(new Uint8Array([0xa3, 0x35, 0x20, 0x93, 0x68, 0x69, 0x94]))).toBe('£5 “hi”');
	});
	it('reads UTF-16 with its byte-order mark', () => {
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0, 0xa3, 0]))).toBe('a£');
		expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('a');
	});
});
