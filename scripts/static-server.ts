import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.csv': 'text/csv; charset=utf-8',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** Routes the browser renders from static data files (see src/routes/area/[code]/indicators/[id]). */
export const CLIENT_RENDERED = [
	/^\/area\/(?<area>E\d{8})\/indicators\/(?<measure>[a-z0-9_]+)$/,
	/^\/area\/(?<area>E\d{8})\/local\/[a-z0-9_]+$/,
	/^\/compare\/(?<measure>[a-z0-9_]+)$/
];

/**
 * Whether an address with no file of its own is a page the app shell draws (200) or not found
 * (404): it must be one of the CLIENT_RENDERED routes, its measure must have a file in
 * indicator-data/, and its area must be a local authority in geography.json. (The area's own
 * measures live in the reader's browser, so a server cannot know them: any id is answered.)
 */
export function isClientRendered(
	path: string,
	has: { measure: (id: string) => boolean; area: (code: string) => boolean }
): boolean {
	return CLIENT_RENDERED.some((route) => {
		const match = route.exec(path);
		if (!match) return false;
		const { area, measure } = match.groups ?? {};
		return (!area || has.area(area)) && (!measure || has.measure(measure));
	});
}

/**
 * Serves the built static site as an ordinary web server would: gzip when the browser
 * accepts it, long caching for hashed assets, `/area/X` → `area/X.html`, and the SPA
 * fallback page with status 404 for unknown paths. Used by `npm run preview`, the browser
 * tests and the benchmark.
 */
export function startStaticServer(options: {
	root: string;
	port?: number;
	host?: string;
}): Promise<{ url: string; server: Server }> {
	const root = normalize(options.root);
	const gzipCache = new Map<string, { mtime: number; body: Uint8Array }>();
	const has = {
		measure: (id: string) => existsSync(join(root, 'indicator-data', `${id}.json`)),
		area: (code: string) => localAuthorities(root).has(code)
	};

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		let file = resolveFile(root, path);
		let status = 200;
		if (!file) {
			// Pages drawn in the browser (one per area × measure, comparisons) have no file of
			// their own: the app shell renders them, so they are answered with 200 when their
			// measure and area exist, and anything else with 404 (the shell then says what is missing).
			file = join(root, '404.html');
			status = isClientRendered(path, has) ? 200 : 404;
		}
		const body = readFileSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding'
		};
		const gzip =
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
			!type.startsWith('image/png');
		let payload: Uint8Array = body;
		// A HEAD request needs no body, so nothing is compressed for it.
		if (gzip && req.method !== 'HEAD') {
			// Keyed by modification time, so a rebuild is served at once.
			const mtime = statSync(file).mtimeMs;
			const cached = gzipCache.get(file);
			payload = cached?.mtime === mtime ? cached.body : gzipSync(body, { level: 6 });
			gzipCache.set(file, { mtime, body: payload });
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(payload.byteLength);
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : payload);
	});

	return new Promise((resolve) => {
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : options.port;
			resolve({ url: `http://${options.host ?? '127.0.0.1'}:${port}`, server });
		});
	});
}

/** The local authorities' codes in the build's geography.json (read again when it changes). */
let geography: { file: string; mtime: number; codes: Set<string> } | null = null;
function localAuthorities(root: string): Set<string> {
	const file = join(root, 'geography.json');
	if (!existsSync(file)) return new Set();
	const mtime = statSync(file).mtimeMs;
	if (geography?.file !== file || geography.mtime !== mtime) {
		const { areas } = JSON.parse(readFileSync(file, 'utf8')) as {
			areas: { code: string; level: string }[];
		};
		geography = {
			file,
			mtime,
			codes: new Set(areas.filter((a) => a.level === 'la').map((a) => a.code))
		};
	}
	return geography.codes;
}

function resolveFile(root: string, path: string): string | null {
	const candidate = normalize(join(root, path));
	if (candidate !== root && !candidate.startsWith(root + sep)) return null;
	for (const file of [candidate, `${candidate}.html`, join(candidate, 'index.html')]) {
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}
