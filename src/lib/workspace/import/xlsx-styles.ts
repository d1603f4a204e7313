import { scanXml, attr } from './xml-scan';

/**
 * What an .xlsx cell's style says about its number: a date (Excel stores dates as day counts
 * and shows them through a date format), a percentage (stored as 0.45, shown as 45%), or text
 * typed with a leading apostrophe (Excel's "quote prefix").
 */
export interface CellStyle {
	date: boolean;
	percent: boolean;
	quotePrefix: boolean;
}

const PLAIN: CellStyle = { date: false, percent: false, quotePrefix: false };

/** Excel's built-in date and time formats (ids 14–22, 27–36, 45–47, 50–58). */
function builtInDate(id: number): boolean {
	return (
		(id >= 14 && id <= 22) ||
		(id >= 27 && id <= 36) ||
		(id >= 45 && id <= 47) ||
		(id >= 50 && id <= 58)
	);
}

/**
 * A format code without its "quoted text", \-escaped characters and [bracketed] parts (colours,
 * conditions, currencies), read in one pass. The pattern /\[[^\]]*\]/g it replaces tried every
 * '[' to the end of the code, so a code full of '[' took time growing with its square. Text left
 * open by a quote or bracket that never closes is dropped.
 */
export function bareFormat(code: string): string {
	let bare = '';
	for (let i = 0; i < code.length; i++) {
		const c = code[i];
		if (c === '\\') i++;
		else if (c === '"' || c === '[') {
			const end = code.indexOf(c === '"' ? '"' : ']', i + 1);
			if (end < 0) break;
			i = end;
		} else bare += c;
	}
	return bare;
}

/** A custom format is a date if, outside quoted text and [brackets], it uses d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
	return /[dmyhs]/i.test(bareFormat(code).replace(/General/gi, ''));
}

export function isPercentFormat(code: string): boolean {
	return bareFormat(code).includes('%');
}

/** The style of each `s` index in the sheet (the workbook's cellXfs list). */
export function readStyles(xml: string): CellStyle[] {
	const codes = new Map<number, string>();
	const styles: CellStyle[] = [];
	let inCellXfs = false;
	scanXml(xml, {
		open(name, attrs) {
			if (name === 'numFmt')
				codes.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
			else if (name === 'cellXfs') inCellXfs = true;
			else if (name === 'xf' && inCellXfs) {
				const id = Number(attr(attrs, 'numFmtId') ?? 0);
				const code = codes.get(id);
				styles.push({
					date: code !== undefined ? isDateFormat(code) : builtInDate(id),
					percent: code !== undefined ? isPercentFormat(code) : id === 9 || id === 10,
					quotePrefix: attr(attrs, 'quotePrefix') === '1' || attr(attrs, 'quotePrefix') === 'true'
				});
			}
		},
		close(name) {
			if (name === 'cellXfs') inCellXfs = false;
		}
	});
	return styles;
}

export function styleAt(styles: CellStyle[], index: string | undefined): CellStyle {
	return (index !== undefined && styles[Number(index)]) || PLAIN;
}

/** Excel's last day, 31 December 9999, as a day count (in either date system it shows ##### beyond). */
const LAST_SERIAL = 2_958_465;

/**
 * An Excel day count as YYYY-MM-DD (with the time, if any). 1900 dates count from 30 Dec 1899.
 * Null for a count Excel cannot show as a date (below 0, past 9999, not a number at all): the
 * cell is then read as the number, and a date column says it is not a date. Without this check
 * 1E+308 made toISOString throw "Invalid time value" and the whole check fail.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
	if (!(serial >= 0 && serial < LAST_SERIAL + 1)) return null;
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
	const when = new Date(epoch + Math.round(serial * 86_400) * 1000);
	const iso = when.toISOString();
	const time = iso.slice(11, 19);
	return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
