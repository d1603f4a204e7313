// The deployment's settings from site.config.json, checked by scripts/site-config.ts.
declare module 'virtual:site-config' {
	const config: import('$lib/site-config').SiteConfig;
	export default config;
}
