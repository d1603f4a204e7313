import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bigCsv } from '../../../../tests/workspace-fixtures/make-files';
import { withLimits } from './limits';
import { FileRefused } from './problems';
import { checkSize, readSpreadsheet } from './read-file';

const limits = withLimits();
function read(bytes: Uint8Array, file = 'data.csv') {
	return readSpreadsheet(bytes, { file, limits });
}
function refusal(bytes: Uint8Array, file = 'data.csv'): string {
	try {
		read(bytes, file);
	} catch (error) {
		if (error instanceof FileRefused) return error.message;
		throw error;
	}
	throw new Error('expected the file to be refused');
}

describe('readSpreadsheet', () => {
	it('refuses a 50 MB file at once, from its size, without reading it', () => {
		const huge = bigCsv(50 * 1024 * 1024);
		const started = performance.now();
		expect(refusal(huge)).toBe(
			'The file is 50 MB; the largest file that can be imported is 20 MB. Remove old rows or split it, then import again.'
		);
		expect(performance.now() - started).toBeLessThan(50);
		expect(checkSize(huge.length, limits)).toMatch(/50 MB/);
		expect(checkSize(1000, limits)).toBeNull();
	});
	it('gives exact sizes where rounding would make a file just over the limit look within it', () => {
		expect(checkSize(20 * 1024 * 1024 + 1, limits)).toBe(
			'The file is 20,971,521 bytes; the largest file that can be imported is 20,971,520 bytes. Remove old rows or split it, then import again.'
		);
		expect(checkSize(20 * 1024 * 1024, limits)).toBeNull();
		expect(checkSize(21 * 1024 * 1024, limits)).toMatch(
			/^The file is 21 MB; the largest .* is 20 MB\./
		);
	});
	it('takes a different size limit when given one', () => {
		expect(() =>
			readSpreadsheet(bigCsv(3000), { file: 'a.csv', limits: withLimits({ maxFileBytes: 2000 }) })
		).toThrow(/3 KB; the largest file that can be imported is 2 KB/);
	});
	it('refuses empty files', () => {
		expect(refusal(new Uint8Array())).toBe('The file is empty.');
		expect(refusal(strToU8('\uFEFF  \r\n\r\n'))).toBe('The file is empty.');
	});
	it('refuses files that are not CSV or .xlsx, whatever they are called', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(refusal(png, 'actions.csv')).toMatch(
			/^This is a PNG image, not a CSV or Excel \(\.xlsx\) file\./
		);
		expect(refusal(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'actions.xlsx')).toMatch(
			/^This is a PDF document/
		);
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		expect(refusal(xls, 'tracker.xls')).toMatch(
			/old-style Office file .* or a password-protected workbook/
		);
		expect(refusal(new Uint8Array([1, 2, 3, 0, 5, 6]))).toMatch(/not a text file/);
		expect(refusal(strToU8('<!DOCTYPE html><html><body>'))).toMatch(/a web page or XML file/);
	});
	it('reads CSV by content, noting a misleading name', () => {
		const sheet = read(strToU8('a,b\n1,2\n'), 'actions.xlsx');
		expect(sheet.format).toBe('csv');
		expect(sheet.rows.map((r) => r.cells)).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(sheet.notes).toEqual([
			'The file is named .xlsx but holds CSV text; it was read as CSV.'
		]);
	});
	it('refuses a zip that is not a workbook, saying what it is', () => {
		const docx = zipSync({ 'word/document.xml': strToU8('<w/>') });
		expect(refusal(docx, 'plan.xlsx')).toMatch(
			/^The file is a Word document, not an Excel workbook/
		);
	});
});
