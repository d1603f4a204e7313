import type { Observation } from '../../../../src/lib/data/schemas';
import { fromRow, type SourceRow } from '../../csv-source';

/** One side of a SEN gap: the published figure and the row it came from. */
export type Side = { row: SourceRow; value: number | null; text: string };

/** Year label for a source string: 202223 → "2022/23". */
export const academic = (row: SourceRow) =>
	`${row.text('time_period').slice(0, 4)}/${row.text('time_period').slice(4)}`;

/** SEN minus no SEN for every area and year where both figures are published; never a figure from one side only. */
export function gaps(
	indicator_id: string,
	sen: Map<string, Side>,
	none: Map<string, Side>,
	source: (sen: Side, none: Side) => string
): Observation[] {
	return [...sen].flatMap(([key, s]) => {
		const n = none.get(key);
		if (!n || s.value === null || n.value === null) return [];
		const [area_code, year] = key.split('|');
		return [
			fromRow(s.row, {
				indicator_id,
				area_code,
				year: Number(year),
				// Rounded to kill floating-point noise (26.1 − 48.4 = −22.299999…), not to change the figure.
				value: Math.round((s.value - n.value) * 1e6) / 1e6,
				value_note: null,
				numerator: null,
				denominator: null,
				source: source(s, n)
			})
		];
	});
}

export const side = (row: SourceRow, value: number | null): Side => ({
	row,
	value,
	text: String(value)
});
