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

/** The latest year with an England figure: the indicator's latest publication. */
export async function latestYear(run: QueryRunner, id: string): Promise<number> {
	const [row] = await run(
		`SELECT coalesce(max(year) FILTER (WHERE area_code = 'E92000001' AND value IS NOT NULL), max(year))::INTEGER AS year
		 FROM observations WHERE indicator_id = ?`,
		[id]
	);
	return row.year as number;
}
