/**
 * An inline script for the app shell (the page a static server answers for addresses with no file
 * of their own: measure pages and comparisons). Such a page is drawn in the browser from static
 * files, which it would otherwise ask for only once the app's code has loaded and run; this asks
 * for them at once, while the code downloads, so the figure appears sooner. The page's own fetch
 * then finds the response already on its way (same address, same CORS mode):
 * - every page: the list of areas (the root layout's, for the area picker);
 * - a measure page or a comparison: the measure's figures for every area, and the geography.
 */
export function earlyFetchesScript(base: string): string {
	const code = `
var base = ${JSON.stringify(base)};
var files = [base + '/areas.json'];
var m = location.pathname.slice(base.length).match(/^\\/(?:area\\/E\\d{8}\\/indicators|compare)\\/([a-z0-9_]+)\\/?$/);
if (m) files.push(base + '/indicator-data/' + m[1] + '.json', base + '/geography.json');
files.forEach(function (href) {
	var link = document.createElement('link');
	link.setAttribute('rel', 'preload');
	link.setAttribute('as', 'fetch');
	link.setAttribute('crossorigin', 'anonymous');
	link.setAttribute('href', href);
	document.head.appendChild(link);
});`;
	return `<script>(function () {${code.replace(/\n\t*/g, ' ')} })();</script>`;
}
