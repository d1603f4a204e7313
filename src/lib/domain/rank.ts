import type { Polarity } from './polarity';

export type Rank = { rank: number; of: number };

/**
 * Ranks `value` among `values` (which include it): 1 is best by polarity, and tied
 * values share the best rank they could have (standard competition ranking, "1224").
 * No rank without polarity, because "first" would mean nothing.
 */
export function rankByPolarity(
	value: number | null,
	values: readonly (number | null)[],
	polarity: Polarity
): Rank | null {
	if (value === null || polarity === 'none') return null;
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (!present.includes(value)) return null;
	const better = present.filter((v) => (polarity === 'high' ? v > value : v < value)).length;
	return { rank: better + 1, of: present.length };
}

/** "1st", "2nd", "23rd", "111th". */
export function ordinal(n: number): string {
	const mod100 = n % 100;
	if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
	return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
