import type { z } from 'zod';
import {
	areaSchema,
	healthWaitSchema,
	indicatorSchema,
	inspectionSchema,
	neighbourSchema,
	observationSchema
} from './schemas';

/** Column types shared by the Arrow files the build writes and the DuckDB tables both runtimes load. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export type TableSpec = {
	name: string;
	file: string;
	schema: z.ZodType;
	columns: Record<string, ColumnType>;
};

export const TABLES = [
	{
		name: 'areas',
		file: 'areas.arrow',
		schema: areaSchema,
		columns: {
			code: 'VARCHAR',
			dfe_code: 'VARCHAR',
			name: 'VARCHAR',
			level: 'VARCHAR',
			region_code: 'VARCHAR',
			region_name: 'VARCHAR',
			status: 'VARCHAR',
			reorganisation: 'VARCHAR',
			series_starts: 'INTEGER',
			successor_codes: 'VARCHAR'
		}
	},
	{
		name: 'neighbours',
		file: 'neighbours.arrow',
		schema: neighbourSchema,
		columns: {
			area_code: 'VARCHAR',
			neighbour_code: 'VARCHAR',
			rank: 'INTEGER',
			closeness: 'VARCHAR'
		}
	},
	{
		name: 'indicators',
		file: 'indicators.arrow',
		schema: indicatorSchema,
		columns: {
			id: 'VARCHAR',
			title: 'VARCHAR',
			short_title: 'VARCHAR',
			definition: 'VARCHAR',
			unit: 'VARCHAR',
			unit_label: 'VARCHAR',
			polarity: 'VARCHAR',
			period_type: 'VARCHAR',
			theme: 'VARCHAR',
			publisher: 'VARCHAR',
			publication: 'VARCHAR',
			source_url: 'VARCHAR',
			licence: 'VARCHAR',
			caveats: 'VARCHAR'
		}
	},
	{
		name: 'observations',
		file: 'observations.arrow',
		schema: observationSchema,
		columns: {
			indicator_id: 'VARCHAR',
			area_code: 'VARCHAR',
			year: 'INTEGER',
			value: 'DOUBLE',
			value_note: 'VARCHAR',
			numerator: 'DOUBLE',
			denominator: 'DOUBLE',
			source: 'VARCHAR',
			caveat: 'VARCHAR'
		}
	},
	{
		name: 'inspections',
		file: 'inspections.arrow',
		schema: inspectionSchema,
		columns: {
			area_code: 'VARCHAR',
			framework: 'VARCHAR',
			kind: 'VARCHAR',
			start_date: 'VARCHAR',
			publication_date: 'VARCHAR',
			outcome_grade: 'INTEGER',
			outcome: 'VARCHAR',
			wsoa_required: 'BOOLEAN',
			weaknesses: 'INTEGER',
			weaknesses_progress: 'INTEGER',
			next_inspection_due: 'VARCHAR',
			report_url: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	{
		name: 'health_waits',
		file: 'health_waits.arrow',
		schema: healthWaitSchema,
		columns: {
			dataset: 'VARCHAR',
			geography_level: 'VARCHAR',
			geography_name: 'VARCHAR',
			month: 'VARCHAR',
			breakdown: 'VARCHAR',
			measure: 'VARCHAR',
			value: 'DOUBLE',
			value_note: 'VARCHAR',
			unit: 'VARCHAR'
		}
	}
] as const satisfies readonly TableSpec[];

export type TableName = (typeof TABLES)[number]['name'];

/** Where the built files live, relative to the site root (and to `static/`). */
export const DATA_PATH = 'data';
