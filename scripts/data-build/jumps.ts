import type { Area, Indicator, Observation } from '../../src/lib/data/schemas';
import { formatValue } from '../../src/lib/domain/format';
import { implausibleJumps, type Jump } from '../../src/lib/domain/jump';
import { formatPeriod } from '../../src/lib/domain/periods';

/** A published figure the build flags (it stays as published), for PROVENANCE.md and the tests. */
export type JumpFlag = {
	indicator_id: string;
	area_code: string;
	area_name: string;
	year: number;
	period: string;
	value: number;
	caveat: string;
};

/**
 * Units whose figures are gaps or progress scores around zero: "far from the level around it"
 * means nothing there, so the jump rule is not applied to them.
 */
const LEVELLESS_UNITS = new Set<Indicator['unit']>(['points', 'score']);

/** How far a series usually moves, in words: percentages move in percentage points. */
function typicalWords(jump: Jump, unit: Indicator['unit']): string {
	if (unit === 'percent') return `${jump.typicalChange.toFixed(1)} percentage points`;
	return formatValue(jump.typicalChange, unit);
}

/**
 * Runs the implausible-jump rule (`src/lib/domain/jump.ts`) over every area's series of every
 * measure, and writes a caveat on each figure it flags (`observation.caveat`). A reorganised
 * council's series is judged from the year it starts, as the app shows it. Returns the flags.
 */
export function flagImplausibleJumps(
	observations: Observation[],
	areas: readonly Area[],
	indicators: readonly Indicator[]
): JumpFlag[] {
	const areaByCode = new Map(areas.map((a) => [a.code, a]));
	const indicatorById = new Map(indicators.map((i) => [i.id, i]));
	const series = new Map<string, Observation[]>();
	for (const o of observations) {
		o.caveat = null;
		if (o.value === null) continue;
		const starts = areaByCode.get(o.area_code)?.series_starts;
		if (starts != null && o.year < starts) continue;
		const key = `${o.indicator_id}|${o.area_code}`;
		(series.get(key) ?? series.set(key, []).get(key)!).push(o);
	}
	const flags: JumpFlag[] = [];
	for (const list of series.values()) {
		const indicator = indicatorById.get(list[0].indicator_id);
		if (!indicator || LEVELLESS_UNITS.has(indicator.unit)) continue;
		const period = (year: number) => formatPeriod(year, indicator.period_type);
		const show = (v: number) => formatValue(v, indicator.unit);
		for (const jump of implausibleJumps(list.map((o) => ({ year: o.year, value: o.value! })))) {
			const o = list.find((x) => x.year === jump.year)!;
			o.caveat =
				`This figure breaks the area’s own series: ${show(jump.value)} in ${period(jump.year)}, against ` +
				`${show(jump.before.value)} in ${period(jump.before.year)} and ${show(jump.after.value)} in ${period(jump.after.year)}, ` +
				`where the rest of the series moves by about ${typicalWords(jump, indicator.unit)} from one period to the next. ` +
				`It is shown as published: check it with ${indicator.publisher} or the council before relying on it.`;
			flags.push({
				indicator_id: o.indicator_id,
				area_code: o.area_code,
				area_name: areaByCode.get(o.area_code)?.name ?? o.area_code,
				year: o.year,
				period: period(o.year),
				value: jump.value,
				caveat: o.caveat
			});
		}
	}
	flags.push(...flagCountsBehindFlags(observations, flags, areaByCode, indicatorById));
	return flags.sort(
		(a, b) =>
			a.indicator_id.localeCompare(b.indicator_id) ||
			a.area_name.localeCompare(b.area_name) ||
			a.year - b.year
	);
}

/** The source a figure was read from, without how it was derived ("… (pct derived: refused/received)"). */
const sourceFile = (o: Observation) => o.source.replace(/ \(.*\)$/, '');

/**
 * A count that is the top of a flagged percentage (same source, area and period, and the same
 * number: Kirklees' 5 requests refused in 2022 behind its 0.5%) is flagged too, so the count's own
 * page says what the percentage's page says. A count's series grows, so the jump rule alone
 * rarely catches it.
 */
function flagCountsBehindFlags(
	observations: Observation[],
	flags: readonly JumpFlag[],
	areaByCode: ReadonlyMap<string, Area>,
	indicatorById: ReadonlyMap<string, Indicator>
): JumpFlag[] {
	const flagged = new Map(flags.map((f) => [`${f.indicator_id}|${f.area_code}|${f.year}`, f]));
	const tops = new Map<string, { o: Observation; indicator: Indicator }>();
	for (const o of observations) {
		const indicator = indicatorById.get(o.indicator_id);
		if (indicator?.unit !== 'percent' || o.numerator === null) continue;
		if (!flagged.has(`${o.indicator_id}|${o.area_code}|${o.year}`)) continue;
		tops.set(`${sourceFile(o)}|${o.area_code}|${o.year}|${o.numerator}`, { o, indicator });
	}
	const more: JumpFlag[] = [];
	for (const o of observations) {
		const indicator = indicatorById.get(o.indicator_id);
		if (indicator?.unit !== 'count' || o.value === null || o.caveat) continue;
		const top = tops.get(`${sourceFile(o)}|${o.area_code}|${o.year}|${o.value}`);
		if (!top) continue;
		const period = formatPeriod(o.year, indicator.period_type);
		o.caveat =
			`This count is the top of a percentage that breaks the area’s own series (${top.indicator.short_title}: ` +
			`${formatValue(top.o.value!, 'percent')} in ${period}). It is shown as published: check it with ` +
			`${indicator.publisher} or the council before relying on it.`;
		more.push({
			indicator_id: o.indicator_id,
			area_code: o.area_code,
			area_name: areaByCode.get(o.area_code)?.name ?? o.area_code,
			year: o.year,
			period,
			value: o.value,
			caveat: o.caveat
		});
	}
	return more;
}

export const FLAGS_START = '<!-- implausible-jump flags: written by npm run data -->';
export const FLAGS_END = '<!-- end of implausible-jump flags -->';

/** The PROVENANCE.md section listing every flag, between its two markers. */
export function flagsSection(flags: readonly JumpFlag[], indicators: readonly Indicator[]): string {
	const titles = new Map(indicators.map((i) => [i.id, i.short_title]));
	const lines = [
		FLAGS_START,
		'',
		'Figures flagged as breaking their own series (kept as published, with a caveat shown beside them). The rule, in',
		'`src/lib/domain/jump.ts`: a figure other than the first or last of an area’s series whose changes from the figure',
		'before and to the figure after are both more than 5 times the median year-on-year change of the rest of the series,',
		'in opposite directions, after which the series comes back at least half way, and which is more than half of the',
		'level around it away from that level. Gaps and progress scores (figures around zero) are not judged.',
		`${flags.length} figures are flagged.`,
		'',
		'| Measure | Area | Period | Published figure | Figures either side |',
		'|---|---|---|---|---|'
	];
	for (const f of flags) {
		const around =
			f.caveat.match(/against (.*?), where/)?.[1] ??
			`the top of a flagged percentage (${f.caveat.match(/\((.*?)\)\./)?.[1] ?? ''})`;
		lines.push(
			`| ${titles.get(f.indicator_id) ?? f.indicator_id} (\`${f.indicator_id}\`) | ${f.area_name} (${f.area_code}) | ${f.period} | ${f.value} | ${around} |`
		);
	}
	lines.push('', FLAGS_END);
	return lines.join('\n');
}

/** PROVENANCE.md with its flags section replaced (or added at the end). */
export function withFlagsSection(provenance: string, section: string): string {
	const start = provenance.indexOf(FLAGS_START);
	const end = provenance.indexOf(FLAGS_END);
	if (start >= 0 && end > start)
		return provenance.slice(0, start) + section + provenance.slice(end + FLAGS_END.length);
	return `${provenance.trimEnd()}\n\n## Figures flagged by the build\n\n${section}\n`;
}
