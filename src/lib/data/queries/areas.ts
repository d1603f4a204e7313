import { areaSchema, type Area } from '../schemas';
import type { QueryRunner } from '../query-runner';

/**
 * The 153 local authorities of today, for the area picker: name, both codes, region, and the
 * councils they replaced (so "Cumbria" finds Cumberland and Westmorland and Furness).
 */
export type AreaOption = Pick<Area, 'code' | 'dfe_code' | 'name' | 'region_name'> & {
	formerly: string | null;
};

export async function listCurrentLas(run: QueryRunner): Promise<AreaOption[]> {
	const rows = await run(
		`SELECT a.code, a.dfe_code, a.name, a.region_name,
		        (SELECT string_agg(f.name, ', ' ORDER BY f.name) FROM areas f
		         WHERE f.status = 'former' AND f.name <> a.name
		           AND list_contains(string_split(f.successor_codes, ','), a.code)) AS formerly
		 FROM areas a WHERE a.level = 'la' AND a.status = 'current' ORDER BY a.name`
	);
	return rows as AreaOption[];
}

export async function getArea(run: QueryRunner, code: string): Promise<Area | null> {
	const [row] = await run(`SELECT * FROM areas WHERE code = ?`, [code]);
	return row ? areaSchema.parse(row) : null;
}

export type NeighbourArea = { code: string; name: string; rank: number; closeness: string };

export async function getNeighbours(run: QueryRunner, code: string): Promise<NeighbourArea[]> {
	const rows = await run(
		`SELECT a.code, a.name, n.rank, n.closeness
		 FROM neighbours n JOIN areas a ON a.code = n.neighbour_code
		 WHERE n.area_code = ? ORDER BY n.rank`,
		[code]
	);
	return rows as NeighbourArea[];
}
