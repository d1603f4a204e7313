import { z } from 'zod';
import { keptReferenceSchema, MAX_KEPT_REFERENCES } from '../kept-references';
import { TABLE_NAMES } from '../schemas';
import { decodeText } from './decode-text';
import { sizeAndLimit } from './limits';
import { FileRefused } from './problems';
import { shortName } from './zip-copies';
import { inflateEntry, type InflateBudget, type ZipEntry } from './zip-read';

/**
 * workspace.json: what a workspace export says about itself — which area it is for, when it
 * was exported, and whether its data is illustrative (the demo) rather than the area's own.
 * It only describes the zip, so one that cannot be read is noted and the tables are read as
 * usual.
 */
export const MANIFEST_NAME = 'workspace.json';

/**
 * Far more than the fields need, with a line for each reference kept pointing at nothing; a
 * bigger file is not a workspace's description.
 */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export const manifestSchema = z.object({
	format: z.literal(1),
	/** The area's code, as in the site's addresses. */
	area: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
	exported_at: z.iso.datetime({ offset: true }),
	illustrative: z.boolean(),
	/** How illustrative data is labelled, e.g. "Illustrative demo data"; blank is null. */
	label: z
		.string()
		.trim()
		.max(200)
		.nullable()
		.transform((label) => label || null),
	/**
	 * Which tables hold the illustrative rows: the others are the area's own, even in a zip
	 * exported from the demo. Missing in zips exported before it was written: then every table.
	 */
	illustrative_tables: z.array(z.enum(TABLE_NAMES)).max(TABLE_NAMES.length).optional(),
	/** References kept pointing at nothing on purpose, which the import accepts as they are. */
	missing_references: z.array(keptReferenceSchema).max(MAX_KEPT_REFERENCES).optional()
});
/** workspace.json as an export writes it (the label may be blank for data that is not illustrative). */
export type WorkspaceManifest = z.input<typeof manifestSchema>;

export type ManifestRead = { ok: true; manifest: WorkspaceManifest } | { ok: false; why: string };

export function readManifest(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: InflateBudget
): ManifestRead {
	const fail = (why: string): ManifestRead => ({
		ok: false,
		why: `${shortName(entry.name)} could not be read (${why}), so the zip’s area and whether its data is illustrative are not known. The tables were read as usual.`
	});
	if (entry.size > MAX_MANIFEST_BYTES) {
		const sizes = sizeAndLimit(entry.size, MAX_MANIFEST_BYTES);
		return fail(`it is ${sizes.size}; a workspace’s description is at most ${sizes.limit}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(decodeText(inflateEntry(bytes, entry, budget)));
	} catch (error) {
		if (error instanceof FileRefused) return fail('it is damaged');
		if (error instanceof SyntaxError) return fail('it is not valid JSON');
		throw error;
	}
	const checked = manifestSchema.safeParse(json);
	if (checked.success) return { ok: true, manifest: checked.data };
	const fields = [...new Set(checked.error.issues.map((i) => String(i.path[0] ?? '')))];
	if (fields.includes('')) return fail('it is not a workspace description');
	const names = fields.map((f) => `'${f}'`);
	const list = names.length < 2 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return fail(`${list} ${names.length === 1 ? 'is' : 'are'} missing or not as expected`);
}
