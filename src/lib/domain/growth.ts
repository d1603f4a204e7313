import type { TrendPoint } from './trend-table';

export type GrowthPoint = TrendPoint & { actual: number | null };

/**
 * Counts for an area and for England differ a hundredfold, so on one axis the area is a
 * flat line. Growth since a common base year (as a % change) puts them side by side.
 * The base is the first year in which every line has a figure above zero.
 */
export function toGrowth(points: readonly TrendPoint[]): {
	baseYear: number | null;
	points: GrowthPoint[];
} {
	const series = [...new Set(points.map((p) => p.series))];
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const baseYear =
		years.find((year) =>
			series.every((s) => (points.find((p) => p.year === year && p.series === s)?.value ?? 0) > 0)
		) ?? null;
	if (baseYear === null)
		return { baseYear, points: points.map((p) => ({ ...p, actual: p.value, value: null })) };
	const base = new Map(points.filter((p) => p.year === baseYear).map((p) => [p.series, p.value!]));
	return {
		baseYear,
		points: points
			.filter((p) => p.year >= baseYear)
			.map((p) => ({
				...p,
				actual: p.value,
				value: p.value === null ? null : (p.value / base.get(p.series)! - 1) * 100
			}))
	};
}
