import { describe, expect, it } from 'vitest';
import { csvCell } from '../domain/csv';
import { needsNeutralising, neutralise, unneutralise } from './formula-guard';

const SAMPLES = [
	'=SUM(A1:A9)',
	'+44 1702 000000',
	'-x',
	'@cmd',
	'\tindented',
	'\rreturn',
	'-2.5',
	'-3',
	"'=already quoted",
	"''=twice",
	"'-2.5",
	"'plain",
	"'",
	'plain text',
	'',
	'=HYPERLINK("http://evil","click")'
];

describe('formula guard', () => {
	it('puts an apostrophe before anything a spreadsheet could run', () => {
		expect(neutralise('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(neutralise('+1')).toBe("'+1");
		expect(neutralise('@cmd')).toBe("'@cmd");
		expect(neutralise('-x')).toBe("'-x");
		expect(neutralise('\tx')).toBe("'\tx");
	});
	it('leaves plain negative numbers and ordinary text alone', () => {
		expect(neutralise('-2.5')).toBe('-2.5');
		expect(neutralise('-3')).toBe('-3');
		expect(neutralise('On track')).toBe('On track');
	});
	it('adds one more apostrophe to text already starting with apostrophes before a formula', () => {
		expect(neutralise("'=x")).toBe("''=x");
		expect(neutralise("'plain")).toBe("'plain");
	});
	it('is undone exactly by unneutralise, for every text', () => {
		for (const text of SAMPLES) expect(unneutralise(neutralise(text))).toBe(text);
	});
	it('reads an apostrophe an officer typed before a formula as Excel does', () => {
		expect(unneutralise("'=SUM(A1)")).toBe('=SUM(A1)');
		expect(unneutralise("'plain")).toBe("'plain");
	});
	it('agrees with the dashboard CSV rule in src/lib/domain/csv.ts', () => {
		for (const text of SAMPLES.filter((t) => !t.startsWith("'")))
			expect(csvCell(neutralise(text))).toBe(csvCell(text));
		expect(needsNeutralising('-2.5')).toBe(false);
	});
});
