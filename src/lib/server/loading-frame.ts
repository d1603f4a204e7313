/**
 * The frame the app shell (404.html) shows at once, before any of the app's code has run: the
 * site's header and, on a measure page or a comparison, the area's tabs, the page's title and
 * "Loading figures…". Those pages are drawn in the browser once their figures have arrived
 * (about 1.5 s, several seconds on a slow line); without this the reader saw an empty grey page.
 *
 * It is static HTML and a small inline script that fills in what the address says (the area's
 * tabs, the measure's and area's names, from two small lists written in at build time). The root
 * layout removes it as soon as the app has drawn the page, which then takes its place.
 */

export const LOADING_FRAME_ID = 'loading-frame';

type Frame = {
	base: string;
	/** The site's name, as the header shows it. */
	siteName: string;
	tagline: string;
	/** Every published measure: id → [title, short title]. */
	measures: { id: string; title: string; short_title: string }[];
	/** Every current local authority: code → name. */
	areas: { code: string; name: string }[];
};

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// Mirrors the root layout's header and AreaNav's tabs closely enough that nothing jumps when the
// page replaces the frame; its own class names, as the app's are scoped to their components.
const STYLE = `
.lf-header{background:var(--brand);color:#fff;padding:.75rem 0}
.lf-bar{display:grid;grid-template-columns:1fr auto;align-items:end;gap:.25rem 2rem}
.lf-brand{color:#fff;font-weight:800;font-size:1.35rem;text-decoration:none}
.lf-tagline{grid-column:1;margin:0;font-size:.9rem}
.lf-picker{grid-column:2;grid-row:1/span 2;width:28rem;max-width:100%;height:6.9rem}
.lf-main{padding-top:1.25rem;padding-bottom:2rem;min-height:60vh}
.lf-nav ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:0 0 1rem;border-bottom:2px solid var(--line)}
.lf-nav a{display:block;padding:.45rem .9rem;text-decoration:none;font-weight:600;border:2px solid transparent;border-bottom:none;border-radius:4px 4px 0 0;margin-bottom:-2px}
.lf-nav a.lf-on{background:#fff;border-color:var(--line);border-bottom:2px solid #fff;color:var(--ink)}
.lf-crumbs{margin:0;font-size:.9rem;color:var(--muted)}
.lf-title{margin:.3rem 0 .5rem;font-size:1.7rem}
.lf-status{font-size:1.1rem;padding:1rem;background:#fff;border:1px solid var(--line);border-radius:4px;max-width:40rem}
@media (max-width:50rem){.lf-bar{grid-template-columns:1fr}.lf-picker{grid-column:1;grid-row:auto;width:auto}}
`.replace(/\n/g, '');

/**
 * Fills in the frame for this address; runs once, straight after the frame's HTML. Plain old
 * JavaScript in a string (like early-fetches.ts), as it runs before any of the app's code.
 * Arguments: base, measures (id → [title, short title]), areas (code → name), site name, frame id.
 */
const FILL = `function (base, measures, areas, siteName, frameId) {
	var frame = document.getElementById(frameId);
	if (!frame) return;
	var path = location.pathname.slice(base.length).replace(/\\/$/, '');
	var onArea = path.match(/^\\/area\\/(E\\d{8})\\/(indicators|local)\\/([a-z0-9_]+)$/);
	var onCompare = path.match(/^\\/compare\\/([a-z0-9_]+)$/);
	if (!onArea && !onCompare) return;
	var main = frame.querySelector('main');
	function add(parent, tag, attributes, text) {
		var element = document.createElement(tag);
		for (var key in attributes) element.setAttribute(key, attributes[key]);
		if (text) element.textContent = text;
		parent.appendChild(element);
		return element;
	}
	var title = '', pageTitle = '', has = Object.prototype.hasOwnProperty;
	if (onArea) {
		var code = onArea[1], kind = onArea[2], id = onArea[3];
		var area = has.call(areas, code) ? areas[code] : null;
		var tabs = add(add(main, 'nav', { 'class': 'lf-nav', 'aria-label': 'Views of this area' }), 'ul');
		[['', 'At a glance'], ['/profile', 'SEND profile'], ['/indicators', 'All measures'], ['/data', 'Your data']]
			.forEach(function (view) {
				var on = view[0] === (kind === 'local' ? '/data' : '/indicators');
				add(add(tabs, 'li'), 'a', on ? { href: base + '/area/' + code + view[0], 'class': 'lf-on' }
					: { href: base + '/area/' + code + view[0] }, view[1]);
			});
		var crumbs = add(main, 'p', { 'class': 'lf-crumbs' });
		if (kind === 'local') add(crumbs, 'a', { href: base + '/area/' + code + '/data' }, 'Your data');
		else add(crumbs, 'a', { href: base + '/area/' + code + '/indicators' }, 'All measures');
		var measure = kind === 'indicators' && has.call(measures, id) ? measures[id] : null;
		if (measure && area) {
			title = measure[0] + ': ' + area;
			pageTitle = measure[1] + ': ' + area;
		}
	} else if (has.call(measures, onCompare[1])) {
		title = 'Compare areas: ' + measures[onCompare[1]][0];
		pageTitle = 'Compare: ' + measures[onCompare[1]][1];
	}
	// Only a title the page will have: a guess would be read, then replaced.
	if (title) add(main, 'h1', { 'class': 'lf-title' }, title);
	if (pageTitle) document.title = pageTitle + ' · ' + siteName;
	add(main, 'p', { 'class': 'lf-status', role: 'status' }, 'Loading figures…');
}`;

/** The frame's HTML, with its style and script, for the start of the shell's <body>. */
export function loadingFrameHtml({ base, siteName, tagline, measures, areas }: Frame): string {
	const measureMap = Object.fromEntries(measures.map((m) => [m.id, [m.title, m.short_title]]));
	const areaMap = Object.fromEntries(areas.map((a) => [a.code, a.name]));
	const call = `(${FILL})(${[base, measureMap, areaMap, siteName, LOADING_FRAME_ID].map(scriptJson).join(',')});`;
	return (
		`<div id="${LOADING_FRAME_ID}"><style>${STYLE}</style>` +
		`<header class="lf-header"><div class="container lf-bar">` +
		`<a class="lf-brand" href="${escapeHtml(base)}/">${escapeHtml(siteName)}</a>` +
		`<p class="lf-tagline">${escapeHtml(tagline)}</p>` +
		// The room the area picker will take, so that the page does not jump when it arrives.
		`<div class="lf-picker"></div></div></header>` +
		`<main class="container lf-main"></main></div>` +
		`<script>${call}</script>`
	);
}
