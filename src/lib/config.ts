import site from 'virtual:site-config';
import type { SiteConfig } from './site-config';

/** The demo area: Southend-on-Sea (ONS E06000033, DfE 882), with illustrative local data. */
export const DEMO_AREA = 'E06000033';

/**
 * This deployment's settings (site.config.json, checked at build time): its title, logo, the
 * area its start page leads with, and whether it offers the demo.
 */
export const SITE: SiteConfig = site;

/** The line under the title, in the header and in the app shell's loading frame. */
export const TAGLINE =
	'Special educational needs and disabilities: figures for Health and Wellbeing Boards';
