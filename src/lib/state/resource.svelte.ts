/**
 * A value read for one key (an area's code, say), with its progress as state a page can show.
 * A resource never changes key: the page's load function makes the resource for its params, so
 * when the params change SvelteKit runs the load again and the page gets the new key's
 * resource. A reply for the old key can only land on the old resource, which nothing shows.
 */
export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'failed';

export class Resource<T> {
	status = $state<ResourceStatus>('idle');
	/** Raw, not deep state: what is read is replaced whole, never edited in place. */
	value = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	#promise: Promise<T> | null = null;

	constructor(
		readonly key: string,
		private readonly read: (key: string) => Promise<T>
	) {}

	/** Starts reading (once) and resolves with the value; the status says how it went. */
	load(): Promise<T> {
		if (this.#promise) return this.#promise;
		this.status = 'loading';
		this.#promise = this.read(this.key).then(
			(value) => {
				this.value = value;
				this.status = 'ready';
				return value;
			},
			(error: unknown) => {
				this.error = error instanceof Error ? error.message : String(error);
				this.status = 'failed';
				throw error;
			}
		);
		// A failure is shown through `status`; callers that await may still catch it.
		this.#promise.catch(() => undefined);
		return this.#promise;
	}
}
