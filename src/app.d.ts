// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/**
			 * What went wrong, for the error page to say it in plain words and offer the way on:
			 * `no-measure` — there is no measure with that id (404); `not-loaded` — the figures could
			 * not be downloaded (no network, a server error), so trying again may work.
			 */
			kind?: 'no-measure' | 'not-loaded';
			/** For `no-measure`: the measures a reader may have meant, and every measure. */
			measures?: { id: string; short_title: string }[];
			suggestions?: { id: string; short_title: string }[];
		}
	}
}

export {};
