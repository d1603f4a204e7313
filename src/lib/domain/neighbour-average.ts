export type NeighbourAverage = { mean: number | null; count: number; of: number };

/**
 * LAIT's statistical-neighbour average: the simple mean of those neighbours that have a
 * value, with how many did, so that "average of 7 of 10" is never passed off as 10.
 */
export function neighbourAverage(values: readonly (number | null)[]): NeighbourAverage {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
	return { mean, count: present.length, of: values.length };
}
