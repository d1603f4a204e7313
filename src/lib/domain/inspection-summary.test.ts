import { describe, expect, it } from 'vitest';
import { formatDate, summariseInspections, type InspectionRecord } from './inspection-summary';

const record = (r: Partial<InspectionRecord>): InspectionRecord => ({
	framework: '2016',
	kind: 'inspection',
	publication_date: null,
	start_date: null,
	outcome_grade: null,
	outcome: '',
	wsoa_required: null,
	weaknesses: null,
	weaknesses_progress: null,
	next_inspection_due: null,
	report_url: null,
	...r
});

describe('summariseInspections', () => {
	const wsoa = record({
		publication_date: '2018-12-20',
		wsoa_required: true,
		weaknesses: 4,
		outcome: 'WSoA'
	});
	const revisit = record({
		kind: 'revisit',
		publication_date: '2021-10-01',
		weaknesses: 4,
		weaknesses_progress: 3,
		outcome: 'Revisit: sufficient progress on 3 of 4 significant weaknesses'
	});
	const graded = record({
		framework: '2023',
		publication_date: '2023-06-09',
		outcome_grade: 2,
		outcome: 'Inconsistent experiences and outcomes',
		next_inspection_due: '2026-03-01'
	});

	it('prefers the latest 2023-framework grade and keeps the 2016 history', () => {
		const s = summariseInspections([graded, revisit, wsoa])!;
		expect(s.framework).toBe('2023');
		expect(s.grade).toBe(2);
		expect(s.headline).toBe('Inconsistent experiences and outcomes');
		expect(s.details[0]).toContain(
			'Written Statement of Action was required (published 20 December 2018), for 4 significant weaknesses'
		);
		expect(s.details[1]).toContain('sufficient progress on 3 of 4 weaknesses');
	});
	it('falls back to the 2016 WSoA outcome and its revisit', () => {
		const s = summariseInspections([wsoa, revisit])!;
		expect(s.framework).toBe('2016');
		expect(s.headline).toBe(
			'Written Statement of Action required; revisit found sufficient progress on 3 of 4 significant weaknesses'
		);
		expect(summariseInspections([wsoa, revisit])!.details.at(-1)).toMatch(
			/Not yet inspected under the 2023 framework/
		);
		expect(summariseInspections([wsoa])!.details).toContain(
			'No revisit is recorded in Ofsted’s published data (to August 2022).'
		);
		expect(summariseInspections([wsoa])!.headline).toBe(
			'Written Statement of Action required; not yet revisited'
		);
		expect(summariseInspections([record({ wsoa_required: false })])!.headline).toBe(
			'No Written Statement of Action required'
		);
	});
	it('is null with no inspection', () => {
		expect(summariseInspections([])).toBeNull();
	});
	it('writes dates as boards do', () => {
		expect(formatDate('2023-06-09')).toBe('9 June 2023');
	});
});
