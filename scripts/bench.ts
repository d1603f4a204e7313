// Cold-load and interaction benchmark of an area's pages, against the performance budgets.
// Run after a build: `npx tsx scripts/bench.ts` (or `npm run bench`, which builds first).
// Prints medians of 5 cold loads of an area overview, an indicator page and the measures library,
// locally and (overview, indicator page) on an emulated council laptop on VPN, then the data bytes
// the site ships. Writes every run to bench-results/latest.json. It is a report: exits 0 even when
// a budget fails.
//
// Times are what a person sees: a figure counts as shown at the later of its being in the DOM and
// the page's first contentful paint (nothing is on screen before that paint), or, for a change
// after the page is up, at the frame after the DOM changed. DOM-only times are printed for
// information.
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from './chromium';
import { startStaticServer } from './static-server';

const AREA = '/area/E06000033'; // Southend-on-Sea
// Not prerendered: the server answers with the SPA fallback 404.html and the page is drawn in the
// browser from /geography.json and /indicator-data/<id>.json.
const INDICATOR = `${AREA}/indicators/pct_within_20wk_excl_exceptions`;
const LIBRARY = `${AREA}/indicators`; // prerendered

const TILE = '[data-indicator="ehc_plans_in_force"] [data-testid=tile-value]';
const FIGURE = '[data-testid=tile-value]'; // the indicator page's one headline tile
const CHART = '[data-testid=trend-chart] svg.trend-plot';
// Leeds in the statistical neighbours list. Prerendered links are relative (../area/…), hence $=.
const NEIGHBOUR = { selector: 'ol.neighbours a[href$="area/E08000035"]', name: 'Leeds' };
const INDICATOR_TITLE = '[data-testid=indicator-title]';
const INDICATOR_PICKER = '#indicator-area-picker';
const LIBRARY_ROWS = '[data-testid=library] tbody tr';
const SEARCH = { selector: 'form.filters input[type=search]', words: 'tribunal' };
const THEME = { selector: 'form.filters select', value: 'timeliness_and_process' };
const LIVE = 'main[data-live=true]'; // the root layout marks <main> once the page is hydrated
const EXPLORER = '[data-testid=explorer]';
const EXPLORER_CHART = `${EXPLORER} [data-testid=trend-chart] svg.trend-plot`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5); // medians of 5; fewer only to try the script

const LABELS = {
	firstTile: 'first tile visible',
	firstTileDom: '  … in the DOM (info)',
	firstFigure: 'first figure visible (tile value)',
	firstFigureDom: '  … in the DOM (info)',
	fcp: 'first contentful paint (info)',
	firstChart: 'first chart visible (info)',
	compareFirstResult: 'compare panel: in view → first result',
	compareFromStart: '  … from the engine’s start (info)',
	compareDuckdbReady: '  … DuckDB ready, from its start (info)',
	areaSwitch: 'area switch to Leeds (DOM)',
	areaSwitchPainted: '  … to the next frame (info)',
	search: `search “${SEARCH.words}” (DOM)`,
	searchPainted: '  … to the next frame (info)',
	theme: 'theme: timeliness (DOM)',
	themePainted: '  … to the next frame (info)',
	bytesBeforeFirstTile: 'bytes before first tile',
	bytesBeforeFirstFigure: 'bytes before first figure',
	bytesAtCompareResult: 'bytes by the first compare result'
} as const;
type Metric = keyof typeof LABELS;
type Budgets = Partial<Record<Metric, number>>;
type Entry = { name: string; bytes: number };
type Run = Partial<Record<Metric, number | null>> & {
	// Requests completed before the first tile-value had its number (overview and indicator page).
	beforeFirstTile?: Entry[];
	rows?: { all: number; search: number; theme: number };
	pageErrors?: string[];
	error?: string;
};

// What the injected scripts leave on window.
type Marks = { tile?: number; chart?: number };
type Timing = { dom: number; painted: number } | null;
type BenchWindow = { __bench: Marks; __timer: Promise<Timing> };

const KB300 = 300 * 1024;
const Mb = (1024 * 1024) / 8; // a megabit per second, in bytes per second
const VPN = { offline: false, latency: 40, downloadThroughput: 10 * Mb, uploadThroughput: 5 * Mb };
type Throttle = { network: typeof VPN; cpuRate: number };
type Profile = { name: string; readyTimeout: number; throttle?: Throttle };
/** The later of a figure being in the DOM and the first contentful paint: when it can be seen. */
const visible = (dom: number | null, fcp: number | null) =>
	dom === null || fcp === null ? null : Math.max(dom, fcp);
const LOCAL: Profile = { name: 'local (no throttling)', readyTimeout: 30_000 };
const ON_VPN: Profile = {
	name: 'council laptop on VPN (10 Mbps down, 5 Mbps up, 40 ms, CPU ×4)',
	// 7.7 MB of gzipped wasm at 10 Mbps is ~6 s before DuckDB can even compile it.
	readyTimeout: 120_000,
	throttle: { network: VPN, cpuRate: 4 }
};

/** One table of the report: a page, a profile, what is measured in each cold load of it. */
type Suite = {
	title: string;
	page: string;
	profile: Profile;
	rows: Metric[];
	budgets: Budgets;
	info?: Budgets; // targets printed for information, not counted as failures
	tile?: string; // the figure whose first appearance is stamped
	before?: { metric: Metric; label: string }; // which requests to list under the table
	measure: (page: Page, session: Session) => Promise<Run>;
};
type Session = { profile: Profile; bytesSoFar: () => Promise<number> };

/** Injected before any page script: stamps (ms since navigation start) when the first tile and chart exist. */
function observeFirstRender({ tile, chart }: { tile: string; chart: string }) {
	const marks: Marks = ((window as unknown as BenchWindow).__bench = {});
	const observer = new MutationObserver(() => {
		if (marks.tile === undefined && document.querySelector(tile)?.textContent?.trim())
			marks.tile = performance.now();
		if (marks.chart === undefined && document.querySelector(chart)) marks.chart = performance.now();
		if (marks.tile !== undefined && marks.chart !== undefined) observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** What an in-page timer starts on, and what it waits for. */
type TimerSpec = {
	// The first of these events (with this key, for keyboard events) starts the clock.
	trigger: { events: string[]; key?: string };
	// Stops when this element's text (or this selector's count) has changed from its value when
	// armed, and the heading, if given, names the new choice.
	until: { text?: string; count?: string; heading?: { selector: string; includes: string } };
};

/**
 * Arms an in-page timer, read back as window.__timer. Timing in the page leaves out Playwright's
 * round trips. (Helpers are object methods: tsx wraps named inner functions in a __name helper
 * that does not exist in the page.)
 */
function armTimer({ trigger, until }: TimerSpec) {
	const the = {
		read() {
			return until.count !== undefined
				? document.querySelectorAll(until.count).length
				: document.querySelector(until.text!)?.textContent;
		},
		named() {
			return (
				!until.heading ||
				(document.querySelector(until.heading.selector)?.textContent ?? '').includes(
					until.heading.includes
				)
			);
		},
		startAt: undefined as number | undefined,
		start(event: Event) {
			if (trigger.key && (event as KeyboardEvent).key !== trigger.key) return;
			the.startAt ??= performance.now();
		}
	};
	const before = the.read();
	for (const type of trigger.events) addEventListener(type, the.start, { capture: true });
	(window as unknown as BenchWindow).__timer = new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			const now = the.read();
			const startAt = the.startAt;
			if (startAt === undefined || now == null || now === '' || now === before || !the.named())
				return;
			observer.disconnect();
			for (const type of trigger.events) removeEventListener(type, the.start, { capture: true });
			const dom = performance.now() - startAt;
			// rAF runs just before the frame is drawn; a task queued from it runs after.
			requestAnimationFrame(() =>
				setTimeout(() => resolve({ dom, painted: performance.now() - startAt }))
			);
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		setTimeout(() => resolve(null), 30_000);
	});
}

/** Arms the timer, does the user's action, and waits for the page's answer (null after 30 s). */
async function timeInPage(page: Page, spec: TimerSpec, act: () => Promise<unknown>) {
	await page.evaluate(armTimer, spec);
	await act();
	return page.evaluate(() => (window as unknown as BenchWindow).__timer);
}

/** Waits for a moment the page's main thread is free, as a user reading it would. */
const idle = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));

/** Waits until the page is hydrated (so its controls respond), as the browser tests do. */
const pageLive = (page: Page, profile: Profile) =>
	page.waitForSelector(LIVE, { state: 'attached', timeout: profile.readyTimeout });

/** The first contentful paint may be recorded a little after the figure is in the DOM: wait for it. */
const paintRecorded = (page: Page) =>
	page
		.waitForFunction(
			() => performance.getEntriesByName('first-contentful-paint').length > 0,
			undefined,
			{ timeout: 10_000 }
		)
		.catch(() => undefined);

/** The first-render stamps and paint, and what was downloaded before the first tile. */
function readFirstRender(page: Page) {
	return page.evaluate(() => {
		const marks = (window as unknown as BenchWindow).__bench ?? {};
		const tileAt = marks.tile ?? Infinity;
		// Everything completed before the tile existed, plus the document that carries it.
		const nav = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
			(e) => e.responseEnd <= tileAt
		);
		return {
			tile: marks.tile ?? null,
			chart: marks.chart ?? null,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			before: [...nav, ...res].map((e) => ({ name: e.name, bytes: e.transferSize }))
		};
	});
}

type CompareTiming = {
	use: number;
	start: number | null;
	ready: number | null;
	result: number;
	painted: number;
} | null;

/**
 * In the page: resolves once the compare panel's first chart is drawn and painted, with the
 * app's own marks (the panel's first use starts the engine; see src/lib/state/explorer.svelte.ts).
 */
function awaitFirstCompare({ chart, timeout }: { chart: string; timeout: number }) {
	return new Promise<CompareTiming>((resolve) => {
		const the = {
			at(name: string) {
				return performance.getEntriesByName(name)[0]?.startTime;
			},
			done() {
				requestAnimationFrame(() =>
					setTimeout(() => {
						const use = the.at('explorer-first-use');
						const result = the.at('explorer-first-result');
						if (use === undefined || result === undefined) return resolve(null);
						const start = the.at('duckdb-start') ?? null;
						const ready = the.at('duckdb-ready') ?? null;
						resolve({ use, start, ready, result, painted: performance.now() });
					})
				);
			}
		};
		if (document.querySelector(chart)) return the.done();
		const observer = new MutationObserver(() => {
			if (!document.querySelector(chart)) return;
			observer.disconnect();
			the.done();
		});
		observer.observe(document.body, { childList: true, subtree: true });
		setTimeout(() => resolve(null), timeout);
	});
}

const total = (entries: Entry[]) => entries.reduce((a, e) => a + e.bytes, 0);

/** Bytes on the wire for a response. Chromium reports a body size of 0 for the worker's own
 * script, so fall back on Content-Length (the gzipped size from our server). */
async function transferred(request: Request): Promise<number> {
	const sizes = await request.sizes();
	const length = Number((await request.response())?.headers()['content-length'] ?? 0);
	return Math.max(sizes.responseBodySize, length) + sizes.responseHeadersSize;
}

/** Opens the suite's page in a fresh browser context and runs its measurements. */
async function coldLoad(browser: Browser, origin: string, suite: Suite): Promise<Run> {
	// A fresh context has an empty HTTP cache (and no wasm code cache): every load is cold.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		if (suite.tile)
			await page.addInitScript(observeFirstRender, { tile: suite.tile, chart: CHART });
		const { throttle } = suite.profile;
		if (throttle) {
			// Chromium applies the page's network conditions to its dedicated worker too (the wasm
			// download is throttled); the CPU rate only slows the page's main thread.
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', throttle.network);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuRate });
		}
		// Total bytes come from Playwright, which also sees the DuckDB worker's requests (the wasm);
		// the page's own Resource Timing and CDP session do not.
		const sizes: Promise<number>[] = [];
		const pageErrors: string[] = [];
		page.on('pageerror', (e) => pageErrors.push(e.message));
		// blob: URLs are the engine's wasm handed to its worker from memory, not a download.
		page.on('requestfinished', (r) => {
			if (!r.url().startsWith('blob:')) sizes.push(transferred(r).catch(() => 0));
		});
		const bytesSoFar = async () => (await Promise.all(sizes.slice())).reduce((a, b) => a + b, 0);

		await page.goto(origin + suite.page, { waitUntil: 'commit' });
		return { ...(await suite.measure(page, { profile: suite.profile, bytesSoFar })), pageErrors };
	} catch (error) {
		return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
	} finally {
		await context.close();
	}
}

/** Area overview: first tile, the compare panel's first use, and the switch to a neighbour. */
async function measureOverview(page: Page, { profile, bytesSoFar }: Session): Promise<Run> {
	await pageLive(page, profile);
	await paintRecorded(page);
	const first = await readFirstRender(page);

	// First use of the compare panel, by a reader scrolling down to it a little at a time: the
	// engine starts as the panel comes near, and the panel is used once it is on screen.
	await idle(page);
	const compare = page.evaluate(awaitFirstCompare, {
		chart: EXPLORER_CHART,
		timeout: profile.readyTimeout
	});
	const onScreen = () =>
		page.$eval(EXPLORER, (el) => el.getBoundingClientRect().top < innerHeight - 100);
	while (!(await onScreen())) {
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(200);
	}
	const c = await compare;
	const bytesAtCompareResult = await bytesSoFar();

	// Switch once the page is idle, as a user reading the overview would. (Playwright hovers
	// just before clicking, so SvelteKit's hover preload of the page data starts a moment early.)
	await idle(page);
	const sw = await timeInPage(
		page,
		{
			trigger: { events: ['click'] },
			until: { text: TILE, heading: { selector: 'h1', includes: NEIGHBOUR.name } }
		},
		() => page.click(NEIGHBOUR.selector)
	);
	return {
		firstTile: visible(first.tile, first.fcp),
		firstTileDom: first.tile,
		fcp: first.fcp,
		firstChart: visible(first.chart, first.fcp),
		compareFirstResult: c && c.painted - c.use,
		compareFromStart: c?.start == null ? null : c.painted - c.start,
		compareDuckdbReady: c?.ready == null || c.start == null ? null : c.ready - c.start,
		beforeFirstTile: first.before,
		areaSwitch: sw?.dom ?? null,
		areaSwitchPainted: sw?.painted ?? null,
		bytesBeforeFirstTile: total(first.before),
		bytesAtCompareResult
	};
}

/** Indicator page, cold: until its figure and trend chart are drawn. */
async function measureIndicatorLoad(page: Page, { profile }: Session): Promise<Run> {
	await page.waitForFunction(
		() => {
			const marks = (window as unknown as BenchWindow).__bench;
			return marks?.tile !== undefined && marks.chart !== undefined;
		},
		undefined,
		{ timeout: profile.readyTimeout }
	);
	// The page is drawn by script, so its first contentful paint may come after the figure is in
	// the DOM: wait for it rather than read it before it is recorded.
	await paintRecorded(page);
	const first = await readFirstRender(page);
	return {
		firstFigure: visible(first.tile, first.fcp),
		firstFigureDom: first.tile,
		fcp: first.fcp,
		firstChart: visible(first.chart, first.fcp),
		beforeFirstTile: first.before,
		bytesBeforeFirstFigure: total(first.before)
	};
}

/** Indicator page, cold, then the switch to Leeds with its area picker (keyboard only). */
async function measureIndicatorPage(page: Page, session: Session): Promise<Run> {
	const load = await measureIndicatorLoad(page, session);
	await pageLive(page, session.profile);
	await idle(page);
	await page.focus(INDICATOR_PICKER);
	await page.keyboard.type(NEIGHBOUR.name);
	const sw = await timeInPage(
		page,
		{
			trigger: { events: ['keydown'], key: 'Enter' },
			until: { text: FIGURE, heading: { selector: INDICATOR_TITLE, includes: NEIGHBOUR.name } }
		},
		() => page.keyboard.press('Enter')
	);
	return { ...load, areaSwitch: sw?.dom ?? null, areaSwitchPainted: sw?.painted ?? null };
}

/** Measures library: the search box, then (with the search cleared) the theme filter. */
async function measureLibrary(page: Page, { profile }: Session): Promise<Run> {
	const count = () => page.locator(LIBRARY_ROWS).count();
	await pageLive(page, profile); // hydrated, so the filters respond
	await idle(page);
	const all = await count();
	// Playwright's fill and selectOption both dispatch `input` (then `change` for the select).
	const untilRowsChange = {
		trigger: { events: ['input', 'change'] },
		until: { count: LIBRARY_ROWS }
	};
	const search = await timeInPage(page, untilRowsChange, () =>
		page.fill(SEARCH.selector, SEARCH.words)
	);
	const matching = await count();

	// Back to every row, so that the theme alone changes the count.
	await page.fill(SEARCH.selector, '');
	await page.waitForFunction(({ rows, n }) => document.querySelectorAll(rows).length === n, {
		rows: LIBRARY_ROWS,
		n: all
	});
	await idle(page);
	const theme = await timeInPage(page, untilRowsChange, () =>
		page.selectOption(THEME.selector, THEME.value)
	);
	return {
		search: search?.dom ?? null,
		searchPainted: search?.painted ?? null,
		theme: theme?.dom ?? null,
		themePainted: theme?.painted ?? null,
		rows: { all, search: matching, theme: await count() }
	};
}

const OVERVIEW_ROWS: Metric[] = [
	'firstTile',
	'firstTileDom',
	'fcp',
	'firstChart',
	'compareFirstResult',
	'compareFromStart',
	'compareDuckdbReady',
	'areaSwitch',
	'areaSwitchPainted',
	'bytesBeforeFirstTile',
	'bytesAtCompareResult'
];
// In report order. The indicator page on VPN is timed to its figure only.
const SUITES: Suite[] = [
	{
		title: `Cold loads of ${AREA}`,
		page: AREA,
		profile: LOCAL,
		rows: OVERVIEW_ROWS,
		budgets: {
			firstTile: 200,
			compareFirstResult: 1500,
			areaSwitch: 150,
			bytesBeforeFirstTile: KB300
		},
		tile: TILE,
		before: { metric: 'bytesBeforeFirstTile', label: 'Before the first tile' },
		measure: measureOverview
	},
	{
		title: `Cold loads of ${AREA}`,
		page: AREA,
		profile: ON_VPN,
		rows: OVERVIEW_ROWS,
		budgets: { firstTile: 600 },
		tile: TILE,
		before: { metric: 'bytesBeforeFirstTile', label: 'Before the first tile' },
		measure: measureOverview
	},
	{
		title: `Cold loads of ${INDICATOR}`,
		page: INDICATOR,
		profile: LOCAL,
		rows: [
			'firstFigure',
			'firstFigureDom',
			'fcp',
			'firstChart',
			'areaSwitch',
			'areaSwitchPainted',
			'bytesBeforeFirstFigure'
		],
		budgets: { firstFigure: 350, areaSwitch: 200 },
		tile: FIGURE,
		before: { metric: 'bytesBeforeFirstFigure', label: 'Before the first figure' },
		measure: measureIndicatorPage
	},
	{
		title: `Cold loads of ${INDICATOR}`,
		page: INDICATOR,
		profile: ON_VPN,
		rows: ['firstFigure', 'firstFigureDom', 'fcp', 'firstChart', 'bytesBeforeFirstFigure'],
		budgets: { firstFigure: 1000 },
		tile: FIGURE,
		before: { metric: 'bytesBeforeFirstFigure', label: 'Before the first figure' },
		measure: measureIndicatorLoad
	},
	{
		title: `Filtering the measures at ${LIBRARY}`,
		page: LIBRARY,
		profile: LOCAL,
		rows: ['search', 'searchPainted', 'theme', 'themePainted'],
		budgets: { search: 200, theme: 200 },
		measure: measureLibrary
	}
];

function median(values: (number | null | undefined)[]): number | null {
	const xs = values
		.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

const kb = (v: number) =>
	`${(v / 1024).toLocaleString('en-GB', { maximumFractionDigits: v < 10240 ? 1 : 0 })} KB`;
const format = (metric: Metric, v: number | null | undefined) =>
	v == null ? '—' : metric.startsWith('bytes') ? kb(v) : `${Math.round(v)} ms`;

function report(suite: Suite, runs: Run[]) {
	const medians = Object.fromEntries(
		suite.rows.map((m) => [m, median(runs.map((r) => r[m]))])
	) as Partial<Record<Metric, number | null>>;
	const verdict = (m: Metric, budget: number) =>
		(medians[m] ?? Infinity) < budget ? 'PASS' : 'FAIL';
	const verdicts: Partial<Record<Metric, string>> = {};
	for (const [m, budget] of Object.entries(suite.budgets))
		verdicts[m as Metric] = verdict(m as Metric, budget);
	const info: Partial<Record<Metric, string>> = {};
	for (const [m, target] of Object.entries(suite.info ?? {}))
		info[m as Metric] = verdict(m as Metric, target);

	console.log(`\n${suite.title}: ${suite.profile.name}, median of ${runs.length}`);
	console.log(`${'metric'.padEnd(32)}${'median'.padStart(10)}   ${'budget'.padEnd(11)}result`);
	for (const m of suite.rows) {
		const budget = suite.budgets[m] ?? suite.info?.[m];
		const result = verdicts[m] ?? (info[m] ? `${info[m]} (info)` : '');
		console.log(
			`${LABELS[m].padEnd(32)}${format(m, medians[m]).padStart(10)}   ${(budget ? `< ${format(m, budget)}` : '').padEnd(11)}${result}`
		);
	}
	const errors = runs.flatMap((r) => r.error ?? []);
	if (errors.length)
		console.log(`!! ${errors.length} of ${runs.length} failed: ${errors.join('; ')}`);
	const pageErrors = [...new Set(runs.flatMap((r) => r.pageErrors ?? []))];
	if (pageErrors.length) console.log(`!! Errors in the page: ${pageErrors.join('; ')}`);
	if (suite.before) printBefore(suite.before, runs);
	const rows = runs.find((r) => r.rows)?.rows;
	if (rows)
		console.log(
			`Rows: ${rows.all} → ${rows.search} matching “${SEARCH.words}”; ${rows.all} → ${rows.theme} in ${THEME.value}`
		);
	return {
		page: suite.page,
		profile: suite.profile.name,
		budgets: suite.budgets,
		...(suite.info && { info: suite.info, infoVerdicts: info }),
		medians,
		verdicts,
		runs
	};
}

/** What was downloaded before the first tile, in the run with the median byte count. */
function printBefore({ metric, label }: { metric: Metric; label: string }, runs: Run[]) {
	const ok = runs.filter((r) => r.beforeFirstTile).sort((a, b) => a[metric]! - b[metric]!);
	const before = ok[Math.floor((ok.length - 1) / 2)]?.beforeFirstTile ?? [];
	console.log(
		`${label} (median run): ${before.map((e) => `${new URL(e.name).pathname} ${kb(e.bytes)}`).join(', ')}`
	);
}

/** The data files the site ships, on disk in the build, raw and gzipped one by one as the server sends them. */
function dataBytes(root: string) {
	const list = (dir: string, ext: string) =>
		readdirSync(join(root, dir))
			.filter((f) => f.endsWith(ext))
			.sort()
			.map((f) => join(root, dir, f));
	const groups = [
		{
			name: 'data/*.arrow + manifest.json',
			files: [...list('data', '.arrow'), join(root, 'data/manifest.json')]
		},
		{ name: 'indicator-data/*.json', files: list('indicator-data', '.json') },
		{ name: 'geography.json', files: [join(root, 'geography.json')] },
		{ name: 'areas.json', files: [join(root, 'areas.json')] }
	].map(({ name, files }) => {
		const bodies = files.map((f) => readFileSync(f));
		return {
			name,
			files: files.length,
			raw: bodies.reduce((a, b) => a + b.byteLength, 0),
			gzip: bodies.reduce((a, b) => a + gzipSync(b, { level: 6 }).byteLength, 0)
		};
	});
	const sum = (key: 'files' | 'raw' | 'gzip') => groups.reduce((a, g) => a + g[key], 0);
	const totals = { name: 'total', files: sum('files'), raw: sum('raw'), gzip: sum('gzip') };
	const indicatorFiles = groups[1].files;

	console.log('\nData shipped: on disk in build/, gzip level 6 file by file (as served)');
	console.log(
		`${'files'.padEnd(32)}${'count'.padStart(6)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`
	);
	for (const g of [...groups, totals])
		console.log(
			`${g.name.padEnd(32)}${String(g.files).padStart(6)}${kb(g.raw).padStart(12)}${kb(g.gzip).padStart(12)}`
		);
	console.log(`${indicatorFiles} indicator files`);
	return { groups, total: totals, indicatorFiles };
}

/** SvelteKit's build version, or null while build/ is being rewritten. */
function buildVersion(root: string): string | null {
	try {
		return JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8')).version;
	} catch {
		return null;
	}
}

/**
 * A private copy of build/ to serve and measure. Others rebuild build/ while the benchmark runs
 * (vite empties it first), which would mix two builds or take files away mid-load.
 */
async function snapshotBuild(): Promise<{ root: string; version: string }> {
	if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first');
	for (let attempt = 0; attempt < 10; attempt++) {
		const version = buildVersion('build');
		const root = mkdtempSync(join(tmpdir(), 'send-bench-build-'));
		if (version) cpSync('build', root, { recursive: true });
		const whole = existsSync(join(root, 'index.html')) && existsSync(join(root, '404.html'));
		if (version && whole && buildVersion(root) === version && buildVersion('build') === version)
			return { root, version };
		rmSync(root, { recursive: true, force: true });
		await new Promise((r) => setTimeout(r, 3000)); // a build is being written: try again
	}
	throw new Error('build/ kept changing: could not copy a whole build');
}

async function main() {
	const { root, version } = await snapshotBuild();
	const { url, server } = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
	const browser = await launchBrowser();
	const results = [];
	let data;
	try {
		// Warm-up of each page, not counted: the server gzips (and caches) each file on first
		// request, which for the 34 MB wasm takes about a second that a real server would not spend.
		// BENCH_ONLY=words runs only the suites whose title and profile hold those words.
		const only = process.env.BENCH_ONLY;
		const chosen = SUITES.filter((s) => !only || `${s.title} ${s.profile.name}`.includes(only));
		for (const suite of chosen.filter((s) => s.profile === LOCAL))
			await coldLoad(browser, url, suite);
		for (const suite of chosen) {
			const runs: Run[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(browser, url, suite));
			results.push(report(suite, runs));
		}
		data = dataBytes(root);
	} finally {
		await browser.close();
		server.close();
		rmSync(root, { recursive: true, force: true });
	}
	const failed = results.flatMap((r) =>
		Object.keys(r.verdicts).flatMap((m) =>
			r.verdicts[m as Metric] === 'FAIL' ? [`${m} (${r.page}, ${r.profile})`] : []
		)
	);
	console.log(failed.length ? `\nBUDGETS FAILED: ${failed.join(', ')}` : '\nAll budgets met.');
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/latest.json',
		JSON.stringify(
			{ date: new Date().toISOString(), build: version, area: AREA, results, dataBytes: data },
			null,
			'\t'
		) + '\n'
	);
	console.log(`Written bench-results/latest.json (build ${version})`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
