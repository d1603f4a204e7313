import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDeclared, xlsxBomb } from '../../../../tests/workspace-fixtures/make-files';
import { withLimits } from './limits';
import { FileRefused } from './problems';
import { dosDateTime, inflateEntry, listZip, newBudget } from './zip-read';

const SHEET = 'xl/worksheets/sheet1.xml';
const limits = withLimits();

function refusal(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof FileRefused) return error.message;
		throw error;
	}
	throw new Error('expected the file to be refused');
}

describe('reading a zip with limits', () => {
	// 300 MB of spaces in a zip of about 300 KB, built once for the file's tests.
	let bomb: Uint8Array;
	beforeAll(() => {
		bomb = xlsxBomb(300);
	}, 30_000);

	it('reads when each entry was last changed, as the zip records it', () => {
		const zip = zipSync({
			'a.csv': [strToU8('a'), { mtime: new Date(2026, 10, 26, 19, 0, 11) }],
			'b.xlsx': [strToU8('b'), { mtime: new Date(2027, 0, 2, 8, 5, 0) }]
		});
		expect(listZip(zip, limits).map((e) => e.modified)).toEqual([
			'2026-11-26T19:00:10',
			'2027-01-02T08:05:00'
		]);
		expect(dosDateTime(0, 0)).toBeNull();
		expect(dosDateTime(0x21, 0)).toBeNull();
		expect(dosDateTime((46 << 9) | (13 << 5) | 1, 0)).toBeNull();
	});

	it('lists entries and inflates a small one exactly', () => {
		const zip = zipSync({
			'a.txt': strToU8('hello'),
			'b/c.txt': [strToU8('x'.repeat(5000)), { level: 0 }]
		});
		const entries = listZip(zip, limits);
		expect(entries.map((e) => [e.name, e.size])).toEqual([
			['a.txt', 5],
			['b/c.txt', 5000]
		]);
		const budget = newBudget(limits);
		expect(new TextDecoder().decode(inflateEntry(zip, entries[0], budget))).toBe('hello');
		expect(inflateEntry(zip, entries[1], budget).length).toBe(5000);
		expect(budget.inflated).toBe(5005);
	});

	it('refuses a zip bomb from its declared sizes, before inflating anything', () => {
		expect(bomb.length).toBeLessThan(1024 * 1024);
		const started = performance.now();
		expect(refusal(() => listZip(bomb, limits))).toMatch(
			/would expand to 300 MB when opened, more than the 100 MB allowed — it may be a "zip bomb"/
		);
		expect(performance.now() - started).toBeLessThan(200);
	});

	it('stops inflating an entry that lies about its size, long before the end', () => {
		const liar = withDeclared(bomb, SHEET, { size: 1000 });
		const entries = listZip(liar, limits);
		const budget = newBudget(limits);
		const sheet = entries.find((e) => e.name === SHEET)!;
		expect(refusal(() => inflateEntry(liar, sheet, budget))).toMatch(
			/expands to more than it declares/
		);
		// At most one 4 KB step of input beyond the lie was inflated: a few MB, not 300.
		expect(budget.inflated).toBeLessThan(8 * 1024 * 1024);
	});

	it('stops when the entries together pass the limit, even if each fits', () => {
		const small = withLimits({ maxUncompressedBytes: 3000 });
		const zip = zipSync({ a: new Uint8Array(2000), b: new Uint8Array(2000) });
		expect(refusal(() => listZip(zip, small))).toMatch(/zip bomb/);
		const entries = listZip(zip, limits);
		const budget = { ...newBudget(small), remaining: 3000 };
		inflateEntry(zip, entries[0], budget);
		expect(refusal(() => inflateEntry(zip, entries[1], budget))).toMatch(/zip bomb/);
	});

	it('refuses a ZIP64 size sentinel without its ZIP64 field instead of looping (CVE-2026-45820)', () => {
		const zip = zipSync({ 'a.txt': strToU8('hello') });
		const broken = withDeclared(zip, 'a.txt', { compressedSize: 0xffffffff });
		expect(refusal(() => listZip(broken, limits))).toMatch(/is damaged/);
	});

	it('refuses password-protected, damaged and over-full zips in plain words', () => {
		const zip = zipSync({ 'a.txt': strToU8('hello') });
		const encrypted = zip.slice();
		const view = new DataView(encrypted.buffer);
		for (let at = 0; at < encrypted.length - 4; at++)
			if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
		expect(refusal(() => listZip(encrypted, limits))).toMatch(/password-protected/);
		expect(refusal(() => listZip(zip.subarray(0, zip.length - 10), limits))).toMatch(/damaged/);
		expect(refusal(() => listZip(strToU8('PK\u0003\u0004 not really a zip'), limits))).toMatch(
			/damaged/
		);
		const many = zipSync(
			Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, strToU8('x')]))
		);
		expect(refusal(() => listZip(many, withLimits({ maxZipEntries: 10 })))).toMatch(
			/lists 20 files/
		);
	});

	it('refuses an entry whose data is cut short', () => {
		const zip = zipSync({ 'a.txt': strToU8('hello '.repeat(1000)) });
		const entries = listZip(zip, limits);
		const cut = withDeclared(zip, 'a.txt', { compressedSize: 3 });
		expect(
			refusal(() => inflateEntry(cut, { ...entries[0], compressedSize: 3 }, newBudget(limits)))
		).toMatch(/damaged/);
	});
});
