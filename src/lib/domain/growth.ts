import { relativeChange } from './change';
import type { TrendPoint } from './trend-table';

export type GrowthPoint = TrendPoint & { actual: number | null };

/**
 * Counts for an area and for England differ a hundredfold, so on one axis the area is a
 * flat line. Growth since a common base year (as a % change) puts them side by side.
 * The base is the first year from which every line's % change can be shown by the rule in
 * `relativeChange`: every line has a figure big enough to be a base then, and none grows more
 * than sixfold after it. Where no year qualifies, `baseYear` is null and the figures are kept.
 */
export function toGrowth(points: readonly TrendPoint[]): {
	baseYear: number | null;
	points: GrowthPoint[];
} {
	const series = [...new Set(points.map((p) => p.series))];
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const valueAt = (year: number, s: string) =>
		points.find((p) => p.year === year && p.series === s)?.value ?? null;
	const meaningfulFrom = (year: number) =>
		series.every((s) => {
			const base = valueAt(year, s);
			return (
				base !== null &&
				relativeChange(base, base) !== null &&
				points.every(
					(p) =>
						p.series !== s ||
						p.year < year ||
						p.value === null ||
						relativeChange(base, p.value) !== null
				)
			);
		});
	const baseYear = years.find(meaningfulFrom) ?? null;
	if (baseYear === null)
		return { baseYear, points: points.map((p) => ({ ...p, actual: p.value })) };
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
