import type { TrendPoint } from '$lib/domain/trend-table';
import { engine } from './engine.svelte';

/** The measure the panel opens on: the one boards ask about first. */
export const FIRST_MEASURE = 'pct_within_20wk_excl_exceptions';

type Choice = { indicatorId: string; compareWith: string };

/**
 * State of one area's "compare any measure" panel. Its queries run in the in-browser database,
 * which it starts only when the panel is near (`prepare`) or used (`open`), never with the page;
 * the rest of the page never waits for it. A reply overtaken by a newer choice is dropped.
 */
export class Explorer {
	indicatorId = $state(FIRST_MEASURE);
	compareWith = $state('');
	/** What is drawn: the points with the choice they were loaded for, so titles never run ahead of the data. */
	shown = $state.raw<(Choice & { points: TrendPoint[] }) | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	#request = 0;
	#opened = false;

	constructor(readonly areaCode: string) {}

	/** The panel is near: start the engine, so it is ready (or nearly) when the panel is used. */
	prepare() {
		engine.start().catch(() => undefined);
	}

	/** First use of the panel (on screen, or focused): draws the current choice, once. */
	open() {
		if (this.#opened) return;
		this.#opened = true;
		performance.mark('explorer-first-use');
		void this.refresh();
	}

	/** A new measure or comparison, from the panel's controls. */
	choose(choice: Partial<Choice>) {
		if (choice.indicatorId !== undefined) this.indicatorId = choice.indicatorId;
		if (choice.compareWith !== undefined) this.compareWith = choice.compareWith;
		this.#opened = true;
		void this.refresh();
	}

	async refresh() {
		const request = ++this.#request;
		const { areaCode } = this;
		const { indicatorId, compareWith } = this;
		this.loading = true;
		this.error = null;
		try {
			// The queries (with the catalogue's zod schema) load with the engine, not with the page.
			const { getComparisonSeries, getTrend } = await import('$lib/data/queries/trend');
			const points = await engine.query(async (run) => {
				const trend = await getTrend(run, { areaCode, indicatorId });
				if (!compareWith || compareWith === areaCode) return trend;
				const years = new Set(trend.map((p) => p.year));
				const other = await getComparisonSeries(run, { areaCode: compareWith, indicatorId });
				return [...trend, ...other.filter((p) => years.has(p.year))];
			});
			if (request !== this.#request) return;
			if (!this.shown) performance.mark('explorer-first-result');
			this.shown = { indicatorId, compareWith, points };
		} catch (error) {
			if (request === this.#request)
				this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (request === this.#request) this.loading = false;
		}
	}
}
