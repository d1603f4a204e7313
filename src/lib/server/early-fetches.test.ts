import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { earlyFetchesScript } from './early-fetches';

/** Runs the script as the shell would at an address, and returns what it asked to preload. */
function preloadsAt(pathname: string, base = '') {
	const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
	const code = earlyFetchesScript(base).replace(/^<script>|<\/script>$/g, '');
	new Function('location', 'document', code)({ pathname }, document);
	return [...document.head.querySelectorAll('link')].map((l) => ({
		href: l.getAttribute('href'),
		rel: l.getAttribute('rel'),
		as: l.getAttribute('as'),
		crossorigin: l.getAttribute('crossorigin')
	}));
}

describe('the shell’s early fetches', () => {
	it('asks for a measure page’s two files at once, as the page will fetch them', () => {
		expect(preloadsAt('/area/E06000033/indicators/ehc_plans_in_force')).toEqual([
			{ href: '/areas.json', rel: 'preload', as: 'fetch', crossorigin: 'anonymous' },
			{
				href: '/indicator-data/ehc_plans_in_force.json',
				rel: 'preload',
				as: 'fetch',
				crossorigin: 'anonymous'
			},
			{ href: '/geography.json', rel: 'preload', as: 'fetch', crossorigin: 'anonymous' }
		]);
		expect(preloadsAt('/compare/tribunal_appeal_rate').map((l) => l.href)).toEqual([
			'/areas.json',
			'/indicator-data/tribunal_appeal_rate.json',
			'/geography.json'
		]);
	});

	it('keeps the deployment’s base path', () => {
		expect(preloadsAt('/send/area/E06000033/indicators/x_1', '/send').map((l) => l.href)).toEqual([
			'/send/areas.json',
			'/send/indicator-data/x_1.json',
			'/send/geography.json'
		]);
	});

	it('asks only for the list of areas anywhere else', () => {
		for (const path of [
			'/',
			'/area/E06000033',
			'/area/E06000033/local/own',
			'/nope',
			'/area/x/indicators/../../etc'
		])
			expect(
				preloadsAt(path).map((l) => l.href),
				path
			).toEqual(['/areas.json']);
	});
});
