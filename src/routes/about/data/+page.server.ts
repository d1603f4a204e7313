import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listIndicators } from '$lib/data/queries/indicators';
import { manifestSchema } from '$lib/data/schemas';
import { sharedNodeRunner } from '$lib/server/node-engine';

export async function load() {
	const manifest = manifestSchema.parse(
		JSON.parse(readFileSync(join(process.cwd(), 'static', 'data', 'manifest.json'), 'utf8'))
	);
	return { manifest, indicators: await listIndicators(await sharedNodeRunner()) };
}
