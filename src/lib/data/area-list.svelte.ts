import type { AreaOption } from './queries/areas';

/**
 * The local areas the picker offers. Prerendered pages hand them over in their data; the
 * not-found page (rendered in the browser, with no data of its own) fetches /areas.json.
 */
class AreaList {
	items = $state<AreaOption[]>([]);
	#loading: Promise<void> | null = null;

	use(items: AreaOption[] | undefined, base: string) {
		if (items?.length) this.items = items;
		else if (!this.items.length && typeof window !== 'undefined') {
			this.#loading ??= fetch(`${base}/areas.json`)
				.then((response) => response.json())
				.then((list: AreaOption[]) => void (this.items = list))
				.catch(() => void (this.#loading = null));
		}
	}
}

export const areaList = new AreaList();
