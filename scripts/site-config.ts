import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Plugin } from 'vite';
import { siteConfigProblems, siteConfigSchema, type SiteConfig } from '../src/lib/site-config.js';

export const SITE_CONFIG_FILE = 'site.config.json';
const VIRTUAL = 'virtual:site-config';

/** A site.config.json that cannot be used, with every problem in words. */
export class SiteConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`${SITE_CONFIG_FILE} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
				problems.map((p) => `  - ${p}`).join('\n') +
				`\nSee "Hosting for your own board" in README.md.`
		);
		this.name = 'SiteConfigError';
	}
}

/** The current local authorities' codes, from the built data (null when it is not built yet). */
function currentAreaCodes(root: string): Set<string> | null {
	const file = join(root, 'static', 'data', 'areas.arrow');
	if (!existsSync(file)) return null;
	const table = tableFromIPC(readFileSync(file));
	const codes = new Set<string>();
	for (const row of table) {
		const { code, level, status } = row.toJSON() as Record<string, string>;
		if (level === 'la' && status === 'current') codes.add(code);
	}
	return codes;
}

/**
 * Reads and checks the deployment's settings: the file's JSON, each setting's form (zod), that
 * the logo is a file in static/ and that the default area is one of today's local authorities.
 * No file means the defaults.
 */
export function readSiteConfig(root = process.cwd()): SiteConfig {
	const file = join(root, SITE_CONFIG_FILE);
	let raw: unknown = {};
	if (existsSync(file)) {
		try {
			raw = JSON.parse(readFileSync(file, 'utf8'));
		} catch (e) {
			throw new SiteConfigError([`it is not valid JSON (${(e as Error).message})`]);
		}
	}
	const parsed = siteConfigSchema.safeParse(raw);
	if (!parsed.success) throw new SiteConfigError(siteConfigProblems(parsed.error));
	const config = parsed.data;
	const problems: string[] = [];
	if (config.logo && !existsSync(join(root, 'static', config.logo)))
		problems.push(`logo: there is no file static${config.logo}`);
	const codes = config.defaultArea ? currentAreaCodes(root) : null;
	if (config.defaultArea && codes && !codes.has(config.defaultArea))
		problems.push(
			`defaultArea: "${config.defaultArea}" is not one of England's 153 current local authorities`
		);
	if (problems.length) throw new SiteConfigError(problems);
	return config;
}

/**
 * The settings as a module the app imports (`virtual:site-config`), checked when Vite starts:
 * a bad site.config.json stops `npm run build` (and `npm start`) with the problems in words.
 */
export function siteConfigPlugin(root = process.cwd()): Plugin {
	let config: SiteConfig;
	return {
		name: 'send-oversight:site-config',
		configResolved() {
			config = readSiteConfig(root);
		},
		resolveId(id) {
			if (id === VIRTUAL) return `\0${VIRTUAL}`;
		},
		load(id) {
			if (id !== `\0${VIRTUAL}`) return;
			this.addWatchFile(join(root, SITE_CONFIG_FILE));
			config = readSiteConfig(root);
			return `export default ${JSON.stringify(config)};`;
		}
	};
}
