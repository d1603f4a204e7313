import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The proof that an import across a forbidden boundary fails `npm test`: each layer's file
// is linted with the project's own eslint.config.js, with one import in it.

let eslint: ESLint;
beforeAll(async () => {
	eslint = new ESLint({ cwd: process.cwd() });
	await eslint.lintText('export {};', { filePath: 'src/lib/domain/warm-up.ts' });
}, 60_000);

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

/** The boundary errors ESLint gives for this code at this path. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const fatal = result.messages.filter((m) => m.fatal);
	if (fatal.length) throw new Error(`${filePath} did not parse: ${fatal[0].message}`);
	return result.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

/** A module (or a Svelte component, for a .svelte path) that imports `source` and uses it. */
function importing(filePath: string, source: string, kind: 'value' | 'type' = 'value') {
	const statement =
		kind === 'type'
			? `import type { Thing } from '${source}';\nexport type Used = Thing;`
			: `import * as thing from '${source}';\nexport const used = thing;`;
	return filePath.endsWith('.svelte')
		? `<script lang="ts" module>\n${statement}\n</script>\n`
		: statement;
}

type Layer = { file: string; says: string; forbidden: string[]; allowed: string[] };

const LAYERS: Record<string, Layer> = {
	domain: {
		file: 'src/lib/domain/example.ts',
		says: 'domain is pure',
		forbidden: [
			'$lib/data/schemas',
			'../data/queries/trend',
			'$lib/state/engine.svelte',
			'../state/engine.svelte',
			'$lib/components/chart/trend-plot',
			'../components/Tile.svelte',
			'$lib/workspace',
			'../workspace/cells',
			'$lib/server/node-engine',
			'../server/node-engine',
			'../../routes/+layout',
			'../../../src/lib/data/schemas',
			'svelte',
			'svelte/store',
			'$app/environment',
			'@sveltejs/kit',
			'@duckdb/node-api',
			'@duckdb/duckdb-wasm',
			'apache-arrow',
			'@observablehq/plot'
		],
		allowed: ['./periods', '$lib/domain/format']
	},
	components: {
		file: 'src/lib/components/chart/Example.svelte',
		says: 'components are presentational',
		forbidden: [
			'$lib/data/queries/trend',
			'../../data/queries/trend',
			'$lib/state/engine.svelte',
			'../../state/engine.svelte',
			'$lib/server/node-engine',
			'../../server/node-engine',
			'@duckdb/node-api',
			'@duckdb/duckdb-wasm'
		],
		allowed: ['$lib/domain/trend-table', './trend-plot', '../Tile.svelte', '@observablehq/plot']
	},
	data: {
		file: 'src/lib/data/queries/example.ts',
		says: 'data is queries and schemas only',
		forbidden: [
			'$lib/components/chart/trend-plot',
			'../../components/chart/trend-plot',
			'$lib/state/engine.svelte',
			'../../state/engine.svelte',
			'../../../routes/+layout',
			'$lib/workspace',
			'../../workspace/cells',
			'@sveltejs/kit',
			'$app/environment',
			'$app/paths'
		],
		allowed: ['../../domain/indicator-view', '$lib/domain/format', '../schemas', 'zod']
	},
	workspace: {
		file: 'src/lib/workspace/import/example.ts',
		says: 'workspace is the area’s own tables',
		forbidden: [
			'$lib/components/Tile.svelte',
			'../../components/Tile.svelte',
			'$lib/state/workspace.svelte',
			'../../state/workspace.svelte',
			'$lib/data/schemas',
			'../../data/schemas',
			'../../../routes/+layout',
			'@sveltejs/kit',
			'$app/environment'
		],
		allowed: ['$lib/domain/as-of', '../schemas', './limits', 'fflate']
	},
	state: {
		file: 'src/lib/state/example.svelte.ts',
		says: 'state holds data for the pages',
		forbidden: ['$lib/components/Tile.svelte', '../components/Tile.svelte', '../../routes/+layout'],
		allowed: [
			'$lib/data/query-runner',
			'$lib/workspace',
			'$lib/domain/format',
			'$app/paths',
			'svelte'
		]
	},
	scripts: {
		file: 'scripts/data-build/example.ts',
		says: 'scripts must not depend on tests',
		forbidden: ['../../tests/e2e/harness', '../../tests/data/support/built-model'],
		allowed: ['../chromium', './errors', '../../src/lib/domain/periods', 'playwright-core']
	}
};

describe.each(Object.entries(LAYERS))('the %s layer', (_name, layer) => {
	it.each(layer.forbidden)(`may not import %s`, async (source) => {
		const errors = await boundaryErrors(layer.file, importing(layer.file, source));
		// (duckdb-wasm also breaks the rule below that only the browser engine may load it)
		const error = errors.find((e) => e.startsWith(`'${source}' import is restricted`));
		expect(error).toContain(layer.says);
	});

	it.each(layer.allowed)(`may import %s`, async (source) => {
		expect(await boundaryErrors(layer.file, importing(layer.file, source))).toEqual([]);
	});
});

describe('boundaries hold for types too', () => {
	it('a component may not take even a type from data (shared shapes live in domain)', async () => {
		const file = 'src/lib/components/HeadlineTile.svelte';
		const errors = await boundaryErrors(
			file,
			importing(file, '$lib/data/queries/headline', 'type')
		);
		expect(errors).toEqual([expect.stringContaining('components are presentational')]);
	});
});

describe('the domain does not read the clock', () => {
	const file = 'src/lib/domain/example.ts';
	it.each(['Date.now()', 'new Date()', 'Date()'])('forbids %s', async (expression) => {
		const errors = await boundaryErrors(file, `export const today = ${expression};`);
		expect(errors).toEqual([expect.stringContaining('take `today` as a parameter')]);
	});
	it('allows a date made from a value', async () => {
		expect(await boundaryErrors(file, `export const day = new Date('2025-01-31');`)).toEqual([]);
	});
});

describe('duckdb-wasm is loaded only by the browser engine', () => {
	const wasm = '@duckdb/duckdb-wasm';
	it.each(['src/routes/area/[code]/example.ts', 'src/lib/data/engine/example.svelte.ts'])(
		'is not imported statically by %s',
		async (file) => {
			expect(await boundaryErrors(file, importing(file, wasm))).toEqual([
				expect.stringContaining('browser-engine.ts')
			]);
			const url = `${wasm}/dist/duckdb-eh.wasm?url`;
			expect(await boundaryErrors(file, importing(file, url))).toHaveLength(1);
		}
	);
	it('may be loaded with a dynamic import, or named as a type, anywhere', async () => {
		const file = 'src/routes/area/[code]/example.ts';
		expect(await boundaryErrors(file, `export const load = () => import('${wasm}');`)).toEqual([]);
		expect(await boundaryErrors(file, importing(file, wasm, 'type'))).toEqual([]);
	});
	it('is imported statically by browser-engine.ts, which keeps the data layer’s rules', async () => {
		const file = 'src/lib/data/engine/browser-engine.ts';
		expect(await boundaryErrors(file, importing(file, wasm))).toEqual([]);
		expect(await boundaryErrors(file, importing(file, '$app/paths'))).toEqual([
			expect.stringContaining('data is queries and schemas only')
		]);
	});
});

describe('tests may use scripts', () => {
	it('lets a browser test import the Chromium launcher from scripts/', async () => {
		const file = 'tests/e2e/example.test.ts';
		expect(await boundaryErrors(file, importing(file, '../../scripts/chromium'))).toEqual([]);
	});
});
