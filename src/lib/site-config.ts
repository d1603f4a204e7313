import { z } from 'zod';

/**
 * A deployment's own settings, from `site.config.json` at the project root: the area a council
 * hosting the dashboard for its own board leads with, and the title and logo in the header.
 * Checked when the site is built or served (`scripts/site-config.ts`), so a mistake stops the
 * build with a message naming the setting, rather than showing a broken page.
 */
export const siteConfigSchema = z.strictObject({
	/** The name in the header and the start page's title. */
	title: z
		.string()
		.trim()
		.min(1, 'must not be empty')
		.max(60, 'must be at most 60 characters, to fit the header on a phone')
		.default('SEND Oversight'),
	/**
	 * The ONS code of the local authority the start page leads with ("Open Kirklees"), or null
	 * for none. Must be one of the 153 current local authorities.
	 */
	defaultArea: z
		.string()
		.regex(
			/^E(0[6-9]|10)\d{6}$/,
			'must be the 9-character ONS code of a local authority, like "E08000034" (Kirklees)'
		)
		.nullable()
		.default(null),
	/** An image in `static/` shown before the title, e.g. "/logo.svg", or null for none. */
	logo: z
		.string()
		.regex(
			/^\/[\w\-./]+\.(svg|png|jpe?g|webp|gif)$/i,
			'must be the path of an image in static/, starting with "/", like "/logo.svg"'
		)
		.refine((p) => !p.split('/').includes('..'), 'must not leave static/')
		.nullable()
		.default(null),
	/** The logo's text alternative; empty when the logo only repeats the title. */
	logoAlt: z.string().max(120).default(''),
	/** Whether the start page offers the demo (Southend-on-Sea with illustrative local data). */
	demo: z.boolean().default(true)
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The settings when site.config.json sets nothing. */
export const DEFAULT_SITE_CONFIG: SiteConfig = siteConfigSchema.parse({});

/** Each problem with a config as a line naming the setting: `defaultArea: must be …`. */
export function siteConfigProblems(error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const path = issue.path.join('.');
		if (issue.code === 'unrecognized_keys')
			return `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (the settings are: ${Object.keys(siteConfigSchema.shape).join(', ')})`;
		return `${path || 'the file'}: ${issue.message}`;
	});
}
