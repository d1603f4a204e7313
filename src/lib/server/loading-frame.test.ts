import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadingFrameHtml } from './loading-frame';

const frame = (base = '') =>
	loadingFrameHtml({
		base,
		siteName: 'SEND Oversight',
		tagline: 'Figures for boards',
		measures: [{ id: 'ehc_plans', title: 'EHC plans in force', short_title: 'Plans <b>' }],
		areas: [{ code: 'E08000034', name: 'Kirklees' }]
	});

/** The frame as a browser would show it at an address, once its script has run. */
function frameAt(pathname: string, base = '') {
	const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
	const html = frame(base);
	document.body.innerHTML = html.replace(/<script>[\s\S]*<\/script>$/, '');
	const code = html.match(/<script>([\s\S]*)<\/script>$/)![1];
	new Function('location', 'document', code)({ pathname }, document);
	const main = document.querySelector('main')!;
	return {
		title: document.title,
		h1: main.querySelector('h1')?.textContent ?? null,
		tabs: [...main.querySelectorAll('nav a')].map((a) => a.getAttribute('href')),
		status: main.querySelector('[role=status]')?.textContent ?? null,
		header: document.querySelector('header')?.textContent
	};
}

describe('the app shell’s loading frame', () => {
	it('shows a measure page’s tabs, title and "Loading figures…" from the address', () => {
		const f = frameAt('/area/E08000034/indicators/ehc_plans');
		expect(f.header).toContain('SEND Oversight');
		expect(f.h1).toBe('EHC plans in force: Kirklees');
		expect(f.title).toBe('Plans <b>: Kirklees · SEND Oversight');
		expect(f.tabs).toEqual([
			'/area/E08000034',
			'/area/E08000034/profile',
			'/area/E08000034/indicators',
			'/area/E08000034/data'
		]);
		expect(f.status).toBe('Loading figures…');
	});

	it('shows a comparison’s title, under the deployment’s base path', () => {
		const f = frameAt('/send/compare/ehc_plans', '/send');
		expect(f.h1).toBe('Compare areas: EHC plans in force');
		expect(f.status).toBe('Loading figures…');
	});

	it('guesses no title it cannot know, and shows only the header elsewhere', () => {
		expect(frameAt('/area/E08000034/indicators/nope').h1).toBeNull();
		expect(frameAt('/area/E08000034/local/own').tabs).toContain('/area/E08000034/data');
		expect(frameAt('/area/E08000034/local/own').h1).toBeNull();
		expect(frameAt('/compare/nope').h1).toBeNull();
		const elsewhere = frameAt('/no/such/page');
		expect(elsewhere.status).toBeNull();
		expect(elsewhere.header).toContain('SEND Oversight');
	});

	it('keeps names out of the HTML’s markup', () => {
		expect(frame()).not.toContain('<b>');
	});
});
