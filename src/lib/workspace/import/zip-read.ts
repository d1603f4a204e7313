import { Inflate } from 'fflate';
import { formatBytes, sizeAndLimit, type ImportLimits } from './limits';
import { FileRefused } from './problems';

/**
 * Reads a zip (an .xlsx, or a whole-workspace export) with explicit limits, because a zip bomb
 * — a small file that inflates to gigabytes — must be refused without being inflated. The
 * central directory is read by hand: the sizes every entry declares are added up and checked
 * first, and then each entry is inflated in small steps with fflate's streaming `Inflate`,
 * stopping as soon as it produces more than it declared or more than the budget left.
 */
export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
	/**
	 * When the entry was last changed, as the zip records it (the zipping computer's local time,
	 * to 2 seconds) written YYYY-MM-DDTHH:MM:SS so that two entries compare as text; null when
	 * the zip does not record it.
	 */
	modified: string | null;
}

const DAMAGED = 'The file looks like a zip (or .xlsx) but is damaged, so it cannot be read.';
const SENTINEL = 0xffffffff;
/** Deflate can expand about 1,000-fold, so 4 KB steps cap one step's output near 4 MB. */
const STEP = 4096;

export function listZip(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail());
	const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail());
	const end = findEndRecord(bytes, view);
	const count = u16(end + 10);
	let at = u32(end + 16);
	if (count === 0xffff || at === SENTINEL)
		throw new FileRefused(`${DAMAGED} (It uses ZIP64, which a file this size does not need.)`);
	if (count > limits.maxZipEntries)
		throw new FileRefused(`The zip lists ${count} files; no workbook or export has that many.`);
	const entries: ZipEntry[] = [];
	const names = new Set<string>();
	let declared = 0;
	for (let i = 0; i < count; i++) {
		if (u32(at) !== 0x02014b50) fail();
		const flags = u16(at + 8);
		const nameLength = u16(at + 28);
		const extraLength = u16(at + 30);
		if (at + 46 + nameLength + extraLength > bytes.length) fail();
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const entry: ZipEntry = {
			name,
			method: u16(at + 10),
			compressedSize: u32(at + 20),
			size: u32(at + 24),
			localOffset: u32(at + 42),
			modified: dosDateTime(u16(at + 14), u16(at + 12))
		};
		readZip64(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
		if (flags & 1)
			throw new FileRefused(
				'The file is password-protected. Remove the password and save it again.'
			);
		if (names.has(name)) fail();
		names.add(name);
		declared += entry.size;
		entries.push(entry);
		at += 46 + nameLength + extraLength + u16(at + 32);
	}
	// Checked before anything is inflated, from the sizes the entries declare.
	if (declared > limits.maxUncompressedBytes) throw tooBig(declared, limits);
	return entries;
}

/** How much a file's entries may still inflate to, and how much they have (shared by its entries). */
export interface InflateBudget {
	remaining: number;
	inflated: number;
	limits: ImportLimits;
}

export function newBudget(limits: ImportLimits): InflateBudget {
	return { remaining: limits.maxUncompressedBytes, inflated: 0, limits };
}

/** Inflates one entry, counting its output against the file's budget. */
export function inflateEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: InflateBudget
): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = entry.localOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) fail();
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	if (start + entry.compressedSize > bytes.length) fail();
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (entry.size > budget.remaining) throw tooBig(entry.size, budget.limits);
	let out: Uint8Array;
	if (entry.method === 0) {
		if (entry.size !== entry.compressedSize) fail();
		out = data.slice();
		budget.inflated += out.length;
	} else if (entry.method === 8) {
		out = inflateGuarded(data, entry.size, budget);
	} else {
		throw new FileRefused(`${DAMAGED} (It uses a compression method Excel does not write.)`);
	}
	budget.remaining -= out.length;
	return out;
}

function inflateGuarded(data: Uint8Array, declared: number, budget: InflateBudget): Uint8Array {
	const chunks: Uint8Array[] = [];
	let produced = 0;
	const inflate = new Inflate((chunk) => {
		produced += chunk.length;
		budget.inflated += chunk.length;
		// An entry that inflates past what it declared is lying about its size: a zip bomb.
		if (produced > declared || produced > budget.remaining)
			throw new FileRefused(
				`The file expands to more than it declares (over ${formatBytes(Math.min(declared, budget.remaining))}) — it may be a "zip bomb". It was not opened.`
			);
		chunks.push(chunk);
	});
	try {
		for (let i = 0; i < data.length; i += STEP)
			inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
		if (data.length === 0) inflate.push(data, true);
	} catch (error) {
		if (error instanceof FileRefused) throw error;
		fail();
	}
	if (produced !== declared) fail();
	const out = new Uint8Array(produced);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/**
 * A DOS date and time (as zip headers carry them) as YYYY-MM-DDTHH:MM:SS. No date, an
 * impossible one, or the DOS epoch itself (which tools write when they keep no time) is null.
 */
export function dosDateTime(date: number, time: number): string | null {
	const [year, month, day] = [1980 + (date >> 9), (date >> 5) & 15, date & 31];
	const [hours, minutes, seconds] = [time >> 11, (time >> 5) & 63, (time & 31) * 2];
	if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
	if (date === 0x21 && time === 0) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
	const last = bytes.length - 22;
	for (let at = last; at >= 0 && at >= last - 65535; at--)
		if (view.getUint32(at, true) === 0x06054b50) return at;
	return fail();
}

/** Sizes too big for 32 bits live in the ZIP64 extra field; a sentinel without it is damage. */
function readZip64(entry: ZipEntry, extra: Uint8Array): void {
	const wanted = (['size', 'compressedSize', 'localOffset'] as const).filter(
		(key) => entry[key] === SENTINEL
	);
	if (wanted.length === 0) return;
	const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
	for (let at = 0; at + 4 <= extra.length;) {
		const id = view.getUint16(at, true);
		const length = view.getUint16(at + 2, true);
		if (id === 1 && length >= wanted.length * 8 && at + 4 + length <= extra.length) {
			wanted.forEach((key, i) => {
				const low = view.getUint32(at + 4 + i * 8, true);
				const high = view.getUint32(at + 8 + i * 8, true);
				entry[key] = high * 2 ** 32 + low;
			});
			return;
		}
		at += 4 + length;
	}
	fail();
}

function tooBig(bytes: number, limits: ImportLimits): FileRefused {
	const sizes = sizeAndLimit(bytes, limits.maxUncompressedBytes);
	return new FileRefused(
		`The file would expand to ${sizes.size} when opened, more than the ${sizes.limit} allowed — it may be a "zip bomb". It was not opened.`
	);
}

function fail(): never {
	throw new FileRefused(DAMAGED);
}
