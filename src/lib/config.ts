import site from 'virtual:site-config';
import type { SiteConfig } from './site-config';

/** The demo area: Southend-on-Sea (ONS E06000033, DfE 882), with illustrative local data. */
export const DEMO_AREA = 'E06000033';

/**
 * This deployment's settings (site.config.json, checked at build time): its title, logo, the
 * area its start page leads with, and whether it offers the demo.
 */
export const SITE: SiteConfig = site;
