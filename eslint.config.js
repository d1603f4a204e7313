import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * An import of one of the app's own folders, by alias (`$lib/data/…`) or by a relative path
 * that climbs out of the importing folder (`../data/…`, `../../state/…`, `../../../src/lib/…`).
 */
const folder = (...names) => `^(\\$lib/|(\\.\\./)+(src/)?(lib/)?)(${names.join('|')})(/|$)`;
const pkg = (...names) => `^(${names.join('|')})(/|$)`;

// Each rule is a pattern and the reason, in words, that the error shows.
const NO = {
	domain: {
		app: { regex: folder('data', 'state', 'components', 'workspace', 'server', 'routes') },
		packages: {
			regex: pkg(
				'svelte',
				'\\$app',
				'@sveltejs/kit',
				'@duckdb',
				'apache-arrow',
				'@observablehq/plot'
			)
		},
		message: 'domain is pure: pass the data in instead.'
	},
	components: {
		app: { regex: folder('data', 'state', 'server') },
		packages: { regex: pkg('@duckdb') },
		message:
			'components are presentational: take the figures as props (shared shapes live in domain).'
	},
	data: {
		app: { regex: folder('components', 'state', 'routes', 'workspace') },
		packages: { regex: pkg('@sveltejs/kit', '\\$app') },
		message:
			'data is queries and schemas only: no UI, no app state, no SvelteKit (let the route turn a missing result into a 404).'
	},
	workspace: {
		app: { regex: folder('components', 'state', 'data', 'routes') },
		packages: { regex: pkg('@sveltejs/kit', '\\$app') },
		message:
			'workspace is the area’s own tables (schemas, import, export): it knows no pages, no published data and no app state.'
	},
	state: {
		app: { regex: folder('components', 'routes') },
		message: 'state holds data for the pages: it knows no components and no routes.'
	},
	scripts: {
		app: { regex: '^(\\.\\./)+tests(/|$)' },
		message: 'scripts must not depend on tests: move what both need into scripts/.'
	}
};

// duckdb-wasm is megabytes: only the browser engine may load it, and only by a dynamic import.
const DUCKDB_WASM = {
	regex: pkg('@duckdb/duckdb-wasm'),
	allowTypeImports: true,
	message:
		'duckdb-wasm is loaded only by src/lib/data/engine/browser-engine.ts: import() that module where the engine is needed.'
};

/** The restricted-import patterns for one layer (or none), with or without the duckdb-wasm rule. */
function restricted(layer, { duckdb = true } = {}) {
	const rule = layer ? NO[layer] : null;
	const patterns = rule
		? [rule.app, rule.packages]
				.filter(Boolean)
				.map((pattern) => ({ ...pattern, message: rule.message }))
		: [];
	return ['error', { patterns: duckdb ? [...patterns, DUCKDB_WASM] : patterns }];
}

const LAYERS = {
	domain: 'src/lib/domain/**',
	components: 'src/lib/components/**',
	data: 'src/lib/data/**',
	workspace: 'src/lib/workspace/**',
	state: 'src/lib/state/**',
	scripts: 'scripts/**'
};

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'static/data/',
		'static/local/',
		'bench-results/',
		'tests/.output/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig }
		}
	},
	{
		rules: {
			// Links are checked by hand: without type information the rule cannot see that an href
			// prop or a $derived(resolve(…)) is resolved, and every link it flagged here was.
			// goto() and the history calls are still checked.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			'no-restricted-imports': restricted(null)
		}
	},
	{
		// In a .svelte.ts module this flags every Date, Set and Map inside an export, even a
		// local one (a `now = new Date()` default, a Set of years in a query); components keep it.
		files: ['**/*.svelte.ts'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	// Layers: what each folder may not import. A later entry replaces an earlier one's options,
	// so each layer's list carries the duckdb-wasm rule too.
	...Object.entries(LAYERS).map(([layer, glob]) => ({
		name: `layers/${layer}`,
		files: [glob],
		rules: { 'no-restricted-imports': restricted(layer) }
	})),
	{
		name: 'layers/browser-engine',
		files: ['src/lib/data/engine/browser-engine.ts'],
		rules: { 'no-restricted-imports': restricted('data', { duckdb: false }) }
	},
	{
		name: 'layers/domain-clock',
		files: [LAYERS.domain],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'domain is pure: take `today` as a parameter instead of reading the clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'domain is pure: take `today` as a parameter instead of reading the clock.'
				},
				{
					selector: "CallExpression[callee.name='Date']",
					message: 'domain is pure: take `today` as a parameter instead of reading the clock.'
				}
			]
		}
	}
);
