import type { Observation } from '../../../src/lib/data/schemas';
import { fromRow, type SourceRow } from '../csv-source';
import type { SourceFile } from '../sources';
import { NEW_PLANS } from './sen2-2025/placement';
import { areaOf, catalogueRow, DFE, periodYear, ROW_COLUMNS, SEN2_URL } from './sen2-2025/shared';
import type { SourceModule } from './types';

/**
 * The SEN2 reporting-year 2022 release, for the one series it adds honestly to the model: new
 * statements of SEN or EHC plans each year since 2009, joined to the 2025 release's new EHC
 * plans. What else the release has is either already in the harmonised key-metrics file
 * (plans and statements in force, new EHC plans, requests, refusals, 20-week timeliness) or
 * was measured differently before 2022 (ceased plans, assessments leading to a plan,
 * mediation), so it is not joined to the 2025 figures.
 */

const NEW_PLANS_2022: SourceFile = {
	file: 'sen2_2022_new_plans_totals.csv',
	publisher: DFE,
	publication:
		'Education, health and care plans (SEN2), reporting year 2022: sen2_age_new_plans.csv (all ages)',
	url: SEN2_URL
};

const ID = 'new_statements_or_ehc_plans';

const INDICATOR = catalogueRow(
	{
		id: ID,
		title: 'New statements of SEN or EHC plans made during the year',
		short_title: 'New statements or EHC plans',
		definition:
			'The number of children and young people given a statement of special educational needs or an EHC plan for the first time during the calendar year. EHC plans replaced statements from September 2014, so this one series shows new plans before and after the reforms, from 2009.',
		unit: 'count',
		unit_label: null,
		polarity: 'none',
		period_type: 'calendar_year',
		theme: 'timeliness_and_process',
		caveats:
			'2009–2018 from DfE’s 2022 release (new statements plus new EHC plans, all ages); 2019–2024 from the 2025 release (new EHC plans: no new statements have been recorded since 2016), or from the 2022 release where the 2025 release has no figure for an area (Isles of Scilly, 2019). For 2019–2021, published in both, the two releases agree exactly for every area. From 2022 DfE collects a record for each child. The 2025 release gives every Yorkshire and the Humber council the regional total (6,078) as its 2022 figure, so those 2022 figures are left out. A count, not a rate: compare areas of different sizes with care.'
	},
	{
		...NEW_PLANS_2022,
		publication:
			'Education, health and care plans (SEN2), reporting years 2022 (sen2_age_new_plans.csv) and 2025 (newplans.csv)'
	}
);

type Figure = {
	row: SourceRow;
	area: string;
	year: number;
	value: number | null;
	note: string | null;
};

export const sen2Release2022: SourceModule = {
	name: 'sen2-release-2022',
	// It also reads the 2025 release's newplans.csv, which the 2025 module lists.
	sources: [NEW_PLANS_2022],
	indicators: [INDICATOR],
	build(index, read) {
		const figures2022: Figure[] = [];
		for (const row of read(NEW_PLANS_2022.file, [
			...ROW_COLUMNS,
			'characteristic_age',
			'Total_new_all'
		])) {
			if (row.text('characteristic_age') !== 'Total') continue;
			const area = areaOf(index, row);
			if (area === null) continue;
			const cell = row.figure('Total_new_all');
			figures2022.push({ row, area, year: periodYear(row, 'calendar'), ...cell });
		}

		const rows2025 = read(NEW_PLANS.source.file, [
			...ROW_COLUMNS,
			'breakdown_topic',
			'breakdown',
			'new_ehc_plans'
		]).filter(
			(r) => r.text('breakdown_topic') === NEW_PLANS.all && r.text('breakdown') === NEW_PLANS.all
		);
		const regional = new Map<string, number | null>();
		for (const row of rows2025) {
			if (row.text('geographic_level') === 'Regional')
				regional.set(
					`${row.text('region_code')}|${row.text('time_period')}`,
					row.figure('new_ehc_plans').value
				);
		}
		const figures2025: Figure[] = [];
		for (const row of rows2025) {
			const area = areaOf(index, row);
			if (area === null) continue;
			const cell = row.figure('new_ehc_plans');
			// An LA cannot have made all of its region's new plans: such a figure is the region's, not the LA's.
			const region = regional.get(`${row.text('region_code')}|${row.text('time_period')}`);
			if (
				row.text('geographic_level') === 'Local authority' &&
				cell.value !== null &&
				cell.value === region
			)
				continue;
			figures2025.push({ row, area, year: periodYear(row, 'calendar'), ...cell });
		}

		// The newer release wins where both publish a year, but only if the two agree.
		const newer = new Map(figures2025.map((f) => [`${f.area}|${f.year}`, f]));
		for (const old of figures2022) {
			const f = newer.get(`${old.area}|${old.year}`);
			if (f && f.value !== null && old.value !== null && f.value !== old.value)
				f.row.fail(
					'new_ehc_plans',
					`${f.value} new plans in ${f.year}, but the 2022 release (${old.row.file}, row ${old.row.row}) has ${old.value}: the two releases disagree, so the series cannot be joined without a decision`
				);
		}
		const joined = [
			...figures2022.filter((f) => !newer.has(`${f.area}|${f.year}`)),
			...figures2025
		];
		const observations = joined.map((f): Observation =>
			fromRow(f.row, {
				indicator_id: ID,
				area_code: f.area,
				year: f.year,
				value: f.value,
				value_note: f.value === null ? f.note : null,
				numerator: null,
				denominator: null,
				source:
					f.row.file === NEW_PLANS_2022.file
						? `DfE SEN2 2022 release, ${NEW_PLANS_2022.file} (Total_new_all, all ages)`
						: `DfE SEN2 2025 release, ${NEW_PLANS.source.file} (new_ehc_plans)`
			})
		);
		return { observations };
	}
};
