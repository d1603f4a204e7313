import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
	it('writes a header and rows with CRLF, blanks for missing', () => {
		expect(
			toCsv(
				['year', 'value'],
				[
					[2024, 16.1],
					[2023, null]
				]
			)
		).toBe('year,value\r\n2024,16.1\r\n2023,\r\n');
	});
	it('quotes commas, quotes and newlines', () => {
		expect(csvCell('Bournemouth, Christchurch and Poole')).toBe(
			'"Bournemouth, Christchurch and Poole"'
		);
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('a\nb')).toBe('"a\nb"');
	});
	it('neutralises formulas but keeps negative numbers', () => {
		expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvCell('@cmd')).toBe("'@cmd");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2.5')).toBe('-2.5');
		expect(csvCell(-2.5)).toBe('-2.5');
	});
});
