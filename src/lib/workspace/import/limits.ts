/**
 * Limits on what an import will read, so a huge or hostile file is refused before it can
 * freeze the page. Every limit can be changed by the caller (a deployment, or a test).
 */
export interface ImportLimits {
	/** Largest file accepted, checked before anything is read. */
	maxFileBytes: number;
	/** Most an .xlsx or .zip may expand to, checked before and while inflating (zip bombs). */
	maxUncompressedBytes: number;
	/** Longest text one cell may hold; longer cells are reported on their row. */
	maxCellChars: number;
	/** Most files a zip may list (an .xlsx has about a dozen). */
	maxZipEntries: number;
	/** Most columns a sheet may use. */
	maxColumns: number;
	/**
	 * Most rows a sheet may hold, blank ones not counted: far more than any table needs, and few
	 * enough that checking them cannot run the browser out of memory.
	 */
	maxRows: number;
	/** Most problems a report lists; the counts still cover every row. */
	maxProblems: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
	maxFileBytes: 20 * 1024 * 1024,
	maxUncompressedBytes: 100 * 1024 * 1024,
	maxCellChars: 10_000,
	maxZipEntries: 1_000,
	maxColumns: 200,
	maxRows: 200_000,
	maxProblems: 500
};

export function withLimits(limits: Partial<ImportLimits> = {}): ImportLimits {
	return { ...DEFAULT_LIMITS, ...limits };
}

/** "20 MB", "50.3 MB", "812 KB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	if (mb >= 1) return `${mb.toFixed(1).replace(/\.0$/, '')} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * A size and the limit it passes, worded so they cannot read the same: rounded ("25.3 MB" and
 * "20 MB") where rounding keeps them apart, else to the byte ("20,971,521 bytes" and
 * "20,971,520 bytes") for a file only just over.
 */
export function sizeAndLimit(size: number, limit: number): { size: string; limit: string } {
	const [a, b] = [formatBytes(size), formatBytes(limit)];
	if (a !== b) return { size: a, limit: b };
	const exact = (n: number) => `${n.toLocaleString('en-GB')} bytes`;
	return { size: exact(size), limit: exact(limit) };
}
