import { describe, expect, it } from 'vitest';
import { ImportFailed } from './import-client';
import { cannotCheckWords, formatDuration, tooSlowWords } from './import-words';

describe('words for a check that could not finish', () => {
	it('gives durations as a person says them', () => {
		expect([1, 250, 1000, 1500, 30_000].map(formatDuration)).toEqual([
			'1 millisecond',
			'250 milliseconds',
			'1 second',
			'1.5 seconds',
			'30 seconds'
		]);
	});

	it('does not repeat the file when the place is the file itself', () => {
		const place = { file: 'a.csv', row: 2, column: 'Title', slowest: null };
		expect(tooSlowWords('a.csv', 30_000, place)).toMatch(
			/^Checking a\.csv took longer than 30 seconds, so it was stopped\. The file may be too large/
		);
	});

	it('gives a stopped check’s own words, and says to choose a file again that could not be read', () => {
		expect(
			cannotCheckWords('a.csv', new ImportFailed('Checking a.csv took longer …', 'too-slow'))
		).toBe('Checking a.csv took longer …');
		expect(
			cannotCheckWords('a.csv', new DOMException('The file could not be read', 'NotReadableError'))
		).toBe(
			'a.csv could not be read (The file could not be read). Nothing was changed; choose the file again.'
		);
	});
});
