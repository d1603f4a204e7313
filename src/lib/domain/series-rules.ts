/**
 * Where a measure's series starts on every page (overview, measure page, compare, all measures),
 * why, in the publisher's terms, and where part of it is another published figure because the
 * thing counted changed. The build applies `bridge` (scripts/data-build/series-rules.ts: never a figure of its
 * own making, only the publisher's other column) and drops periods before `from`, so every page
 * reads the same series; the pages show `reason` beside the chart.
 */
export type SeriesRule = {
	/** The first period every page shows. */
	from: number;
	/** Why the series starts there (and what the early periods count), in plain words. */
	reason: string;
	/**
	 * Periods up to and including `until` show the publisher's `measure` instead (same areas,
	 * same periods), labelled `label` wherever they are shown.
	 */
	bridge?: { until: number; measure: string; label: string };
};

export const SERIES_RULES: Record<string, SeriesRule> = {
	ehc_plans_in_force: {
		from: 2015,
		reason:
			'Figures start in January 2015, the first count after EHC plans replaced statements of special educational needs (from September 2014). Statements were transferred to EHC plans until March 2018, so for January 2015 to January 2018 the figure is statements and EHC plans together, as DfE publishes it (“statements or EHC plans”); from January 2019 it is EHC plans alone. Counting EHC plans alone in those years would show growth that is only the transfer.',
		bridge: {
			until: 2018,
			measure: 'statements_or_ehc_plans_in_force',
			label: 'statements or EHC plans'
		}
	}
};

/** The rule for a measure, if it has one. */
export const seriesRule = (indicatorId: string): SeriesRule | null =>
	SERIES_RULES[indicatorId] ?? null;

/** What a period of the measure counts, where it is not the measure itself ("statements or EHC plans"). */
export function periodBasis(indicatorId: string, year: number): string | null {
	const bridge = SERIES_RULES[indicatorId]?.bridge;
	return bridge && year <= bridge.until ? bridge.label : null;
}
