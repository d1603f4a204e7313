import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { siteConfigPlugin } from './scripts/site-config.js';

export default defineConfig({
	// The deployment's settings (site.config.json) are checked first: a bad file stops the build.
	plugins: [siteConfigPlugin(), sveltekit()],
	// duckdb-wasm ships its own worker and wasm; Vite must not pre-bundle it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { fs: { allow: ['static/data'] } },
	test: {
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/lint/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'data',
					include: ['tests/data/**/*.test.ts'],
					testTimeout: 60_000,
					globalSetup: ['tests/data/support/build-once.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Two files at a time: each has its own server and browser, and waits on them as much as it
					// computes, so two share a 2-core machine well.
					maxWorkers: 2
				}
			}
		]
	}
});
