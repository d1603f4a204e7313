/**
 * The implausible-jump flag on a known case, checked against the published CSV read here with
 * d3-dsv: Kirklees (E08000034), requests for an EHC needs assessment refused, 2022: 0.5%
 * (5 refused) against 27–31% in the years around it. The figure is kept as published, carries a
 * caveat on the page's figures, and PROVENANCE.md lists it with every other flag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getIndicator } from '$lib/data/queries/indicators';
import { getGeography, getIndicatorObservations } from '$lib/data/queries/indicator-data';
import { indicatorView } from '$lib/domain/indicator-view';
import { useBuiltModel } from './support/built-model';
import { PUBLISHED, readCsv } from './support/published-csv';

const { run, observation } = useBuiltModel();
const KIRKLEES = 'E08000034';

const series = readCsv(PUBLISHED, 'sen2_ehcp_key_metrics_long_2010_2025.csv')
	.filter(
		(r) =>
			r.metric === 'requests_refused_pct' &&
			r.geographic_level === 'Local authority' &&
			r.old_la_code === '382' &&
			r.value !== ''
	)
	.map((r) => ({ year: Number(r.year), value: Number(r.value) }))
	.sort((a, b) => a.year - b.year);

describe('Kirklees, requests refused (%), 2022', () => {
	it('the published series dips to 0.5% in 2022 and comes straight back', () => {
		const at = (y: number) => series.find((f) => f.year === y)!.value;
		expect(at(2022)).toBe(0.5);
		expect(at(2021)).toBeGreaterThan(25);
		expect(at(2023)).toBeGreaterThan(25);
		// Independently of the app: the rest of the series moves by a median of a few points a
		// year, and 2022 moves more than 5 times that each way.
		const rest = series.filter((f) => f.year !== 2022);
		const changes = rest
			.slice(1)
			.map((f, i) => Math.abs(f.value - rest[i].value))
			.sort((a, b) => a - b);
		const mid = changes.length / 2;
		const median =
			changes.length % 2 ? changes[Math.floor(mid)] : (changes[mid - 1] + changes[mid]) / 2;
		expect(Math.abs(at(2022) - at(2021))).toBeGreaterThan(5 * median);
		expect(Math.abs(at(2023) - at(2022))).toBeGreaterThan(5 * median);
	});

	it('the model keeps the published figure and puts a caveat on it, and on no other year', async () => {
		const flagged = await observation('requests_refused_pct', KIRKLEES, 2022);
		expect(flagged.value).toBe(0.5);
		expect(flagged.caveat).toMatch(
			/breaks the area’s own series: 0\.5% in 2022, against 27\.5% in 2021 and 30\.8% in 2023/
		);
		for (const { year } of series.filter((f) => f.year !== 2022))
			expect((await observation('requests_refused_pct', KIRKLEES, year)).caveat).toBeNull();
	});

	it('the count of requests refused behind the 0.5% (5, as published) carries a caveat too', async () => {
		const count = await observation('requests_refused', KIRKLEES, 2022);
		expect(count.value).toBe(5);
		expect(count.caveat).toMatch(
			/top of a percentage that breaks the area’s own series .*0\.5% in 2022/
		);
		expect((await observation('requests_refused', KIRKLEES, 2021)).caveat).toBeNull();
	});

	it('the measure page’s headline and trend table carry the caveat when 2022 is shown', async () => {
		const view = indicatorView({
			indicator: await getIndicator(run, 'requests_refused_pct'),
			observations: (await getIndicatorObservations(run, 'requests_refused_pct')).filter(
				(o) => o.year <= 2022
			),
			geography: await getGeography(run),
			areaCode: KIRKLEES
		})!;
		expect(view.headline.value).toBe(0.5);
		expect(view.headline.caveat).toMatch(/check it with/);
		const point = view.trend.find((p) => p.series === 'area' && p.year === 2022);
		expect(point?.caveat).toMatch(/breaks the area’s own series/);
	});

	it('PROVENANCE.md lists every flagged figure of the model, this one included', async () => {
		const provenance = readFileSync(join(PUBLISHED, 'PROVENANCE.md'), 'utf8');
		const flags = await run(
			`SELECT indicator_id, area_code FROM observations WHERE caveat IS NOT NULL`
		);
		expect(provenance).toContain(`${flags.length} figures are flagged.`);
		const rows = new Set(
			[...provenance.matchAll(/\(`([a-z0-9_]+)`\) \| [^|]*\((E\d{8})\) \|/g)].map(
				(m) => `${m[1]}|${m[2]}`
			)
		);
		for (const f of flags) expect(rows).toContain(`${f.indicator_id}|${f.area_code}`);
		expect(provenance).toMatch(
			/\| % of requests refused \(`requests_refused_pct`\) \| Kirklees \(E08000034\) \| 2022 \| 0\.5 \| 27\.5% in 2021 and 30\.8% in 2023 \|/
		);
	});
});
