/**
 * Where a check has got to, so that a check stopped for taking too long can say which part of
 * the file made it slow. The import code calls `at` as it reaches each cell, which must cost
 * next to nothing (it runs for every cell); a tracker adds up the time spent in each column and
 * sends where it is at most every `every` milliseconds (the import worker posts it to the page).
 */
export interface Progress {
	/** A file starts being read: a single table's file, or one table's file inside a zip. */
	file(name: string): void;
	/** The check reaches a cell (row and heading), or leaves the cells (null: reading, checks across rows). */
	at(row: number | null, column: string | null): void;
}

export interface CheckPlace {
	/** The file being checked (for a zip, the table's file inside it). */
	file: string;
	/** The row and column reached; null before the first cell and after the last. */
	row: number | null;
	column: string | null;
	/** The column of this file that has taken most of the time so far (at least half), if one has. */
	slowest: string | null;
}

export class ProgressTracker implements Progress {
	#file = '';
	#row: number | null = null;
	#column: string | null = null;
	/** Milliseconds spent in each column of the current file (the key '' is time outside cells). */
	#spent = new Map<string, number>();
	#since: number;
	#started: number;
	#posted: number;

	constructor(
		private readonly post: (place: CheckPlace) => void,
		private readonly every = 200,
		// Whole milliseconds are enough and cheaper to read: over many cells, the ticks land in
		// each column in proportion to the time spent there.
		private readonly now: () => number = Date.now
	) {
		this.#since = this.#started = this.#posted = now();
	}

	file(name: string): void {
		this.#charge(this.now());
		this.#file = name;
		this.#row = this.#column = null;
		this.#spent = new Map();
		this.#started = this.#since;
	}

	at(row: number | null, column: string | null): void {
		const now = this.now();
		this.#charge(now);
		this.#row = row;
		this.#column = column;
		if (now - this.#posted >= this.every) {
			this.#posted = now;
			this.post(this.place());
		}
	}

	place(): CheckPlace {
		let slowest: string | null = null;
		let most = 0;
		for (const [column, ms] of this.#spent)
			if (column !== '' && ms > most) [slowest, most] = [column, ms];
		const total = this.#since - this.#started;
		return {
			file: this.#file,
			row: this.#row,
			column: this.#column,
			slowest: total > 0 && most >= total / 2 ? slowest : null
		};
	}

	/** The time since the last call goes to the column the check was in. */
	#charge(now: number): void {
		const key = this.#column ?? '';
		this.#spent.set(key, (this.#spent.get(key) ?? 0) + (now - this.#since));
		this.#since = now;
	}
}
