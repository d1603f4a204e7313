import type { Area } from '../../../../src/lib/data/schemas';
import { ENGLAND, type AreaIndex } from '../../areas';
import type { SourceRow } from '../../csv-source';

/** DfE's Inner and Outer London sub-regions: the app has London as one region, so they are left out. */
export const LONDON_PARTS = ['Inner London', 'Outer London'];

/** A region of the SEN2 files, by its exact name. */
export function regionByName(index: AreaIndex, row: SourceRow, column: string): string {
	const name = row.required(column, 'a region name');
	const region = index.areas.find((a) => a.level === 'region' && a.name === name);
	if (!region) row.fail(column, `'${name}' is not a region the SEN2 files know`);
	return region.code;
}

/**
 * Puts the rows of a DfE file that names areas but has no codes (KS2, KS4 attainment, 16–18
 * destinations) on areas: National → England, Regional → the region of that name (Inner and
 * Outer London → null, left out), Local authority → the LA SEN2 gives that exact name.
 *
 * One name belongs to two LAs: "Dorset" is both the county council abolished in 2019 (835) and
 * Dorset Council (838). Which one a row means is read from the rest of the same year in the
 * file: if it names an area created in the same reorganisation ("Bournemouth, Christchurch and
 * Poole") the year is on the new boundaries; if it names another council abolished then
 * ("Bournemouth", "Poole") it is on the old ones. Anything else stops the build.
 *
 * `placed` names the few rows whose name cannot place them (a second group of the same name in
 * the same year), each with the DfE code it belongs to and why.
 */
export type PlacedByHand = {
	period: string;
	name: string;
	matches: (row: SourceRow) => boolean;
	dfeCode: string;
	why: string;
};

export function areaByName(
	index: AreaIndex,
	rows: SourceRow[],
	placed: PlacedByHand[] = []
): (row: SourceRow) => string | null {
	const las = index.areas.filter((a) => a.level === 'la');
	const byName = new Map<string, Area[]>();
	for (const a of las) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
	const namesIn = new Map<string, Set<string>>();
	for (const row of rows) {
		if (row.text('geographic_level') !== 'Local authority') continue;
		const period = row.text('time_period');
		namesIn.set(period, (namesIn.get(period) ?? new Set()).add(row.text('la_name')));
	}
	const nameOf = new Map(las.map((a) => [a.code, a.name]));

	function oneOfTwo(row: SourceRow, name: string, candidates: Area[]): string {
		const former = candidates.filter((a) => a.status === 'former');
		const current = candidates.filter((a) => a.status === 'current');
		const names = namesIn.get(row.text('time_period')) ?? new Set<string>();
		const codes = new Set(candidates.map((a) => a.code));
		if (former.length === 1 && current.length === 1) {
			const successors = (former[0].successor_codes ?? '')
				.split(',')
				.filter((c) => c && !codes.has(c));
			const siblings = las.filter(
				(a) =>
					a.status === 'former' &&
					!codes.has(a.code) &&
					(a.successor_codes ?? '').split(',').some((c) => successors.includes(c))
			);
			const newBoundaries = successors.some((c) => names.has(nameOf.get(c) ?? ''));
			const oldBoundaries = siblings.some((a) => names.has(a.name));
			if (newBoundaries && !oldBoundaries) return current[0].code;
			if (oldBoundaries && !newBoundaries) return former[0].code;
		}
		return row.fail(
			'la_name',
			`'${name}' is the name of ${candidates.length} LAs in the SEN2 files (${candidates.map((a) => a.dfe_code).join(', ')}) and the rest of ${row.text('time_period')} in the file does not show which`
		);
	}

	return (row: SourceRow): string | null => {
		const level = row.oneOf('geographic_level', [
			'National',
			'Regional',
			'Local authority'
		] as const);
		if (level === 'National') return ENGLAND;
		if (level === 'Regional') {
			if (LONDON_PARTS.includes(row.text('region_name'))) return null;
			return regionByName(index, row, 'region_name');
		}
		const name = row.required('la_name', 'an LA name');
		const hand = placed.find(
			(p) => p.period === row.text('time_period') && p.name === name && p.matches(row)
		);
		if (hand)
			return (
				index.byDfeCode.get(hand.dfeCode) ??
				row.fail(
					'la_name',
					`'${name}' is placed on DfE code ${hand.dfeCode}, which the SEN2 files do not have`
				)
			);
		const candidates = byName.get(name) ?? [];
		if (candidates.length === 1) return candidates[0].code;
		if (!candidates.length)
			row.fail(
				'la_name',
				`'${name}' is not the name of an LA in the SEN2 files (this file has no LA codes, so names must match exactly)`
			);
		return oneOfTwo(row, name, candidates);
	};
}

/** A DfE time_period such as 202223 → the year it ends (2023). */
export function periodEnd(row: SourceRow): number {
	const text = row.required('time_period', 'a period such as 202223');
	const match = /^(\d{4})(\d{2})$/.exec(text);
	if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2]))
		row.fail('time_period', `expected an academic year written like 202223, found '${text}'`);
	return Number(match[1]) + 1;
}
