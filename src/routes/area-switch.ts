/**
 * Where "Go to another local area" leads from the page being read: the same view of the other
 * area (its measures list, the same published measure, its Your data page), so a board member
 * comparing two areas keeps their place. The area's own measures have ids of their own, so
 * from one of those the other area's list of measures is the nearest view.
 */
export type AreaView =
	| { route: '/area/[code]'; params: { code: string } }
	| {
			route: '/area/[code]/profile' | '/area/[code]/indicators' | '/area/[code]/data';
			params: { code: string };
	  }
	| { route: '/area/[code]/indicators/[id]'; params: { code: string; id: string } };

export function sameViewFor(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	code: string
): AreaView {
	switch (routeId) {
		case '/area/[code]/profile':
		case '/area/[code]/indicators':
		case '/area/[code]/data':
			return { route: routeId, params: { code } };
		case '/area/[code]/local/[id]':
			return { route: '/area/[code]/indicators', params: { code } };
		case '/area/[code]/indicators/[id]':
			if (params.id) return { route: routeId, params: { code, id: params.id } };
	}
	return { route: '/area/[code]', params: { code } };
}
