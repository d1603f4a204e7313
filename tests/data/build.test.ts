/**
 * The data build on a small fixture of the published files (tests/fixtures/published/: the
 * real header and a handful of real rows for England, the East of England, Southend-on-Sea and
 * three of its statistical neighbours). The good fixture must build; each breakage, made on a
 * copy in a temp dir, must stop the build with a DataBuildError naming file, row and column.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataModel, type BuildResult } from '../../scripts/data-build/build';
import { INDICATORS } from '../../scripts/data-build/catalogue';
import { DataBuildError } from '../../scripts/data-build/errors';
import { SOURCE_MODULES } from '../../scripts/data-build/modules';
import {
	FIXTURE,
	buildError,
	findObservation,
	renameColumn,
	setCell,
	useFixtureCopies
} from './support/fixture-copies';
import { CODES } from './support/published-csv';

const KEY_METRICS = 'sen2_ehcp_key_metrics_long_2010_2025.csv';
const TIMELINESS = 'ehcp_timeliness_20wk_la_2014_2024.csv';
const TRIBUNAL = 'send_tribunal_appeal_rate_la_2014_2024.csv';
const NEIGHBOURS = 'statistical_neighbours_2025.csv';
const OFSTED_2016 = 'ofsted_area_send_inspections_2016_2022.csv';
const OFSTED_2023 = 'ofsted_area_send_outcomes_2023_framework.csv';
const OFSTED_SUMMARY = 'ofsted_area_send_summary_dec2023.csv';
const ALL_FILES = [
	KEY_METRICS,
	TIMELINESS,
	TRIBUNAL,
	NEIGHBOURS,
	OFSTED_2016,
	OFSTED_2023,
	OFSTED_SUMMARY
];

const SOUTHEND = 'E06000033';

const fixtureRows = (file: string) => csvParse(readFileSync(join(FIXTURE, file), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Copies of the fixture to break

const copyFixture = useFixtureCopies('send-build-');

function expectNames(
	error: DataBuildError,
	where: { file: string; row?: number; column?: string },
	problem?: RegExp
) {
	expect(error.file).toBe(where.file);
	expect(error.message.startsWith(where.file)).toBe(true);
	if (where.row !== undefined) {
		expect(error.where.row).toBe(where.row);
		expect(error.message).toMatch(new RegExp(`, row ${where.row}[,:] `));
	}
	if (where.column !== undefined) {
		expect(error.where.column).toBe(where.column);
		expect(error.message).toContain(`column '${where.column}'`);
	}
	if (problem) expect(error.message).toMatch(problem);
}

// ---------------------------------------------------------------------------------------------

describe('the good fixture', () => {
	let result: BuildResult;
	let outDir: string;

	beforeAll(() => {
		outDir = mkdtempSync(join(tmpdir(), 'send-build-out-'));
		result = buildDataModel({ sourceDir: FIXTURE, outDir, now: new Date('2025-06-01T12:00:00Z') });
	});
	afterAll(() => rmSync(outDir, { recursive: true, force: true }));

	it('builds and writes the tables and the manifest', () => {
		for (const file of [
			'areas.arrow',
			'neighbours.arrow',
			'indicators.arrow',
			'observations.arrow',
			'inspections.arrow',
			'manifest.json'
		]) {
			expect(existsSync(join(outDir, file)), file).toBe(true);
		}
		const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
		expect(manifest).toEqual(result.manifest);
		expect(manifest.built_at).toBe('2025-06-01T12:00:00.000Z');
		const moduleFiles = SOURCE_MODULES.flatMap((m) => m.sources.map((s) => s.file));
		expect(manifest.sources.map((s: { file: string }) => s.file).sort()).toEqual(
			[...ALL_FILES, ...moduleFiles].sort()
		);
		for (const t of manifest.tables)
			expect(t.rows, t.table).toBe(result.tables[t.table as keyof BuildResult['tables']].length);
	});

	it('has England, the region and the four LAs of the fixture as areas', () => {
		const km = fixtureRows(KEY_METRICS);
		const las = [
			...new Set(
				km.filter((r) => r.geographic_level === 'Local authority').map((r) => r.new_la_code)
			)
		].sort();
		expect(result.tables.areas.map((a) => a.code).sort()).toEqual(
			['E12000006', 'E92000001', ...las].sort()
		);
		expect(las).toHaveLength(4);
		expect(result.tables.areas.find((a) => a.code === SOUTHEND)).toMatchObject({
			dfe_code: '882',
			name: 'Southend-on-Sea',
			status: 'current',
			region_code: 'E12000006'
		});
	});

	it('has one observation per key-metric row (20-week % left to the timeliness file), two per timeliness row and one per tribunal row', () => {
		// EHC plans in force start in January 2015 (series-rules): earlier rows are left out.
		const km = fixtureRows(KEY_METRICS).filter(
			(r) =>
				!r.metric.startsWith('pct_new_plans_within_20wk') &&
				!(r.metric === 'ehc_plans_in_force' && Number(r.year) < 2015)
		);
		const tl = fixtureRows(TIMELINESS);
		const tr = fixtureRows(TRIBUNAL).filter(
			(r) => r.la_name !== 'England total excluding suppressed'
		);
		// Only the core files' indicators: source modules add their own (tested in their own suites).
		const core = new Set(INDICATORS.map((i) => i.id));
		expect(
			result.tables.observations.filter((o) => core.has(o.indicator_id as string))
		).toHaveLength(km.length + 2 * tl.length + tr.length);
	});

	it('reads figures as published', () => {
		const find = (indicator: string, area: string, year: number) =>
			findObservation(result.tables, indicator, area, year);
		const km = fixtureRows(KEY_METRICS);
		const plans = km.find(
			(r) => r.old_la_code === '882' && r.metric === 'ehc_plans_in_force' && r.year === '2025'
		)!;
		expect(find('ehc_plans_in_force', SOUTHEND, 2025)).toMatchObject({
			value: Number(plans.value),
			value_note: null
		});
		const pct = km.find(
			(r) => r.old_la_code === '882' && r.metric === 'requests_refused_pct' && r.year === '2024'
		)!;
		const count = (metric: string) =>
			Number(
				km.find((r) => r.old_la_code === '882' && r.metric === metric && r.year === '2024')!.value
			);
		expect(find('requests_refused_pct', SOUTHEND, 2024)).toMatchObject({
			value: Number(pct.value),
			numerator: count('requests_refused'),
			denominator: count('requests_received')
		});
		const tl = fixtureRows(TIMELINESS).find((r) => r.old_la_code === '882' && r.year === '2024')!;
		expect(find('pct_within_20wk_incl_exceptions', SOUTHEND, 2024)).toMatchObject({
			value: Number(tl.pct_within_20wk_incl_exceptions),
			numerator: Number(tl.issued_within_20wk_incl_exceptions),
			denominator: Number(tl.plans_issued_incl_exceptions)
		});
		const tr = fixtureRows(TRIBUNAL).find(
			(r) => r.la_name === 'England Total' && r.year === '2024'
		)!;
		expect(find('tribunal_appeal_rate', 'E92000001', 2024)).toMatchObject({
			value: Number(tr.appeal_rate_pct),
			numerator: Number(tr.appeals_registered),
			denominator: Number(tr.total_appealable_decisions)
		});
	});

	it('has Southend’s neighbours in rank order, the "Bedford Borough" spelling included', () => {
		const expected = fixtureRows(NEIGHBOURS).map((r) => Number(r.rank));
		const got = result.tables.neighbours.filter((n) => n.area_code === SOUTHEND);
		expect(got.map((n) => n.rank)).toEqual(expected);
		expect(got.map((n) => n.neighbour_code)).toEqual(['E06000058', 'E08000035', 'E06000055']);
	});

	it('has the Ofsted records: 2016 inspections, dated revisits and the 2023-framework reports', () => {
		const of16 = fixtureRows(OFSTED_2016);
		const revisits = of16.filter((r) => /^\d/.test(r['Revisit start date']));
		const of23 = fixtureRows(OFSTED_2023);
		expect(result.tables.inspections).toHaveLength(of16.length + revisits.length + of23.length);
		const southend2023 = result.tables.inspections.find(
			(i) => i.area_code === SOUTHEND && i.framework === '2023'
		);
		const row = of23.find((r) => r.old_la_code === '882')!;
		expect(southend2023).toMatchObject({
			outcome_grade: Number(row.outcome_grade),
			publication_date: row.publication_date,
			start_date: row.inspection_start_date
		});
	});

	describe('suppressed and not-applicable codes become null with their code, never 0', () => {
		const key = (o: Record<string, unknown>) => `${o.indicator_id}|${o.area_code}|${o.year}`;
		const area = (r: Record<string, string>) =>
			r.geographic_level === 'National'
				? 'E92000001'
				: r.geographic_level === 'Regional'
					? r.region_code
					: r.new_la_code;

		it('key metrics: every z in value_note', () => {
			// EHC plans in force before 2019 read as statements or EHC plans (statements-transition.test.ts).
			const coded = fixtureRows(KEY_METRICS).filter(
				(r) =>
					CODES.includes(r.value_note) &&
					!r.metric.startsWith('pct_new_plans_within_20wk') &&
					!(r.metric === 'ehc_plans_in_force' && Number(r.year) <= 2018)
			);
			expect(coded.length).toBeGreaterThan(5);
			const model = new Map(result.tables.observations.map((o) => [key(o), o]));
			for (const r of coded) {
				expect(
					model.get(`${r.metric}|${area(r)}|${r.year}`),
					`${r.metric} ${area(r)} ${r.year}`
				).toMatchObject({ value: null, value_note: r.value_note });
			}
		});

		it('timeliness: Southend 2014 is z (its published counts of 0 and 0 stay 0: they are real zeros)', () => {
			const row = fixtureRows(TIMELINESS).find(
				(r) => r.old_la_code === '882' && r.year === '2014'
			)!;
			expect(row.pct_within_20wk_incl_exceptions).toBe('z');
			for (const kind of ['incl', 'excl']) {
				const o = findObservation(
					result.tables,
					`pct_within_20wk_${kind}_exceptions`,
					SOUTHEND,
					2014
				);
				expect(o).toMatchObject({
					value: null,
					value_note: 'z',
					numerator: Number(row[`issued_within_20wk_${kind}_exceptions`]),
					denominator: Number(row[`plans_issued_${kind}_exceptions`])
				});
			}
		});

		it('tribunal: BCP 2018 is ".."', () => {
			const row = fixtureRows(TRIBUNAL).find((r) => r.old_la_code === '839' && r.year === '2018')!;
			expect(row.value_note).toBe('..');
			const o = findObservation(result.tables, 'tribunal_appeal_rate', 'E06000058', 2018);
			expect(o).toMatchObject({ value: null, value_note: '..', numerator: null });
		});

		it('no observation has both a value and a code, and no coded cell became 0', () => {
			for (const o of result.tables.observations) {
				if (o.value_note !== null) expect(o.value, key(o)).toBeNull();
			}
		});

		it.each(CODES)(
			'the code %s, written in a value cell of the key-metrics file, is kept as the value_note',
			(code) => {
				const dir = copyFixture();
				setCell(
					dir,
					KEY_METRICS,
					(r) => r.old_la_code === '882' && r.metric === 'new_ehc_plans' && r.year === '2024',
					'value',
					code
				);
				const { tables } = buildDataModel({ sourceDir: dir });
				const o = findObservation(tables, 'new_ehc_plans', SOUTHEND, 2024);
				expect(o).toMatchObject({ value: null, value_note: code });
			}
		);

		it('a code in upper case (X) is read as the code, not rejected and not 0', () => {
			const dir = copyFixture();
			setCell(
				dir,
				TIMELINESS,
				(r) => r.old_la_code === '822' && r.year === '2024',
				'pct_within_20wk_excl_exceptions',
				'X'
			);
			const { tables } = buildDataModel({ sourceDir: dir });
			const o = findObservation(tables, 'pct_within_20wk_excl_exceptions', 'E06000055', 2024);
			expect(o).toMatchObject({ value: null, value_note: 'x' });
		});
	});
});

describe('a broken copy of the fixture fails with a DataBuildError naming file, row and column', () => {
	describe('(1) a missing file', () => {
		it.each(ALL_FILES)('%s', (file) => {
			const dir = copyFixture();
			unlinkSync(join(dir, file));
			expectNames(buildError(dir), { file }, /missing/);
		});
	});

	describe('(2) a renamed column', () => {
		it('value → val in the key-metrics file: header row 1, column value', () => {
			const dir = copyFixture();
			renameColumn(dir, KEY_METRICS, 'value', 'val');
			expectNames(
				buildError(dir),
				{ file: KEY_METRICS, row: 1, column: 'value' },
				/expected column 'value' in the header, which has: .*\bval\b/
			);
		});

		it.each([
			[TIMELINESS, 'pct_within_20wk_excl_exceptions'],
			[TRIBUNAL, 'appeal_rate_pct'],
			[NEIGHBOURS, 'neighbour_la_number'],
			[OFSTED_2016, 'Inspection publication date'],
			[OFSTED_2023, 'outcome_grade'],
			[OFSTED_SUMMARY, 'la_code']
		])('%s, column %s', (file, column) => {
			const dir = copyFixture();
			renameColumn(dir, file, column, `${column}_renamed`);
			expectNames(buildError(dir), { file, row: 1, column });
		});
	});

	describe('(3) a value that is neither a number nor a known code', () => {
		it.each([
			[
				KEY_METRICS,
				'value',
				'n/a',
				(r: Record<string, string>) =>
					r.old_la_code === '882' && r.metric === 'ehc_plans_in_force' && r.year === '2025'
			],
			[
				KEY_METRICS,
				'value',
				'12abc',
				(r: Record<string, string>) =>
					r.geographic_level === 'National' && r.metric === 'new_ehc_plans' && r.year === '2024'
			],
			[
				KEY_METRICS,
				'value_note',
				'n/a',
				(r: Record<string, string>) =>
					r.old_la_code === '383' && r.metric === 'requests_received' && r.year === '2014'
			],
			[
				TIMELINESS,
				'pct_within_20wk_incl_exceptions',
				'12abc',
				(r: Record<string, string>) => r.old_la_code === '839' && r.year === '2024'
			],
			[
				TIMELINESS,
				'plans_issued_excl_exceptions',
				'n/a',
				(r: Record<string, string>) => r.geographic_level === 'Regional' && r.year === '2023'
			],
			[
				TRIBUNAL,
				'appeal_rate_pct',
				'n/a',
				(r: Record<string, string>) => r.old_la_code === '882' && r.year === '2023'
			],
			[
				TRIBUNAL,
				'value_note',
				'12abc',
				(r: Record<string, string>) => r.old_la_code === '822' && r.year === '2018'
			]
		])('%s, column %s: %s', (file, column, bad, where) => {
			const dir = copyFixture();
			const row = setCell(dir, file, where, column, bad);
			expectNames(
				buildError(dir),
				{ file, row, column },
				new RegExp(
					`'${bad.replace('/', '\\/')}' is (neither a number nor a known code|not a published code)`
				)
			);
		});

		it("the message reads \"<file>, row <n>, column 'value': 'n/a' is neither a number nor a known code …\"", () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				KEY_METRICS,
				(r) => r.old_la_code === '822' && r.metric === 'new_ehc_plans' && r.year === '2024',
				'value',
				'n/a'
			);
			expect(buildError(dir).message).toMatch(
				new RegExp(
					`^${KEY_METRICS.replace(/\./g, '\\.')}, row ${row}, column 'value': 'n/a' is neither a number nor a known code`
				)
			);
		});
	});

	describe('(4) an unknown LA code', () => {
		it.each([
			[NEIGHBOURS, 'neighbour_la_number', '999', (r: Record<string, string>) => r.rank === '2'],
			[NEIGHBOURS, 'la_number', '998', (r: Record<string, string>) => r.rank === '10'],
			[
				TIMELINESS,
				'old_la_code',
				'997',
				(r: Record<string, string>) => r.old_la_code === '383' && r.year === '2023'
			],
			[
				TRIBUNAL,
				'old_la_code',
				'996',
				(r: Record<string, string>) => r.old_la_code === '882' && r.year === '2024'
			],
			[OFSTED_2023, 'old_la_code', '995', (r: Record<string, string>) => r.old_la_code === '822'],
			[
				OFSTED_2016,
				'Local authority code',
				'E06999999',
				(r: Record<string, string>) => r['Area name'] === 'Leeds'
			],
			[
				OFSTED_SUMMARY,
				'la_code',
				'E06999998',
				(r: Record<string, string>) => r.la_name === 'Southend-on-Sea'
			]
		])('%s, column %s: %s', (file, column, bad, where) => {
			const dir = copyFixture();
			const row = setCell(dir, file, where, column, bad);
			expectNames(
				buildError(dir),
				{ file, row, column },
				new RegExp(`'${bad}' is not an? (DfE|ONS)`)
			);
		});

		it('a region row with a region code the SEN2 file does not have', () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				TIMELINESS,
				(r) => r.geographic_level === 'Regional' && r.year === '2024',
				'region_code',
				'E12000099'
			);
			expectNames(
				buildError(dir),
				{ file: TIMELINESS, row, column: 'region_code' },
				/'E12000099' is not a region code/
			);
		});

		it('England’s code where an LA’s code belongs (Ofsted summary)', () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				OFSTED_SUMMARY,
				(r) => r.la_name === 'Southend-on-Sea',
				'la_code',
				'E92000001'
			);
			expectNames(buildError(dir), { file: OFSTED_SUMMARY, row, column: 'la_code' });
		});

		it('a real LA code on the wrong LA: the name column is named (tribunal Leeds row given Southend’s code)', () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				TRIBUNAL,
				(r) => r.la_name === 'Leeds' && r.year === '2023',
				'old_la_code',
				'882'
			);
			expectNames(
				buildError(dir),
				{ file: TRIBUNAL, row, column: 'la_name' },
				/'Leeds' is not the LA with code '882' \(SEN2 calls that code 'Southend-on-Sea'\)/
			);
		});

		it('a neighbour code on the wrong LA', () => {
			const dir = copyFixture();
			const row = setCell(dir, NEIGHBOURS, (r) => r.rank === '2', 'neighbour_la_number', '822');
			expectNames(
				buildError(dir),
				{ file: NEIGHBOURS, row, column: 'neighbour_la_name' },
				/'Leeds' is not the LA with code '822'/
			);
		});
	});

	describe('(5) an impossible date in an Ofsted file', () => {
		it.each([
			[
				OFSTED_2016,
				'Inspection publication date',
				'2018-02-30',
				(r: Record<string, string>) => r['Area name'] === 'Southend-on-Sea'
			],
			[
				OFSTED_2016,
				'Revisit publication date',
				'2020-04-31',
				(r: Record<string, string>) => r['Area name'] === 'Bedford'
			],
			[
				OFSTED_2016,
				'Inspection start date',
				'2017-13-05',
				(r: Record<string, string>) => r['Area name'] === 'Leeds'
			],
			[
				OFSTED_2023,
				'publication_date',
				'2023-06-31',
				(r: Record<string, string>) => r.old_la_code === '882'
			],
			[
				OFSTED_2023,
				'inspection_start_date',
				'2023-02-29',
				(r: Record<string, string>) => r.old_la_code === '822'
			],
			[
				OFSTED_2023,
				'next_inspection_by_date',
				'2026-00-06',
				(r: Record<string, string>) => r.old_la_code === '882'
			],
			[
				OFSTED_SUMMARY,
				'Inspection publication date (new inspection framework)',
				'31/02/2023',
				(r: Record<string, string>) => r.la_name === 'Southend-on-Sea'
			]
		])('%s, column %s: %s', (file, column, bad, where) => {
			const dir = copyFixture();
			const row = setCell(dir, file, where, column, bad);
			expectNames(
				buildError(dir),
				{ file, row, column },
				new RegExp(`'${bad}' is not a real calendar date`)
			);
		});

		it('a date in neither accepted form', () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				OFSTED_2023,
				(r) => r.old_la_code === '882',
				'publication_date',
				'9 June 2023'
			);
			expectNames(
				buildError(dir),
				{ file: OFSTED_2023, row, column: 'publication_date' },
				/expected a date \(YYYY-MM-DD or DD\/MM\/YYYY\), found '9 June 2023'/
			);
		});

		it('29 February in a leap year is a real date', () => {
			const dir = copyFixture();
			setCell(
				dir,
				OFSTED_2023,
				(r) => r.old_la_code === '822',
				'inspection_start_date',
				'2024-02-29'
			);
			const { tables } = buildDataModel({ sourceDir: dir });
			expect(
				tables.inspections.find((i) => i.area_code === 'E06000055' && i.framework === '2023')
					?.start_date
			).toBe('2024-02-29');
		});
	});

	describe('(6) an empty file', () => {
		it.each(ALL_FILES)('%s with no bytes at all', (file) => {
			const dir = copyFixture();
			writeFileSync(join(dir, file), '');
			expectNames(buildError(dir), { file }, /the file is empty/);
		});

		it('blank lines only', () => {
			const dir = copyFixture();
			writeFileSync(join(dir, NEIGHBOURS), '\r\n\r\n');
			expectNames(buildError(dir), { file: NEIGHBOURS }, /the file is empty/);
		});

		it.each(ALL_FILES)('%s with its header but no data rows', (file) => {
			const dir = copyFixture();
			const [header] = readFileSync(join(dir, file), 'utf8').split('\n');
			writeFileSync(join(dir, file), header + '\n');
			expectNames(buildError(dir), { file, row: 2 }, /has a header but no data rows/);
		});
	});

	describe('other breakages found in review', () => {
		it('a duplicated tribunal row names the file and both rows', () => {
			const dir = copyFixture();
			const text = readFileSync(join(dir, TRIBUNAL), 'utf8').trimEnd().split('\n');
			const first = text.findIndex((l) =>
				l.startsWith('2024,Local authority,East of England,Southend-on-Sea')
			);
			writeFileSync(join(dir, TRIBUNAL), [...text, text[first]].join('\n') + '\n');
			expectNames(
				buildError(dir),
				{ file: TRIBUNAL, row: text.length + 1 },
				new RegExp(
					`a second figure for tribunal_appeal_rate, area ${SOUTHEND}, 2024 \\(the first is ${TRIBUNAL.replace(/\./g, '\\.')}, row ${first + 1}\\)`
				)
			);
		});

		it('a neighbour rank outside 1–10', () => {
			const dir = copyFixture();
			const row = setCell(dir, NEIGHBOURS, (r) => r.rank === '10', 'rank', '11');
			expectNames(
				buildError(dir),
				{ file: NEIGHBOURS, row, column: 'rank' },
				/expected a rank from 1 to 10, found 11/
			);
		});

		it('a repeated neighbour rank', () => {
			const dir = copyFixture();
			const row = setCell(dir, NEIGHBOURS, (r) => r.rank === '10', 'rank', '2');
			expectNames(buildError(dir), { file: NEIGHBOURS, row, column: 'rank' }, /has rank 2 twice/);
		});

		it('an unknown geographic level', () => {
			const dir = copyFixture();
			const row = setCell(
				dir,
				TIMELINESS,
				(r) => r.geographic_level === 'National' && r.year === '2023',
				'geographic_level',
				'Country'
			);
			expectNames(
				buildError(dir),
				{ file: TIMELINESS, row, column: 'geographic_level' },
				/found 'Country'/
			);
		});
	});
});
