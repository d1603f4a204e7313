import { describe, expect, it } from 'vitest';
import { localMeasures, localMeasureView, type LocalMeasureRow } from './local-measures';
import { monthKey } from './periods';
import { describeTrend, trendCsv, trendTable } from './trend-table';

const AREA = 'E06000033';

function row(over: Partial<LocalMeasureRow>): LocalMeasureRow {
	return {
		id: 'local_20wk',
		title: 'EHC plans issued within 20 weeks (month)',
		unit: 'percent',
		unit_label: null,
		polarity: 'high',
		period_type: 'monthly',
		period: '2026-01',
		value: 50,
		numerator: null,
		denominator: null,
		source_note: 'Case management system',
		...over
	};
}

describe('localMeasures', () => {
	it('groups rows by measure in table order, oldest period first, keyed by month', () => {
		const measures = localMeasures(
			[
				row({ period: '2026-03', value: 52 }),
				row({ id: 'local_wait', title: 'Wait', unit: 'count', polarity: 'low', value: 9 }),
				row({ period: '2026-01', value: 48 }),
				row({ period: '2026-02', value: 50 })
			],
			AREA
		);
		expect(measures.map((m) => m.id)).toEqual(['local_20wk', 'local_wait']);
		const [twenty] = measures;
		expect(twenty.period_type).toBe('month');
		expect(twenty.observations.map((o) => [o.year, o.value])).toEqual([
			[monthKey('2026-01'), 48],
			[monthKey('2026-02'), 50],
			[monthKey('2026-03'), 52]
		]);
		expect(twenty.observations.every((o) => o.area === AREA && o.note === null)).toBe(true);
	});

	it('keeps a missing figure missing, never zero', () => {
		const [m] = localMeasures([row({ value: null, period: '2026-02' })], AREA);
		expect(m.observations[0].value).toBeNull();
	});

	it('lists each source note once and remembers a period whose note differs', () => {
		const [m] = localMeasures(
			[
				row({ period: '2026-01' }),
				row({ period: '2026-02', source_note: 'Estimate: system outage' }),
				row({ period: '2026-03', source_note: null })
			],
			AREA
		);
		expect(m.sources).toEqual(['Case management system', 'Estimate: system outage']);
		expect([...m.periodNotes]).toEqual([[monthKey('2026-02'), 'Estimate: system outage']]);
	});

	it('lines annual measures up with the published calendar, financial and academic years', () => {
		const annual = (period: string) =>
			localMeasures([row({ period_type: 'annual', period })], AREA)[0];
		expect(annual('2025-01')).toMatchObject({ period_type: 'calendar_year' });
		expect(annual('2025-01').observations[0].year).toBe(2025);
		expect(annual('2025-04')).toMatchObject({ period_type: 'financial_year' });
		expect(annual('2025-04').observations[0].year).toBe(2026);
		expect(annual('2025-09')).toMatchObject({ period_type: 'academic_year' });
		expect(annual('2025-09').observations[0].year).toBe(2026);
		expect(annual('2025-03')).toMatchObject({ period_type: 'year_from_month' });
		expect(annual('2025-03').observations[0].year).toBe(monthKey('2025-03'));
	});

	it('reads annual rows that start in different months as rolling years', () => {
		const [m] = localMeasures(
			[
				row({ period_type: 'annual', period: '2024-04' }),
				row({ period_type: 'annual', period: '2025-09' })
			],
			AREA
		);
		expect(m.period_type).toBe('year_from_month');
		expect(m.observations.map((o) => o.year)).toEqual([monthKey('2024-04'), monthKey('2025-09')]);
	});

	it('keys quarters by their first month', () => {
		const [m] = localMeasures(
			[
				row({ period_type: 'quarterly', period: '2026-04' }),
				row({ period_type: 'quarterly', period: '2026-07' })
			],
			AREA
		);
		expect(m.period_type).toBe('quarter');
		expect(m.observations.map((o) => o.year)).toEqual([monthKey('2026-04'), monthKey('2026-07')]);
	});
});

describe('localMeasureView', () => {
	const area = { name: 'Southend-on-Sea' };

	it('gives the latest figure and the change on the month before, judged by polarity', () => {
		const [m] = localMeasures(
			[
				row({ period: '2026-08', value: 40 }),
				row({ period: '2026-09', value: 46, numerator: 23, denominator: 50 })
			],
			AREA
		);
		const view = localMeasureView(m, area)!;
		expect(view.headline.period).toBe('Sep 2026');
		expect(view.headline.value).toBe(46);
		expect(view.headline.numerator).toBe(23);
		expect(view.headline.previous).toEqual({ period: 'Aug 2026', value: 40 });
		expect(view.headline.change).toMatchObject({
			comparable: true,
			absolute: 6,
			direction: 'improving'
		});
		expect(view.headline.england.value).toBeNull();
		expect(view.headline.rank).toBeNull();
	});

	it('does not compare across a missing month, and draws the gap as a break', () => {
		const [m] = localMeasures(
			[row({ period: '2026-06', value: 40 }), row({ period: '2026-09', value: 46 })],
			AREA
		);
		const view = localMeasureView(m, area)!;
		expect(view.headline.change).toEqual({
			comparable: false,
			reason: 'the previous period is not the one before'
		});
		expect(view.gaps).toEqual(['Jul 2026', 'Aug 2026']);
		expect(view.trend.map((p) => p.value)).toEqual([40, null, null, 46]);
	});

	it('reports no gaps in a quarterly series that has every quarter', () => {
		const [m] = localMeasures(
			['2025-10', '2026-01', '2026-04'].map((period) => row({ period_type: 'quarterly', period })),
			AREA
		);
		expect(localMeasureView(m, area)!.gaps).toEqual([]);
	});

	it('feeds the same trend table, text alternative and CSV as the published measures', () => {
		const [m] = localMeasures(
			[row({ period: '2026-08', value: 40 }), row({ period: '2026-09', value: 46 })],
			AREA
		);
		const view = localMeasureView(m, area)!;
		const trendView = { unit: m.unit, periodType: m.period_type };
		expect(trendTable(view.trend, trendView).rows).toEqual([
			{ period: 'Aug 2026', cells: ['40.0%'] },
			{ period: 'Sep 2026', cells: ['46.0%'] }
		]);
		expect(describeTrend(view.trend, trendView, m.title)).toBe(
			'EHC plans issued within 20 weeks (month). Southend-on-Sea: 46.0% in Sep 2026, from 40.0% in Aug 2026.'
		);
		const csv = trendCsv(view.trend, trendView);
		expect(csv.header[1]).toBe('first_month');
		expect(csv.rows[1].slice(0, 4)).toEqual(['Sep 2026', '2026-09', 'Southend-on-Sea', 46]);
	});

	it('has nothing to show for a measure with no rows', () => {
		expect(
			localMeasureView({ ...localMeasures([row({})], AREA)[0], observations: [] }, area)
		).toBeNull();
	});
});
