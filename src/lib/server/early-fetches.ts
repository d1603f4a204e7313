/**
 * An inline script for the app shell (the page a static server answers for addresses with no file
 * of their own: measure pages and comparisons). Such a page is drawn in the browser from two
 * static files, which it would otherwise ask for only once the app's code has loaded and run;
 * this asks for them at once, while the code downloads, so the figure appears sooner. The page's
 * own fetch then finds the response already on its way (same address, same CORS mode).
 */
export function earlyFetchesScript(base: string): string {
	const paths = JSON.stringify({ base });
	return `<script>(function(o){var m=location.pathname.slice(o.base.length).match(/^\\/(?:area\\/E\\d{8}\\/indicators|compare)\\/([a-z0-9_]+)\\/?$/);if(!m)return;[o.base+'/indicator-data/'+m[1]+'.json',o.base+'/geography.json'].forEach(function(h){var l=document.createElement('link');l.setAttribute('rel','preload');l.setAttribute('as','fetch');l.setAttribute('crossorigin','anonymous');l.setAttribute('href',h);document.head.appendChild(l)})})(${paths})</script>`;
}
