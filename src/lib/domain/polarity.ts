/** Whether a higher value is better ("high"), worse ("low"), or neither ("none": context only). */
export type Polarity = 'high' | 'low' | 'none';

export const POLARITY_WORDS: Record<Polarity, string> = {
	high: 'higher is better',
	low: 'lower is better',
	none: 'neither higher nor lower is better: shown for context'
};

export type Comparison = 'better' | 'worse' | 'same' | 'not comparable';

/**
 * Compares a value with a benchmark using the indicator's polarity. Values within
 * `tolerance` of each other count as the same, so rounding noise is not called a gap.
 */
export function compareByPolarity(
	value: number | null,
	benchmark: number | null,
	polarity: Polarity,
	tolerance = 0
): Comparison {
	if (value === null || benchmark === null || polarity === 'none') return 'not comparable';
	const gap = value - benchmark;
	if (Math.abs(gap) <= tolerance) return 'same';
	const higher = gap > 0;
	return higher === (polarity === 'high') ? 'better' : 'worse';
}
