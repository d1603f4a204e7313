import type { QueryRunner, Row } from '../query-runner';

/**
 * NHS health-side context (table `health_waits`). The figures are published on NHS geography
 * (England, NHS region, ICB, provider), not for local authorities, and the published data has
 * no local-authority-to-ICB lookup, so the app shows England and the NHS regions only.
 */
export const HEALTH_GEOGRAPHY_NOTE =
	'NHS England publishes these figures for England, NHS regions, integrated care boards (ICBs) and providers, not for local authorities. There is no published local authority to ICB lookup in the data this dashboard uses, so they are shown for England and the NHS regions only.';

/** The levels the app shows. The table also holds ICB rows, which are not shown. */
export type HealthLevelShown = 'England' | 'NHS region';
const SHOWN: HealthLevelShown[] = ['England', 'NHS region'];
const SHOWN_SQL = `geography_level IN ('England', 'NHS region')`;

export type HealthDataset = 'community_health_waits' | 'autism_referral_waits';

export const HEALTH_DATASET_LABELS: Record<HealthDataset, string> = {
	community_health_waits: 'Children and young people waiting for community health services',
	autism_referral_waits: 'Waits for a first appointment after a suspected-autism referral'
};

export const HEALTH_MEASURE_LABELS: Record<string, string> = {
	total_waiting: 'Children and young people on the waiting list',
	waiting_18_52_weeks: 'Waiting more than 18 and up to 52 weeks',
	waiting_over_52_weeks: 'Waiting more than 52 weeks',
	pct_waiting_over_18_weeks: '% of the waiting list waiting more than 18 weeks',
	pct_first_appointment_after_13_weeks:
		'% of referrals open at least 13 weeks whose first appointment came after more than 13 weeks'
};

/** Measures in the order of the labels above (counts before the percentage). */
function byMeasure(a: string, b: string): number {
	const order = Object.keys(HEALTH_MEASURE_LABELS);
	const [i, j] = [order.indexOf(a), order.indexOf(b)];
	return (i < 0 ? order.length : i) - (j < 0 ? order.length : j) || a.localeCompare(b);
}

/** Age groups in age order; other breakdowns (services) alphabetically. */
const BREAKDOWN_ORDER = ['Aged under 10', 'Aged 10 to 17', 'Aged 18 to 24'];
function byBreakdown(a: string, b: string): number {
	const [i, j] = [BREAKDOWN_ORDER.indexOf(a), BREAKDOWN_ORDER.indexOf(b)];
	if (i >= 0 && j >= 0) return i - j;
	if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
	return a.localeCompare(b);
}

export type HealthMeasure = {
	dataset: string;
	measure: string;
	unit: 'count' | 'percent';
	breakdowns: string[];
	/** First and last month (YYYY-MM) with a figure at England or NHS-region level. */
	first_month: string;
	last_month: string;
};

/** Every dataset and measure shown, with its breakdowns and the months it covers. */
export async function listHealthMeasures(run: QueryRunner): Promise<HealthMeasure[]> {
	const rows = await run(
		`SELECT dataset, measure, unit, breakdown, min(month) AS first_month, max(month) AS last_month
		 FROM health_waits WHERE ${SHOWN_SQL}
		 GROUP BY dataset, measure, unit, breakdown
		 ORDER BY dataset, measure, breakdown`
	);
	const measures = new Map<string, HealthMeasure>();
	for (const r of rows) {
		const key = `${r.dataset}|${r.measure}`;
		const m = measures.get(key);
		if (!m) {
			measures.set(key, {
				dataset: r.dataset as string,
				measure: r.measure as string,
				unit: r.unit as HealthMeasure['unit'],
				breakdowns: [r.breakdown as string],
				first_month: r.first_month as string,
				last_month: r.last_month as string
			});
		} else {
			m.breakdowns.push(r.breakdown as string);
			if ((r.first_month as string) < m.first_month) m.first_month = r.first_month as string;
			if ((r.last_month as string) > m.last_month) m.last_month = r.last_month as string;
		}
	}
	for (const m of measures.values()) m.breakdowns.sort(byBreakdown);
	return [...measures.values()].sort(
		(a, b) => a.dataset.localeCompare(b.dataset) || byMeasure(a.measure, b.measure)
	);
}

/** One month's figure for one place: null where not published, with the publisher's code if any. */
export type HealthPoint = {
	month: string;
	geography_name: string;
	value: number | null;
	value_note: string | null;
};

/**
 * A measure's monthly series for England or the NHS regions (all seven unless a region is
 * named), ordered by place then month. Months with no published row are absent, not zero.
 */
export async function getHealthSeries(
	run: QueryRunner,
	args: {
		dataset: string;
		measure: string;
		breakdown: string;
		geographyLevel: HealthLevelShown;
		geographyName?: string;
	}
): Promise<HealthPoint[]> {
	if (!SHOWN.includes(args.geographyLevel)) return [];
	const params: string[] = [args.dataset, args.measure, args.breakdown, args.geographyLevel];
	if (args.geographyName !== undefined) params.push(args.geographyName);
	const rows = await run(
		`SELECT month, geography_name, value::DOUBLE AS value, value_note
		 FROM health_waits
		 WHERE dataset = ? AND measure = ? AND breakdown = ? AND geography_level = ?
		 ${args.geographyName !== undefined ? 'AND geography_name = ?' : ''}
		 ORDER BY geography_name, month`,
		params
	);
	return rows.map(toPoint);
}

function toPoint(r: Row): HealthPoint {
	return {
		month: r.month as string,
		geography_name: r.geography_name as string,
		value: r.value as number | null,
		value_note: r.value_note as string | null
	};
}

export type HealthContext = {
	dataset: string;
	measure: string;
	breakdown: string;
	unit: 'count' | 'percent';
	/** England's latest published month (its value may be null with a code). */
	england: HealthPoint | null;
	/** Each NHS region's latest published month, by region name. */
	regions: HealthPoint[];
};

/**
 * For each dataset, measure and breakdown: the latest England figure and the latest figure for
 * each NHS region. "Latest" is the latest month with a published row for that place.
 */
export async function getLatestHealthContext(run: QueryRunner): Promise<HealthContext[]> {
	const rows = await run(
		`SELECT dataset, measure, breakdown, unit, geography_level, geography_name, month,
		        value::DOUBLE AS value, value_note
		 FROM (
		   SELECT *,
		          row_number() OVER (PARTITION BY dataset, measure, breakdown, geography_level, geography_name ORDER BY month DESC) AS latest
		   FROM health_waits WHERE ${SHOWN_SQL}
		 )
		 WHERE latest = 1
		 ORDER BY dataset, measure, breakdown, geography_level, geography_name`
	);
	const out = new Map<string, HealthContext>();
	for (const r of rows) {
		const key = `${r.dataset}|${r.measure}|${r.breakdown}`;
		let c = out.get(key);
		if (!c) {
			c = {
				dataset: r.dataset as string,
				measure: r.measure as string,
				breakdown: r.breakdown as string,
				unit: r.unit as HealthContext['unit'],
				england: null,
				regions: []
			};
			out.set(key, c);
		}
		if (r.geography_level === 'England') c.england = toPoint(r);
		else c.regions.push(toPoint(r));
	}
	return [...out.values()].sort(
		(a, b) =>
			a.dataset.localeCompare(b.dataset) ||
			byMeasure(a.measure, b.measure) ||
			byBreakdown(a.breakdown, b.breakdown)
	);
}

/**
 * The latest year of the published education figures (table `observations`), so the health
 * page can say when its NHS figures are older than the rest of the dashboard.
 */
export async function latestObservationYear(run: QueryRunner): Promise<number | null> {
	const [row] = await run(
		`SELECT max(year)::INTEGER AS year FROM observations WHERE value IS NOT NULL`
	);
	return (row?.year as number | null) ?? null;
}
