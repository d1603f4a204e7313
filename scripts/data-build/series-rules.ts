import type { Observation } from '../../src/lib/data/schemas';
import { SERIES_RULES } from '../../src/lib/domain/series-rules';
import { fromRow, originOf } from './csv-source';

/**
 * Applies the series rules (`src/lib/domain/series-rules.ts`) to the built observations: a
 * measure's periods before its `from` are dropped, and its periods up to `bridge.until` take the
 * publisher's figure for `bridge.measure` (value, code, counts and source), so EHC plans in force
 * reads as statements or EHC plans for January 2015–2018, as DfE publishes it. Where the bridging
 * figure is not published for an area and period, the measure's own figure is not kept either:
 * the period is left out rather than mixing the two counts in one series.
 */
export function applySeriesRules(observations: Observation[]): Observation[] {
	const bridging = new Map<string, Observation>();
	for (const [id, rule] of Object.entries(SERIES_RULES)) {
		if (!rule.bridge) continue;
		for (const o of observations)
			if (o.indicator_id === rule.bridge.measure) bridging.set(`${id}|${o.area_code}|${o.year}`, o);
	}
	return observations.flatMap((o) => {
		const rule = SERIES_RULES[o.indicator_id];
		if (!rule) return [o];
		if (o.year < rule.from) return [];
		if (!rule.bridge || o.year > rule.bridge.until) return [o];
		const other = bridging.get(`${o.indicator_id}|${o.area_code}|${o.year}`);
		if (!other) return [];
		const bridged: Observation = {
			...other,
			indicator_id: o.indicator_id,
			source: `${other.source}: ${rule.bridge.label} (${rule.bridge.measure}), shown for ${o.indicator_id} across the transfer of statements to EHC plans`
		};
		// Keeps the published row it came from, so a build error names it.
		const origin = originOf(other);
		return [origin ? fromRow(origin, bridged) : bridged];
	});
}
