import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { launchBrowser } from '../../scripts/chromium';

/**
 * Serves the built site (npm run build) on 127.0.0.1 and opens headless Chromium, once per
 * test file. `site.page()` gives a fresh page with console errors collected.
 */
export function useSite() {
	const site = { url: '', browser: undefined as unknown as Browser, errors: [] as string[] };
	let close = () => {};
	beforeAll(async () => {
		if (!existsSync('build/index.html')) throw new Error('Build the site first: npm run build');
		const { url, server } = await startStaticServer({ root: 'build' });
		site.url = url;
		site.browser = await launchBrowser();
		close = () => server.close();
	});
	afterAll(async () => {
		await site.browser?.close();
		close();
	});
	return {
		get url() {
			return site.url;
		},
		browser: () => site.browser,
		async page(): Promise<Page> {
			const page = await site.browser.newPage({
				viewport: { width: 1280, height: 900 },
				acceptDownloads: true
			});
			page.on('pageerror', (e) => site.errors.push(e.message));
			return page;
		},
		errors: site.errors
	};
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical WCAG 2.2 AA violations on the page, as readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, {
			runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
		});
		return result.violations.map(
			(v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3)
			})
		);
	});
	return violations
		.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v: { id: string; help: string; targets: string[] }) =>
				`${v.id}: ${v.help} (${v.targets.join(', ')})`
		);
}

/** Waits until the page's scripts have taken over (the root layout marks <main> once it is live). */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('main[data-live=true]').waitFor({ state: 'attached' });
}

/** Records every request for the database engine's wasm that the page makes. */
export function watchWasm(page: Page): string[] {
	const requested: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.endsWith('.wasm')) requested.push(r.url());
	});
	return requested;
}

/** How many CSS pixels the page is wider than its window: 0 when it never scrolls sideways. */
export const sidewaysScroll = (page: Page): Promise<number> =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
