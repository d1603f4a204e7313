import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium quiet on a machine with no internet. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Debian's /usr/bin/chromium where it exists (CI installs it with apt), else a browser
 * Playwright downloaded on a developer's own machine, else CHROMIUM_PATH.
 */
export function findChromium(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// playwright-core has no browser of its own here
	}
	throw new Error(
		'No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH'
	);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
