import { describe, expect, it } from 'vitest';
import { FileRefused } from './problems';
import { attr, decodeEntities, scanXml } from './xml-scan';

function events(xml: string): string[] {
	const out: string[] = [];
	scanXml(xml, {
		open: (name, attrs, self) =>
			out.push(`<${name} ${JSON.stringify({ ...attrs })}${self ? '/' : ''}>`),
		close: (name) => out.push(`</${name}>`),
		text: (text) => out.push(text)
	});
	return out;
}

describe('scanXml', () => {
	it('reports elements without their prefix, attributes with theirs', () => {
		expect(events('<?xml version="1.0"?><x:c r="A1" t=\'s\'><x:v>3</x:v></x:c>')).toEqual([
			'<c {"r":"A1","t":"s"}>',
			'<v {}>',
			'3',
			'</v>',
			'</c>'
		]);
		expect(attr({ 'r:id': 'rId1' }, 'id')).toBe('rId1');
	});
	it('handles self-closing tags, comments, CDATA and > inside attribute values', () => {
		expect(events('<a b="x > y"/><!-- <c> --><d><![CDATA[<e> & f]]></d>')).toEqual([
			'<a {"b":"x > y"}/>',
			'</a>',
			'<d {}>',
			'<e> & f',
			'</d>'
		]);
	});
	it('expands only the predefined entities and character references', () => {
		expect(
			decodeEntities('&lt;script&gt; &amp; &quot;&apos; &#163; &#x20AC; &lol; &constructor;')
		).toBe('<script> & "\' £ € &lol; &constructor;');
	});
	it('refuses a document type declaration (XXE, billion laughs)', () => {
		const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>';
		expect(() => events(xml)).toThrow(FileRefused);
	});
	it('keeps an attribute called __proto__ as a plain name', () => {
		let attrs: Record<string, string> = {};
		scanXml('<a __proto__="x" constructor="y"/>', { open: (_, a) => (attrs = a) });
		expect(attrs['__proto__']).toBe('x');
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
	it('refuses a tag cut short', () => {
		expect(() => events('<a b="1"')).toThrow(/cut short/);
	});
});
