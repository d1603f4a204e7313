import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DistributionPoint } from '$lib/domain/indicator-view';
import { distributionPlot } from './distribution-plot';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const others = Array.from({ length: 20 }, (_, i) => i * 5);

/** The area's label as drawn when its figure is `value` among others from 0 to 95. */
function areaLabel(value: number) {
	const points: DistributionPoint[] = [
		...others.map((v, i) => ({ code: `E${i}`, name: `LA ${i}`, value: v, role: 'other' as const })),
		{ code: 'A', name: 'Leicestershire', value, role: 'area' }
	];
	const svg = distributionPlot({
		points,
		quartiles: [25, 50, 75],
		unit: 'percent',
		polarity: 'high',
		width: 390,
		document: document as unknown as Document,
		Plot
	});
	const text = [...svg.querySelectorAll('text')].find((t) =>
		t.textContent?.startsWith('Leicestershire')
	)!;
	return text.closest('g')!.getAttribute('text-anchor') ?? text.getAttribute('text-anchor');
}

describe('distributionPlot', () => {
	it('runs the area’s label inwards from whichever end of the range it is near', () => {
		expect(areaLabel(2)).toBe('start');
		expect(areaLabel(50)).toBe(null); // centred: Plot's default, written nowhere
		expect(areaLabel(95)).toBe('end');
	});
});
