import type { Area } from '../../src/lib/data/schemas';
import type { SourceRow } from './csv-source';
import { DataBuildError } from './errors';
import { REORGANISATIONS } from './reorganisations';

export const ENGLAND = 'E92000001';

/** Areas, and the lookups every other source uses to put its rows on an area. */
export type AreaIndex = {
	areas: Area[];
	/** DfE 3-digit code → the area's ONS code (as used in the latest release). */
	byDfeCode: Map<string, string>;
	/** Any ONS code an LA has been published under (codes change) → its ONS code today. */
	byOnsCode: Map<string, string>;
};

/**
 * Builds England, the regions and every LA from the harmonised SEN2 file, which has every
 * LA (current and former) with both codes. An LA is current when it appears in the latest
 * year; its name and ONS code are the latest ones. Older ONS codes become aliases.
 */
export function buildAreas(keyMetrics: SourceRow[]): AreaIndex {
	const latestYear = Math.max(...keyMetrics.map((r) => r.integer('year')));
	const regions = new Map<string, string>();
	const las = new Map<string, { rows: SourceRow[]; latest: SourceRow }>();

	for (const row of keyMetrics) {
		const level = row.oneOf('geographic_level', [
			'National',
			'Regional',
			'Local authority'
		] as const);
		if (level === 'Regional') regions.set(row.required('region_code'), row.required('region_name'));
		if (level !== 'Local authority') continue;
		const dfe = row.required('old_la_code', 'a DfE 3-digit LA code');
		const entry = las.get(dfe);
		if (!entry) las.set(dfe, { rows: [row], latest: row });
		else {
			entry.rows.push(row);
			if (row.integer('year') > entry.latest.integer('year')) entry.latest = row;
		}
	}

	const byDfeCode = new Map<string, string>();
	const byOnsCode = new Map<string, string>();
	const areas: Area[] = [
		aggregate(ENGLAND, 'England', 'england'),
		...[...regions].map(([code, name]) => aggregate(code, name, 'region'))
	];
	for (const [dfe, { rows, latest }] of las) {
		const code = latest.required('new_la_code', 'an ONS code');
		byDfeCode.set(dfe, code);
		for (const row of rows) byOnsCode.set(row.required('new_la_code'), code);
	}
	for (const [dfe, { latest }] of las) {
		const reorganisation = REORGANISATIONS[dfe];
		const successors = reorganisation?.successors?.map((s) => {
			const code = byDfeCode.get(s);
			if (!code)
				throw new DataBuildError(
					latest.file,
					`reorganisation successor ${s} of ${dfe} is not an LA in the file`
				);
			return code;
		});
		areas.push({
			code: byDfeCode.get(dfe)!,
			dfe_code: dfe,
			name: latest.required('la_name'),
			level: 'la',
			region_code: latest.required('region_code'),
			region_name: latest.required('region_name'),
			status: latest.integer('year') === latestYear ? 'current' : 'former',
			reorganisation: reorganisation?.note ?? null,
			series_starts: reorganisation?.seriesStarts ?? null,
			successor_codes: successors?.join(',') ?? null
		});
	}
	return { areas, byDfeCode, byOnsCode };
}

/**
 * The area a row of an LA-level file belongs to, by its DfE code; fails loudly if unknown.
 * With `nameColumn`, the row's LA name must also be the name SEN2 gives that code, so a
 * code typed against the wrong LA stops the build instead of moving figures between areas.
 */
export function areaForDfeCode(
	index: AreaIndex,
	row: SourceRow,
	column: string,
	nameColumn?: string,
	dfeCode?: string
): string {
	const dfe = dfeCode ?? row.required(column, 'a DfE 3-digit LA code');
	const code = index.byDfeCode.get(dfe);
	if (!code) row.fail(column, `'${dfe}' is not a DfE LA code known from the SEN2 files`);
	if (nameColumn) checkLaName(index, row, code, column, nameColumn);
	return code;
}

/** The LA a row belongs to by ONS code (any code the LA has been published under); never England or a region. */
export function areaForOnsCode(
	index: AreaIndex,
	row: SourceRow,
	column: string,
	nameColumn?: string
): string {
	const ons = row.required(column, 'an ONS area code');
	const code = index.byOnsCode.get(ons);
	if (!code)
		row.fail(column, `'${ons}' is not an ONS local authority code known from the SEN2 files`);
	if (nameColumn) checkLaName(index, row, code, column, nameColumn);
	return code;
}

/** A region row's area: its code must be one of the regions of the SEN2 file. */
export function areaForRegionCode(index: AreaIndex, row: SourceRow, column: string): string {
	const code = row.required(column, 'a region code');
	if (!index.areas.some((a) => a.level === 'region' && a.code === code)) {
		row.fail(column, `'${code}' is not a region code known from the SEN2 files`);
	}
	return code;
}

/**
 * LA names as the publishers spell them differ in small ways ("Durham" / "County Durham",
 * "Bristol, City of", "St. Helens", "Bedford Borough", "Dorset (Pre LG)", lower case in the
 * Ofsted scrape); this folds those away and nothing else.
 */
export function laNameKey(name: string): string {
	const key = name
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/\(pre lg\)/g, '')
		.replace(/,\s*(city|county) of\s*$/, '')
		.replace(/^county\s+/, '')
		.replace(/\s+borough$/, '')
		.replace(/[^a-z]/g, '');
	return key;
}

function checkLaName(
	index: AreaIndex,
	row: SourceRow,
	code: string,
	codeColumn: string,
	nameColumn: string
) {
	const published = row.text(nameColumn);
	const area = index.areas.find((a) => a.code === code);
	if (!published || !area) return;
	if (laNameKey(published) !== laNameKey(area.name)) {
		row.fail(
			nameColumn,
			`'${published}' is not the LA with code '${row.text(codeColumn)}' (SEN2 calls that code '${area.name}'): the code or the name is wrong`
		);
	}
}

/** England or a region: no LA codes, never reorganised. */
function aggregate(code: string, name: string, level: 'england' | 'region'): Area {
	return {
		code,
		dfe_code: null,
		name,
		level,
		region_code: null,
		region_name: null,
		status: 'current',
		reorganisation: null,
		series_starts: null,
		successor_codes: null
	};
}
