import { indicatorView } from '../../domain/indicator-view';
import type { Band } from '../../domain/quartile-band';
import type { Change } from '../../domain/change';
import type { Indicator } from '../schemas';
import type { QueryRunner } from '../query-runner';
import { THEME_IDS } from '../../domain/themes';
import { listIndicators } from './indicators';
import { getGeography, getIndicatorObservations } from './indicator-data';

export type LibraryRow = Pick<
	Indicator,
	'id' | 'title' | 'short_title' | 'theme' | 'unit' | 'polarity' | 'definition'
> & {
	period: string | null;
	year: number | null;
	value: number | null;
	note: string | null;
	band: Band | null;
	change: Change | null;
};

/** Every indicator with the area's latest figure, quartile band and direction of travel. */
export async function getLibrary(run: QueryRunner, areaCode: string): Promise<LibraryRow[]> {
	const geography = await getGeography(run);
	// In the order a board reads the themes (identification of need first), then by title.
	const indicators = (await listIndicators(run)).sort(
		(a, b) =>
			THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme) || a.title.localeCompare(b.title)
	);
	return Promise.all(
		indicators.map(async (indicator) => {
			const view = indicatorView({
				indicator,
				observations: await getIndicatorObservations(run, indicator.id),
				geography,
				areaCode
			});
			return {
				id: indicator.id,
				title: indicator.title,
				short_title: indicator.short_title,
				theme: indicator.theme,
				unit: indicator.unit,
				polarity: indicator.polarity,
				definition: indicator.definition,
				period: view?.headline.period ?? null,
				year: view?.year ?? null,
				value: view?.headline.value ?? null,
				note: view?.headline.note ?? null,
				band: view?.band ?? null,
				change: view?.headline.change ?? null
			};
		})
	);
}
