import { areaSchema, type Area } from '../schemas';
import type { QueryRunner } from '../query-runner';

/** The 153 local authorities of today, for the area picker: name, both codes and region. */
export type AreaOption = Pick<Area, 'code' | 'dfe_code' | 'name' | 'region_name'>;

export async function listCurrentLas(run: QueryRunner): Promise<AreaOption[]> {
	const rows = await run(
		`SELECT code, dfe_code, name, region_name FROM areas WHERE level = 'la' AND status = 'current' ORDER BY name`
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
