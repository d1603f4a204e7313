import { describe, expect, it } from 'vitest';
import {
	parseBoolean,
	parseDate,
	parseEnum,
	parseIndicatorId,
	parseList,
	parseMonth,
	parseNumber,
	parseRef,
	parseText,
	quote,
	type CellResult
} from './cells';

const value = <T>(r: CellResult<T>) => (r.ok ? r.value : `ERROR: ${r.message}`);

describe('parseDate', () => {
	it('reads YYYY-MM-DD and DD/MM/YYYY, with or without padding', () => {
		expect(value(parseDate('2025-03-31'))).toBe('2025-03-31');
		expect(value(parseDate('31/03/2025'))).toBe('2025-03-31');
		expect(value(parseDate('1/4/2025'))).toBe('2025-04-01');
		expect(value(parseDate('2025-4-1'))).toBe('2025-04-01');
	});
	it('ignores a time a spreadsheet added', () => {
		expect(value(parseDate('2025-03-31 00:00:00'))).toBe('2025-03-31');
		expect(value(parseDate('2025-03-31T00:00:00Z'))).toBe('2025-03-31');
		expect(value(parseDate('31/03/2025 09:30'))).toBe('2025-03-31');
	});
	it('accepts 29 February in a leap year only', () => {
		expect(value(parseDate('29/02/2028'))).toBe('2028-02-29');
		expect(value(parseDate('29/02/2025'))).toBe(
			"ERROR: '29/02/2025' is not a date: February 2025 has 28 days"
		);
	});
	it('rejects impossible dates in plain words', () => {
		expect(value(parseDate('31/13/2025'))).toBe(
			"ERROR: '31/13/2025' is not a date: there is no month 13 (dates are read day first)"
		);
		expect(value(parseDate('30/02/2025'))).toBe(
			"ERROR: '30/02/2025' is not a date: February 2025 has 28 days"
		);
		expect(value(parseDate('31/04/2026'))).toMatch(/April 2026 has 30 days/);
		expect(value(parseDate('00/01/2026'))).toMatch(/January 2026 has 31 days/);
		expect(value(parseDate('12/31/2025'))).toMatch(/no month 31 \(dates are read day first\)/);
	});
	it('rejects other forms, saying how to write a date', () => {
		for (const text of ['31.03.2025', '31/03/25', 'March 31 2025', 'soon', '2025/03/31', '45382'])
			expect(value(parseDate(text))).toBe(
				`ERROR: '${text}' is not a date: write it as DD/MM/YYYY or YYYY-MM-DD`
			);
		expect(value(parseDate('01/01/1850'))).toMatch(/year must be 1900–2100/);
	});
});

describe('parseMonth', () => {
	it('reads the forms officers write for a month', () => {
		for (const text of [
			'2025-04',
			'2025-4',
			'04/2025',
			'Apr 2025',
			'April 2025',
			'apr-25',
			'Apr-2025'
		])
			expect(value(parseMonth(text))).toBe('2025-04');
		expect(value(parseMonth('15/04/2025'))).toBe('2025-04');
		expect(value(parseMonth('Sept 2025'))).toBe('2025-09');
	});
	it('reads financial-year quarters as their first month', () => {
		expect(value(parseMonth('Q1 2025/26'))).toBe('2025-04');
		expect(value(parseMonth('Q2 2025-26'))).toBe('2025-07');
		expect(value(parseMonth('2025/26 Q3'))).toBe('2025-10');
		expect(value(parseMonth('Q4 2025/26'))).toBe('2026-01');
	});
	it('rejects what is not a month', () => {
		expect(value(parseMonth('2025-13'))).toBe(
			"ERROR: '2025-13' is not a month: there is no month 13"
		);
		expect(value(parseMonth('00/2025'))).toBe(
			"ERROR: '00/2025' is not a month: there is no month 0"
		);
		expect(value(parseMonth('1850-04'))).toBe(
			"ERROR: '1850-04' is not a month this service can use: the year must be 1900–2100"
		);
		expect(value(parseMonth('Q1 2025/27'))).toMatch(/is not a month: write it as YYYY-MM/);
		expect(value(parseMonth('Smarch 2025'))).toMatch(/is not a month/);
	});
});

describe('parseNumber', () => {
	it('reads plain numbers, thousands separators, %, £ and minus signs', () => {
		expect(value(parseNumber('1,204'))).toBe(1204);
		expect(value(parseNumber('1,234,567.5'))).toBe(1234567.5);
		expect(value(parseNumber('46.2%'))).toBe(46.2);
		expect(value(parseNumber('£2,500'))).toBe(2500);
		expect(value(parseNumber('-2.5'))).toBe(-2.5);
		expect(value(parseNumber('−2.5'))).toBe(-2.5);
		expect(value(parseNumber('+3'))).toBe(3);
		expect(value(parseNumber('.5'))).toBe(0.5);
		expect(value(parseNumber('1.5E+3'))).toBe(1500);
		expect(value(parseNumber('-0'))).toBe(0);
	});
	it('rejects text and misplaced separators', () => {
		for (const text of ['12a', '1,23', '1,2345', 'n/a', '1.2.3', '--1', '#N/A'])
			expect(value(parseNumber(text))).toBe(`ERROR: '${text}' is not a number`);
	});
	it('checks whole numbers and ranges', () => {
		expect(value(parseNumber('2.5', { integer: true }))).toBe("ERROR: '2.5' is not a whole number");
		expect(value(parseNumber('6', { integer: true, min: 1, max: 5 }))).toBe(
			"ERROR: '6' is out of range: use a whole number from 1 to 5"
		);
		expect(value(parseNumber('120', { min: 0, max: 100 }))).toBe(
			"ERROR: '120' is out of range: use a number from 0 to 100"
		);
		expect(value(parseNumber('-1', { min: 0 }))).toMatch(/of at least 0/);
	});
});

describe('parseEnum', () => {
	const words = {
		on_track: ['on track'],
		complete_embedded: ['complete and embedded', 'embedded']
	} as const;
	it('ignores case, spacing, dashes and underscores, and reads aliases', () => {
		for (const text of ['On Track', 'ON-TRACK', ' on_track ', 'on   track'])
			expect(value(parseEnum(text, words))).toBe('on_track');
		expect(value(parseEnum('Complete & embedded', words))).toBe('complete_embedded');
		expect(value(parseEnum('EMBEDDED', words))).toBe('complete_embedded');
	});
	it('lists the allowed words when it does not know one', () => {
		expect(value(parseEnum('Green', words))).toBe(
			"ERROR: 'Green' is not one of: on track, complete and embedded"
		);
		expect(value(parseEnum('Purple', words, 'a BRAG colour: blue, green, amber or red'))).toBe(
			"ERROR: 'Purple' is not one of: on track, complete and embedded; or a BRAG colour: blue, green, amber or red"
		);
	});
});

describe('other cells', () => {
	it('reads yes and no in their usual spellings', () => {
		expect(['Yes', 'Y', 'TRUE', '1'].map((t) => value(parseBoolean(t)))).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['no', 'N', 'False', '0'].map((t) => value(parseBoolean(t)))).toEqual([
			false,
			false,
			false,
			false
		]);
		expect(value(parseBoolean('maybe'))).toBe("ERROR: 'maybe' is not yes or no");
	});
	it('reads references and indicator ids', () => {
		expect(value(parseRef('2.3'))).toBe('2.3');
		expect(value(parseRef('Priority  2'))).toBe('Priority 2');
		expect(value(parseRef('SR-3/a'))).toBe('SR-3/a');
		expect(value(parseRef('#3'))).toMatch(/is not a reference/);
		expect(value(parseIndicatorId('LOCAL_EHC'))).toBe('local_ehc');
		expect(value(parseIndicatorId('local ehc'))).toMatch(/is not an indicator id/);
	});
	it('splits id lists on ; , and new lines, dropping blanks and repeats', () => {
		expect(value(parseList('2.3; 2.4,2.3\n\n3.1;', parseRef))).toEqual(['2.3', '2.4', '3.1']);
		expect(value(parseList('2.3; #x', parseRef))).toMatch(/'#x' is not a reference/);
		expect(value(parseList('a, b; c', parseText, false))).toEqual(['a, b', 'c']);
	});
	it('keeps text as text, with \\n line endings and no control characters', () => {
		expect(value(parseText('  a\r\nb\rc\u0007 '))).toBe('a\nb\nc');
		expect(value(parseText("<script>alert('x')</script>"))).toBe("<script>alert('x')</script>");
	});
	it('quotes long cells briefly in messages', () => {
		expect(quote('x'.repeat(100))).toBe(`'${'x'.repeat(57)}…'`);
		expect(quote('a\nb')).toBe("'a b'");
	});
});
