export type Searchable = {
	code: string;
	dfe_code: string | null;
	name: string;
	region_name: string | null;
	/** Councils this one replaced, searchable too. */
	formerly?: string | null;
};

const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * Type-ahead over local areas by name, ONS code (E06000033) or DfE code (882). Names that
 * start with the query come first, then names containing it, each alphabetically.
 */
export function searchAreas<T extends Searchable>(
	areas: readonly T[],
	query: string,
	limit = 12
): T[] {
	const q = fold(query);
	if (!q) return areas.slice(0, limit);
	const scored = areas.flatMap((area) => {
		const name = fold(area.name);
		if (area.code.toLowerCase() === q || area.dfe_code === q) return [{ area, score: 0 }];
		if (name.startsWith(q)) return [{ area, score: 1 }];
		if (name.split(' ').some((word) => word.startsWith(q))) return [{ area, score: 2 }];
		if (name.includes(q)) return [{ area, score: 3 }];
		if (area.code.toLowerCase().startsWith(q) || area.dfe_code?.startsWith(q))
			return [{ area, score: 4 }];
		if (area.formerly && fold(area.formerly).includes(q)) return [{ area, score: 5 }];
		return [];
	});
	return scored
		.sort((a, b) => a.score - b.score || a.area.name.localeCompare(b.area.name))
		.slice(0, limit)
		.map((s) => s.area);
}
