import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteConfig, siteConfigPlugin, SiteConfigError } from './site-config';

const dirs: string[] = [];
/**
 * A small area list in the built data's form (the real one is built by `npm run data`, which a
 * fresh clone has not run when the unit tests start): England, Kirklees, and Cumbria, abolished.
 */
const AREAS = tableToIPC(
	tableFromArrays({
		code: ['E92000001', 'E08000034', 'E10000006'],
		level: ['england', 'la', 'la'],
		status: ['current', 'current', 'former']
	})
);

/** A project root holding the given site.config.json text, the built area list and a logo. */
function root(config: string | null): string {
	const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
	dirs.push(dir);
	mkdirSync(join(dir, 'static', 'data'), { recursive: true });
	writeFileSync(join(dir, 'static', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	writeFileSync(join(dir, 'static', 'data', 'areas.arrow'), AREAS);
	if (config !== null) writeFileSync(join(dir, 'site.config.json'), config);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const failure = (dir: string) => {
	try {
		readSiteConfig(dir);
	} catch (e) {
		expect(e).toBeInstanceOf(SiteConfigError);
		return (e as Error).message;
	}
	throw new Error('expected the config to be refused');
};

describe('reading site.config.json at build time', () => {
	it('the shipped file gives the defaults, and so does no file', () => {
		expect(readSiteConfig(process.cwd()).title).toBe('SEND Oversight');
		expect(readSiteConfig(root(null))).toMatchObject({ defaultArea: null, logo: null });
	});

	it('accepts a current local authority and a logo that is in static/', () => {
		const dir = root('{"defaultArea": "E08000034", "logo": "/logo.svg", "title": "Kirklees"}');
		expect(readSiteConfig(dir)).toMatchObject({ defaultArea: 'E08000034', logo: '/logo.svg' });
	});

	it('a bad file stops the build with every problem in words', () => {
		expect(failure(root('{"defaultArea": "E08000034",}'))).toMatch(
			/^site\.config\.json has a problem:\n {2}- it is not valid JSON/
		);
		const message = failure(root('{"defaultArea": "Kirklees", "title": ""}'));
		expect(message).toContain('site.config.json has 2 problems:');
		expect(message).toContain('- defaultArea: must be the 9-character ONS code');
		expect(message).toContain('- title: must not be empty');
		expect(message).toContain('"Hosting for your own board" in README.md');
		expect(failure(root('{"logo": "/missing.png"}'))).toContain(
			'logo: there is no file static/missing.png'
		);
	});

	it('refuses a code that is not one of today’s local authorities (Cumbria, abolished 2023)', () => {
		expect(failure(root('{"defaultArea": "E10000006"}'))).toContain(
			'defaultArea: "E10000006" is not one of England\'s 153 current local authorities'
		);
	});

	it('the Vite plugin refuses a bad file when the build starts', () => {
		const plugin = siteConfigPlugin(root('{"demo": "yes"}'));
		const start = plugin.configResolved as () => void;
		expect(() => start()).toThrow(/demo: /);
	});
});
