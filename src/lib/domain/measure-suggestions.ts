/** Words that say nothing about which measure was meant. */
const COMMON = new Set(['the', 'and', 'for', 'with', 'such', 'measure', 'all', 'any']);

/**
 * The measures a reader may have meant by an id that does not exist (a mistyped or old address):
 * those sharing the most words with it, in their id or short title, best first.
 */
export function closestMeasures<T extends { id: string; short_title: string }>(
	asked: string,
	measures: readonly T[],
	limit = 3
): T[] {
	const words = (text: string) =>
		text
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 2 && !COMMON.has(w));
	const wanted = new Set(words(asked));
	if (!wanted.size) return [];
	return measures
		.map((measure, order) => {
			const own = new Set([...words(measure.id), ...words(measure.short_title)]);
			return { measure, order, score: [...wanted].filter((w) => own.has(w)).length };
		})
		.filter((m) => m.score > 0)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map((m) => m.measure);
}
