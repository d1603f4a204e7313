import { describe, expect, it } from 'vitest';
import { LAYOUTS, TABLE_NAMES, layoutOf } from '.';
import { normaliseHeading } from '../import/header';
import { exampleRow } from '../export/table-cells';

describe.each(TABLE_NAMES)('the %s layout', (table) => {
	const layout = layoutOf(table);
	it('has one column for each schema field, and no others', () => {
		const fields = Object.keys(LAYOUTS[table].schema.shape).sort();
		expect(layout.columns.map((c) => c.key).sort()).toEqual(fields);
	});
	it('never reads one heading as two columns', () => {
		const seen = new Map<string, string>();
		for (const c of layout.columns)
			for (const name of new Set([c.header, c.key, ...c.aliases].map(normaliseHeading))) {
				expect(seen.get(name), `${name} is used by ${seen.get(name)} and ${c.key}`).toBeUndefined();
				seen.set(name, c.key);
			}
	});
	it('keys on columns that are required', () => {
		for (const key of layout.key.filter((k) => k !== 'subgroup'))
			expect(layout.columns.find((c) => c.key === key)?.required, key).toBe(true);
	});
	it('describes every column and has an example row that passes the schema', () => {
		for (const c of layout.columns) expect(c.about.length, c.key).toBeGreaterThan(5);
		expect(() => exampleRow(table)).not.toThrow();
	});
	it('explains itself in plain words, without jargon such as polarity', () => {
		const jargon = /polarity|\bLA\b|count on top|count underneath|\bI statement/i;
		expect(layout.about).not.toMatch(jargon);
		for (const c of layout.columns) expect(c.about, c.key).not.toMatch(jargon);
	});
	it('reads back what it writes for the example row', () => {
		const row = exampleRow(table) as Record<string, unknown>;
		for (const c of layout.columns) {
			const out = c.write(row[c.key]);
			if (out === null) {
				expect(row[c.key]).toEqual(c.empty);
				continue;
			}
			const text = 'text' in out ? out.text : 'number' in out ? String(out.number) : out.date;
			const back = c.parse(text);
			expect(back.ok && back.value, c.key).toEqual(row[c.key]);
		}
	});
});
