import { describe, expect, it } from 'vitest';
import { importTable } from './import-table';
import { ProgressTracker, type CheckPlace } from './progress';

/** A tracker on a clock the test moves by hand. */
function tracked(every = 200) {
	let now = 0;
	const posted: CheckPlace[] = [];
	const tracker = new ProgressTracker(
		(place) => posted.push(place),
		every,
		() => now
	);
	return { tracker, posted, wait: (ms: number) => (now += ms) };
}

describe('ProgressTracker', () => {
	it('says where the check is at most every 200 ms', () => {
		const { tracker, posted, wait } = tracked();
		tracker.file('a.csv');
		for (let row = 2; row < 12; row++) {
			tracker.at(row, 'Title');
			wait(50);
		}
		expect(posted.map((p) => p.row)).toEqual([6, 10]);
		expect(posted[0]).toMatchObject({ file: 'a.csv', column: 'Title' });
	});

	it('names the column that took at least half the time, and none when time was spread', () => {
		const { tracker, posted, wait } = tracked();
		tracker.file('framework.csv');
		wait(10); // reading the file
		for (let row = 2; row < 8; row++) {
			tracker.at(row, 'Measure id');
			wait(1);
			tracker.at(row, 'Milestones');
			wait(100);
		}
		tracker.at(null, null);
		expect(posted.at(-1)?.slowest).toBe('Milestones');
		const spread = tracked();
		spread.tracker.file('big.csv');
		for (let row = 2; row < 100; row++)
			for (const column of ['A', 'B', 'C']) {
				spread.tracker.at(row, column);
				spread.wait(5);
			}
		expect(spread.posted.at(-1)).toMatchObject({ file: 'big.csv', slowest: null });
	});

	it('counts each file of a zip on its own', () => {
		const { tracker, wait } = tracked();
		tracker.file('w.zip');
		tracker.file('actions.csv');
		tracker.at(2, 'Update');
		wait(500);
		tracker.file('risks.csv');
		tracker.at(2, 'Risk');
		wait(1);
		expect(tracker.place()).toMatchObject({ file: 'risks.csv', column: 'Risk', row: 2 });
	});

	it('is told of every cell the import reads', () => {
		const seen: string[] = [];
		const csv = new TextEncoder().encode('Date,Board\r\n03/12/2026,HWB\r\n');
		importTable('meetings', csv, {
			file: 'm.csv',
			progress: {
				file: (name) => seen.push(`file ${name}`),
				at: (row, column) => seen.push(`${row} ${column}`)
			}
		});
		expect(seen).toEqual(['file m.csv', '2 Date', '2 Board', 'null null']);
	});
});
