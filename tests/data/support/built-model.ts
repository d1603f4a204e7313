/**
 * The app's data layer, built from the real published files into a temp dir (once for the whole
 * data project: see build-once.ts) and queried as the app queries it (DuckDB in Node), so the
 * accuracy suites check what users see.
 */
import { beforeAll, expect, inject } from 'vitest';
import type { QueryRunner, Row } from '$lib/data/query-runner';
import { createNodeRunner } from '$lib/server/node-engine';
import type { Figure } from './published-csv';

/**
 * Registers the beforeAll that loads the built model into DuckDB for the suite; returns a runner
 * for it and the lookups the suites share.
 */
export function useBuiltModel() {
	let runner: QueryRunner | undefined;
	const dir = inject('builtModelDir');

	beforeAll(async () => {
		runner = await createNodeRunner(dir);
	}, 180_000);

	// Handed out before beforeAll has run, so it forwards to the runner made there.
	const run: QueryRunner = (sql, params) => runner!(sql, params);

	/** Every observation of an indicator for an area and year (none, one, or a duplicate). */
	const observations = (indicator: string, area: string, year: number): Promise<Row[]> =>
		run(
			`SELECT value, value_note, numerator, denominator, source, caveat FROM observations WHERE indicator_id = ? AND area_code = ? AND year = ?`,
			[indicator, area, year]
		);

	/** The one observation of an indicator for an area and year; fails the test if not exactly one. */
	async function observation(indicator: string, area: string, year: number): Promise<Row> {
		const rows = await observations(indicator, area, year);
		expect(rows, `${indicator} ${area} ${year}: one observation`).toHaveLength(1);
		return rows[0];
	}

	/**
	 * Every observation of the indicators, by `key` (by default `indicator|area|year`), for the
	 * tests that walk a whole file.
	 */
	async function allObservations(
		indicatorIds: string[],
		key: (o: Row) => string = (o) => `${o.indicator_id}|${o.area_code}|${o.year}`
	): Promise<Map<string, Row>> {
		const rows = await run(
			`SELECT indicator_id, area_code, year, value, value_note, numerator, denominator FROM observations WHERE indicator_id IN (${indicatorIds.map(() => '?').join(', ')})`,
			indicatorIds
		);
		return new Map(rows.map((o) => [key(o), o]));
	}

	return { run, outDir: () => dir, observations, observation, allObservations };
}

/** An observation's figure, in the shape `cell()` gives a published one. */
export const figureOf = (row: Row): Figure => ({
	value: row.value as number | null,
	note: row.value_note as string | null
});
