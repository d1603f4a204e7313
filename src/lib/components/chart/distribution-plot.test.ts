import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DistributionPoint } from '$lib/domain/indicator-view';
import { distributionPlot, spreadLabels } from './distribution-plot';

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

describe('neighbours’ marks', () => {
	it('are numbered as in the neighbours’ table, the numbers spread apart where marks crowd', () => {
		const points: DistributionPoint[] = [
			...others.map((v, i) => ({
				code: `E${i}`,
				name: `LA ${i}`,
				value: v,
				role: 'other' as const
			})),
			{ code: 'A', name: 'Leicestershire', value: 50, role: 'area' },
			{ code: 'N1', name: 'Near one', value: 40, role: 'neighbour' },
			{ code: 'N2', name: 'Near two', value: 40.5, role: 'neighbour' },
			{ code: 'N3', name: 'Near three', value: 41, role: 'neighbour' }
		];
		const svg = distributionPlot({
			points,
			quartiles: [25, 50, 75],
			unit: 'percent',
			polarity: 'high',
			numbers: { N1: 1, N2: 2, N3: 3 },
			width: 390,
			document: document as unknown as Document,
			Plot
		});
		const numbers = [...svg.querySelectorAll('text')].filter((t) =>
			/^\d+$/.test(t.textContent ?? '')
		);
		expect(numbers.map((t) => t.textContent)).toEqual(['1', '2', '3']);
		const xs = numbers.map((t) =>
			Number(t.getAttribute('transform')?.match(/translate\(([\d.]+)/)?.[1] ?? t.getAttribute('x'))
		);
		expect(xs[1] - xs[0]).toBeGreaterThanOrEqual(14.9);
		expect(xs[2] - xs[1]).toBeGreaterThanOrEqual(14.9);
	});
	it('keeps spread labels inside the plot', () => {
		expect(spreadLabels([100, 100, 100], 15, 0, 400)).toEqual([100, 115, 130]);
		expect(spreadLabels([395, 396, 398], 15, 0, 400)).toEqual([370, 385, 400]);
		expect(spreadLabels([0, 1], 15, 10, 400)).toEqual([10, 25]);
	});
});
