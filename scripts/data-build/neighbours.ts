import type { Neighbour } from '../../src/lib/data/schemas';
import { areaForDfeCode, type AreaIndex } from './areas';
import { fromRow, type SourceRow } from './csv-source';

export const NEIGHBOUR_COLUMNS = [
	'la_number',
	'la_name',
	'rank',
	'neighbour_la_number',
	'neighbour_la_name',
	'closeness'
];

export function buildNeighbours(index: AreaIndex, rows: SourceRow[]): Neighbour[] {
	return rows.map((row) => {
		const rank = row.integer('rank');
		if (rank < 1 || rank > 10) row.fail('rank', `expected a rank from 1 to 10, found ${rank}`);
		return fromRow(row, {
			area_code: areaForDfeCode(index, row, 'la_number', 'la_name'),
			neighbour_code: areaForDfeCode(index, row, 'neighbour_la_number', 'neighbour_la_name'),
			rank,
			closeness: row.required('closeness')
		});
	});
}
