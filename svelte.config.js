import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every area's overview is prerendered with its figures (see src/routes/area/[code]);
		// unknown URLs fall back to a client-rendered page that shows the area picker.
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Small stylesheets go inline: no render-blocking request before the first figure.
		inlineStyleThreshold: 8192
	}
};

export default config;
