import { FileRefused } from './problems';

/**
 * A small, strict XML scanner for the few SpreadsheetML parts an import reads. It expands only
 * the five predefined entities and character references, and refuses any document type
 * declaration, so entity tricks (XXE, "billion laughs") have nothing to work with. Element
 * names lose their namespace prefix ("x:c" → "c"); attribute names keep theirs ("r:id").
 *
 * It runs in time linear in the XML: tags and attributes are read by hand with indexOf, and the
 * one pattern left (entities) cannot backtrack past the next '&'. A 1 KB .xlsx can inflate to a
 * 1 MB attribute name, which the attribute pattern this replaced took minutes over.
 */
export interface XmlHandler {
	open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
	close?(name: string): void;
	text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
		if (name[0] !== '#') return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
		const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function scanXml(xml: string, handler: XmlHandler): void {
	const n = xml.length;
	let i = 0;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		if (lt < 0) {
			handler.text?.(decodeEntities(xml.slice(i)));
			return;
		}
		if (lt > i && handler.text) handler.text(decodeEntities(xml.slice(i, lt)));
		if (xml.startsWith('<?', lt)) i = after(xml, '?>', lt);
		else if (xml.startsWith('<!--', lt)) i = after(xml, '-->', lt);
		else if (xml.startsWith('<![CDATA[', lt)) {
			const end = after(xml, ']]>', lt);
			handler.text?.(xml.slice(lt + 9, end - 3));
			i = end;
		} else if (xml.startsWith('<!', lt)) {
			throw new FileRefused(
				'The workbook contains a document type declaration, which Excel never writes, so it was not read.'
			);
		} else {
			const gt = tagEnd(xml, lt);
			if (xml[lt + 1] === '/') handler.close?.(localName(xml.slice(lt + 2, gt).trim()));
			else {
				const selfClosing = xml[gt - 1] === '/';
				const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
				const space = inner.search(/\s/);
				const name = localName(space < 0 ? inner : inner.slice(0, space));
				const attrs = space < 0 ? Object.create(null) : readAttributes(inner, space);
				handler.open?.(name, attrs, selfClosing);
				if (selfClosing) handler.close?.(name);
			}
			i = gt + 1;
		}
	}
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** What separates attributes: white space, '=' and '/' start no name. */
const isBreak = (c: string) => isSpace(c) || c === '=' || c === '/';

/**
 * name="value" and name='value' pairs, in one pass; anything else between them is skipped, as
 * the pattern /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g did. That pattern retried a long name
 * with no '=' from each of its characters in turn, so its time grew with the square of the name.
 */
export function readAttributes(tag: string, from = 0): Record<string, string> {
	// No prototype, so an attribute called __proto__ is just a name.
	const attrs: Record<string, string> = Object.create(null);
	const n = tag.length;
	let i = from;
	while (i < n) {
		while (i < n && isBreak(tag[i])) i++;
		const start = i;
		while (i < n && !isBreak(tag[i])) i++;
		if (i === start) break;
		let j = i;
		while (j < n && isSpace(tag[j])) j++;
		if (tag[j] !== '=') continue;
		j++;
		while (j < n && isSpace(tag[j])) j++;
		const quote = tag[j];
		if (quote !== '"' && quote !== "'") {
			i = j;
			continue;
		}
		// A quote never closed is skipped; no later quote of its kind can close, so each kind
		// searches to the end at most once.
		const end = tag.indexOf(quote, j + 1);
		if (end < 0) {
			i = j + 1;
			continue;
		}
		attrs[tag.slice(start, i)] = decodeEntities(tag.slice(j + 1, end));
		i = end + 1;
	}
	return attrs;
}

/** An attribute by local name, whatever its prefix: attr(a, 'id') finds "r:id". */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
	if (name in attrs) return attrs[name];
	for (const key in attrs) if (key.endsWith(`:${name}`)) return attrs[key];
	return undefined;
}

function after(xml: string, marker: string, from: number): number {
	const at = xml.indexOf(marker, from);
	if (at < 0) throw new FileRefused('Part of the workbook is cut short, so it cannot be read.');
	return at + marker.length;
}

/** The closing '>' of a tag, skipping any '>' inside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
	let quote = '';
	for (let i = from + 1; i < xml.length; i++) {
		const c = xml[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i;
	}
	throw new FileRefused('Part of the workbook is cut short, so it cannot be read.');
}
