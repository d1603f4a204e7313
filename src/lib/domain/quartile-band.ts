import type { Polarity } from './polarity';

export type Band = 'A' | 'B' | 'C' | 'D';

export const BAND_WORDS: Record<Band, string> = {
	A: 'A: best quarter of local authorities',
	B: 'B: second quarter',
	C: 'C: third quarter',
	D: 'D: worst quarter of local authorities'
};

/**
 * Quartile band among LAs, A best by polarity (as LAIT's quartile banding). Bands follow the
 * rank: with n values ranked 1..n (ties share the best rank), rank r falls in quarter
 * floor(4(r−1)/n) + 1, so the best is always A. No band without polarity or without a value.
 */
export function quartileBand(
	value: number | null,
	values: readonly (number | null)[],
	polarity: Polarity
): Band | null {
	if (value === null || polarity === 'none') return null;
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (!present.includes(value)) return null;
	// When more than a quarter of areas share this exact figure (e.g. many with no exclusions),
	// it cannot be placed in one quarter: no band rather than a misleading one.
	const shared = present.filter((v) => v === value).length;
	if (present.length >= 8 && shared > present.length / 4) return null;
	const better = present.filter((v) => (polarity === 'high' ? v > value : v < value)).length;
	const rank = better + 1;
	const quarter = Math.min(4, Math.floor((4 * (rank - 1)) / present.length) + 1);
	return (['A', 'B', 'C', 'D'] as const)[quarter - 1];
}

/** The values that separate the quarters, for shading a chart: [q1, median, q3] of the values. */
export function quartileEdges(values: readonly (number | null)[]): [number, number, number] | null {
	const sorted = values
		.filter((v): v is number => v !== null && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (sorted.length < 4) return null;
	const at = (p: number) => {
		const i = (sorted.length - 1) * p;
		const lo = Math.floor(i);
		return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
	};
	return [at(0.25), at(0.5), at(0.75)];
}
