import { engine } from '$lib/data/engine/engine.svelte';
import { getComparisonSeries, getTrend, type TrendPoint } from '$lib/data/queries/trend';

/**
 * State of the "compare any measure" panel. Its queries run in the in-browser database,
 * so it waits for the engine and says so; the rest of the page never does.
 */
export class Explorer {
	indicatorId = $state('pct_within_20wk_excl_exceptions');
	compareWith = $state('');
	/** What is drawn: the points with the choices they were loaded for, so titles never run ahead of the data. */
	shown = $state<{ indicatorId: string; compareWith: string; points: TrendPoint[] } | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	#request = 0;

	constructor(private areaCode: () => string) {}

	async refresh() {
		const request = ++this.#request;
		const areaCode = this.areaCode();
		const { indicatorId, compareWith } = this;
		this.loading = true;
		this.error = null;
		try {
			const points = await engine.query(async (run) => {
				const trend = await getTrend(run, { areaCode, indicatorId });
				if (!compareWith || compareWith === areaCode) return trend;
				const years = new Set(trend.map((p) => p.year));
				const other = await getComparisonSeries(run, { areaCode: compareWith, indicatorId });
				return [...trend, ...other.filter((p) => years.has(p.year))];
			});
			if (request === this.#request) this.shown = { indicatorId, compareWith, points };
		} catch (error) {
			if (request === this.#request)
				this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (request === this.#request) this.loading = false;
		}
	}
}
