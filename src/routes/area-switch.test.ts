import { describe, expect, it } from 'vitest';
import { sameViewFor } from './area-switch';

describe('going to another area', () => {
	it('keeps the view being read', () => {
		expect(sameViewFor('/area/[code]/indicators', { code: 'A' }, 'B')).toEqual({
			route: '/area/[code]/indicators',
			params: { code: 'B' }
		});
		expect(sameViewFor('/area/[code]/data', { code: 'A' }, 'B').route).toBe('/area/[code]/data');
		expect(sameViewFor('/area/[code]/profile', { code: 'A' }, 'B').route).toBe(
			'/area/[code]/profile'
		);
	});

	it('keeps the published measure, but not one of the area’s own', () => {
		expect(sameViewFor('/area/[code]/indicators/[id]', { code: 'A', id: 'm' }, 'B')).toEqual({
			route: '/area/[code]/indicators/[id]',
			params: { code: 'B', id: 'm' }
		});
		expect(sameViewFor('/area/[code]/local/[id]', { code: 'A', id: 'own' }, 'B')).toEqual({
			route: '/area/[code]/indicators',
			params: { code: 'B' }
		});
	});

	it('opens the overview from anywhere else', () => {
		for (const from of [null, '/', '/health', '/compare/[id]', '/area/[code]'])
			expect(sameViewFor(from, {}, 'B')).toEqual({ route: '/area/[code]', params: { code: 'B' } });
	});
});
