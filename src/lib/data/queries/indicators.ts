import { indicatorSchema, type Indicator } from '../schemas';
import type { QueryRunner } from '../query-runner';

export async function getIndicator(run: QueryRunner, id: string): Promise<Indicator> {
	const [row] = await run(`SELECT * FROM indicators WHERE id = ?`, [id]);
	if (!row) throw new Error(`No indicator with id ${id}`);
	return indicatorSchema.parse(row);
}

export async function listIndicators(run: QueryRunner): Promise<Indicator[]> {
	return (await run(`SELECT * FROM indicators ORDER BY theme, title`)).map((r) =>
		indicatorSchema.parse(r)
	);
}
