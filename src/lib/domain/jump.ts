/**
 * The implausible-jump rule: a published figure that breaks its own series by far more than the
 * series ever moves, and that the series then comes straight back from. The build flags such a
 * figure with a caveat shown beside it; the figure stays as published (a flag is a reason to
 * check it with the publisher or the council, never a correction).
 *
 * For one area's series of one measure (published figures only, in period order), a figure
 * other than the first or last is flagged when all of these hold:
 * 1. the series has at least JUMP_MIN_FIGURES figures;
 * 2. "how far the series moves" is the median of the absolute changes between consecutive
 *    figures of the series WITHOUT the figure judged (so a spike cannot widen its own
 *    yardstick); a series whose median change is 0 has no scale to judge by;
 * 3. the figure moves away from the one before it AND back towards the one after it, each
 *    change more than JUMP_FACTOR (5) times that median;
 * 4. the series comes back: the figures either side differ by less than RETURN_SHARE (half)
 *    of the smaller of the two changes (a lasting step, a real improvement or a collapse that
 *    persists, is never flagged);
 * 5. the figure is far from the level around it: more than LEVEL_SHARE (half) of the mean of
 *    the figures either side away from it (so a 1-point wobble in a very steady series is not
 *    called implausible).
 * The first and last figures are never flagged: until the next figure is published, a break at
 * the end of a series cannot be told from a real change.
 */
export const JUMP_FACTOR = 5;
export const RETURN_SHARE = 0.5;
export const LEVEL_SHARE = 0.5;
export const JUMP_MIN_FIGURES = 4;

export type SeriesFigure = { year: number; value: number };

export type Jump = {
	year: number;
	value: number;
	before: SeriesFigure;
	after: SeriesFigure;
	/** The median absolute change between consecutive figures of the series without this one. */
	typicalChange: number;
};

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const absoluteChanges = (figures: readonly SeriesFigure[]) =>
	figures.slice(1).map((f, i) => Math.abs(f.value - figures[i].value));

/** The figures of one series that break it (see the rule above); `series` in any order. */
export function implausibleJumps(series: readonly SeriesFigure[]): Jump[] {
	const figures = series
		.filter((f) => Number.isFinite(f.value))
		.toSorted((a, b) => a.year - b.year);
	if (figures.length < JUMP_MIN_FIGURES) return [];
	const jumps: Jump[] = [];
	for (let i = 1; i < figures.length - 1; i++) {
		const [before, figure, after] = [figures[i - 1], figures[i], figures[i + 1]];
		const typicalChange = median(absoluteChanges(figures.toSpliced(i, 1)));
		if (!(typicalChange > 0)) continue;
		const into = figure.value - before.value;
		const out = after.value - figure.value;
		const level = (before.value + after.value) / 2;
		if (
			Math.abs(into) > JUMP_FACTOR * typicalChange &&
			Math.abs(out) > JUMP_FACTOR * typicalChange &&
			Math.sign(into) !== Math.sign(out) &&
			Math.abs(after.value - before.value) <
				RETURN_SHARE * Math.min(Math.abs(into), Math.abs(out)) &&
			Math.abs(figure.value - level) > LEVEL_SHARE * Math.abs(level)
		)
			jumps.push({ ...figure, before, after, typicalChange });
	}
	return jumps;
}
