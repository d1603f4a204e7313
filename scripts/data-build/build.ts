import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type Manifest } from '../../src/lib/data/schemas';
import { TABLES, type TableName } from '../../src/lib/data/tables';
import { toArrowIPC } from './arrow-writer';
import { buildAreas } from './areas';
import { INDICATORS } from './catalogue';
import { originOf, readSource } from './csv-source';
import { DataBuildError } from './errors';
import { flagImplausibleJumps, type JumpFlag } from './jumps';
import {
	buildInspections,
	INSPECTIONS_2016_COLUMNS,
	INSPECTIONS_2023_COLUMNS,
	SUMMARY_COLUMNS
} from './inspections';
import { buildNeighbours, NEIGHBOUR_COLUMNS } from './neighbours';
import {
	KEY_METRICS_COLUMNS,
	keyMetricObservations,
	TIMELINESS_COLUMNS,
	timelinessObservations,
	TRIBUNAL_COLUMNS,
	tribunalObservations
} from './observations';
import { SOURCE_MODULES } from './modules';
import { applySeriesRules } from './series-rules';
import { OGL, SOURCES } from './sources';

export type BuildResult = {
	manifest: Manifest;
	tables: Record<TableName, Record<string, unknown>[]>;
	/** Published figures that break their own series, flagged with a caveat (never changed). */
	flags: JumpFlag[];
};

/** Reads every published file, builds the tidy model, validates it and (if `outDir`) writes it. */
export function buildDataModel(options: {
	sourceDir: string;
	outDir?: string;
	now?: Date;
}): BuildResult {
	const read = (source: { file: string }, columns: readonly string[]) =>
		readSource(options.sourceDir, source.file, columns);
	const keyMetricRows = read(SOURCES.keyMetrics, KEY_METRICS_COLUMNS);
	const index = buildAreas(keyMetricRows);

	const modules = SOURCE_MODULES.map((module) => ({
		module,
		...module.build(index, (file, columns) => readSource(options.sourceDir, file, columns))
	}));
	const observations = applySeriesRules([
		...keyMetricObservations(index, keyMetricRows),
		...timelinessObservations(index, read(SOURCES.timeliness, TIMELINESS_COLUMNS)),
		...tribunalObservations(index, read(SOURCES.tribunal, TRIBUNAL_COLUMNS)),
		...modules.flatMap((m) => m.observations ?? [])
	]);
	const indicators = [...INDICATORS, ...SOURCE_MODULES.flatMap((m) => m.indicators)];
	const flags = flagImplausibleJumps(observations, index.areas, indicators);
	const tables: BuildResult['tables'] = {
		areas: index.areas,
		neighbours: buildNeighbours(index, read(SOURCES.neighbours, NEIGHBOUR_COLUMNS)),
		indicators,
		observations,
		inspections: buildInspections(index, {
			official2016: read(SOURCES.inspections2016, INSPECTIONS_2016_COLUMNS),
			outcomes2023: read(SOURCES.inspections2023, INSPECTIONS_2023_COLUMNS),
			summary: read(SOURCES.inspectionSummary, SUMMARY_COLUMNS)
		}),
		health_waits: modules.flatMap((m) => m.health_waits ?? [])
	};
	checkModel(tables);

	const files = TABLES.map((spec) => {
		tables[spec.name].forEach((row, i) => {
			const parsed = spec.schema.safeParse(row);
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				const problem = `${issue.message} in ${spec.name}.${issue.path.join('.') || '(row)'} (${JSON.stringify(row)})`;
				// Name the published row it came from where there is one; else the built table's row.
				originOf(row)?.fail(String(issue.path[0] ?? ''), problem);
				throw new DataBuildError(`built table ${spec.name}`, problem, {
					row: i + 1,
					column: issue.path.join('.')
				});
			}
		});
		return { spec, bytes: toArrowIPC(spec, tables[spec.name]) };
	});

	const manifest: Manifest = manifestSchema.parse({
		built_at: (options.now ?? new Date()).toISOString(),
		tables: files.map(({ spec, bytes }) => ({
			table: spec.name,
			file: spec.file,
			rows: tables[spec.name].length,
			bytes: bytes.byteLength,
			sha256: sha256(bytes)
		})),
		sources: [...Object.values(SOURCES), ...SOURCE_MODULES.flatMap((m) => m.sources)].map((s) => ({
			file: s.file,
			publisher: s.publisher,
			publication: s.publication,
			licence: OGL,
			sha256: sha256(readFileSync(join(options.sourceDir, s.file)))
		}))
	});
	if (options.outDir) {
		mkdirSync(options.outDir, { recursive: true });
		for (const { spec, bytes } of files) writeFileSync(join(options.outDir, spec.file), bytes);
		writeFileSync(
			join(options.outDir, 'manifest.json'),
			JSON.stringify(manifest, null, '\t') + '\n'
		);
	}
	return { manifest, tables, flags };
}

/**
 * Cross-table rules zod cannot see: unique keys and references that must resolve. Failures
 * name the published file and row the figure came from (the `source` text is not a file name).
 */
function checkModel(tables: BuildResult['tables']) {
	const areaCodes = new Set(tables.areas.map((a) => a.code as string));
	const indicatorIds = new Set(tables.indicators.map((i) => i.id as string));
	const fail = (record: object, column: string, problem: string): never => {
		const origin = originOf(record);
		if (origin) return origin.fail(column, problem);
		throw new DataBuildError(
			String((record as { source?: unknown }).source ?? 'built model'),
			problem
		);
	};
	const seen = new Map<string, object>();
	for (const o of tables.observations) {
		const key = `${o.indicator_id}|${o.area_code}|${o.year}`;
		const first = seen.get(key);
		if (first) {
			const other = originOf(first);
			fail(
				o,
				'year',
				`a second figure for ${o.indicator_id}, area ${o.area_code}, ${o.year}${other ? ` (the first is ${other.file}, row ${other.row})` : ''}`
			);
		}
		seen.set(key, o);
		if (!areaCodes.has(o.area_code as string))
			fail(o, 'area', `area ${o.area_code} is not in the areas table`);
		if (!indicatorIds.has(o.indicator_id as string))
			fail(o, 'indicator', `indicator ${o.indicator_id} is not in the catalogue`);
	}
	const pairs = new Map<string, object>();
	for (const n of tables.neighbours) {
		for (const [key, column, what] of [
			[`${n.area_code}|rank ${n.rank}`, 'rank', `rank ${n.rank}`],
			[`${n.area_code}|${n.neighbour_code}`, 'neighbour_la_number', `neighbour ${n.neighbour_code}`]
		] as const) {
			const first = pairs.get(key);
			if (first)
				fail(
					n,
					column,
					`${n.area_code} has ${what} twice (the first is row ${originOf(first)?.row ?? '?'})`
				);
			pairs.set(key, n);
		}
	}
}

function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
