import type { Inspection } from '../../src/lib/data/schemas';
import { areaForDfeCode, areaForOnsCode, type AreaIndex } from './areas';
import { fromRow, type SourceRow } from './csv-source';
import { SOURCES } from './sources';

export const INSPECTIONS_2016_COLUMNS = [
	'Local authority code',
	'Area name',
	'Inspection start date',
	'Inspection publication date',
	'Inspection outcome: written statement of action required?',
	'Number significant weaknesses identified in written statement of action',
	'Revisit start date',
	'Revisit publication date',
	'Revisit outcome: sufficient progress in addressing all significant weaknesses?',
	'Number significant weaknesses where sufficient progress has been made'
];
export const INSPECTIONS_2023_COLUMNS = [
	'old_la_code',
	'new_la_code',
	'local_authority',
	'outcome_grade',
	'outcome_label',
	'inspection_start_date',
	'publication_date',
	'next_inspection_by_date',
	'inspection_report_link'
];
export const SUMMARY_COLUMNS = [
	'la_code',
	'Inspection publication date (new inspection framework)',
	'Inspection outcome (new inspection framework)',
	'la_name'
];

const GRADE_LABELS: Record<number, string> = {
	1: 'Typically positive experiences and outcomes',
	2: 'Inconsistent experiences and outcomes',
	3: 'Widespread and/or systemic failings'
};

/** Joint Ofsted/CQC inspections and revisits under the 2016 framework (official statistics). */
function framework2016(index: AreaIndex, rows: SourceRow[]): Inspection[] {
	const col = (i: number) => INSPECTIONS_2016_COLUMNS[i];
	return rows.flatMap((row) => {
		const area_code = areaForOnsCode(index, row, col(0), col(1));
		const wsoa = row.oneOf(col(4), ['Yes', 'No'] as const) === 'Yes';
		const weaknesses = wsoa ? row.integer(col(5)) : null;
		const source = SOURCES.inspections2016.file;
		const out: Inspection[] = [
			fromRow(row, {
				area_code,
				framework: '2016',
				kind: 'inspection',
				start_date: row.date(col(2)),
				publication_date: row.date(col(3)),
				outcome_grade: null,
				outcome: wsoa
					? `Written statement of action required (${weaknesses} significant weaknesses)`
					: 'No written statement of action required',
				wsoa_required: wsoa,
				weaknesses,
				weaknesses_progress: null,
				next_inspection_due: null,
				report_url: null,
				source
			})
		];
		// "Not revisited yet" sits in the revisit date column when there was no revisit.
		const revisitStart = row.text(col(6));
		if (revisitStart && /^\d/.test(revisitStart)) {
			const verdict = row.oneOf(col(8), ['Yes', 'Some', 'No'] as const);
			const progress = verdict === 'Yes' ? weaknesses : verdict === 'No' ? 0 : row.integer(col(9));
			out.push(
				fromRow(row, {
					area_code,
					framework: '2016',
					kind: 'revisit',
					start_date: row.date(col(6)),
					publication_date: row.date(col(7)),
					outcome_grade: null,
					outcome:
						verdict === 'Yes'
							? 'Revisit: sufficient progress on all significant weaknesses'
							: `Revisit: sufficient progress on ${progress} of ${weaknesses} significant weaknesses`,
					wsoa_required: null,
					weaknesses,
					weaknesses_progress: progress,
					next_inspection_due: null,
					report_url: null,
					source
				})
			);
		}
		return out;
	});
}

/** 2023-framework outcomes from the report scrape (to Nov 2025). */
function framework2023(index: AreaIndex, rows: SourceRow[]): Inspection[] {
	return rows.map((row) => {
		const gradeText = row.text('outcome_grade');
		const grade = gradeText ? row.integer('outcome_grade') : null;
		if (grade !== null && !GRADE_LABELS[grade])
			row.fail('outcome_grade', `expected 1, 2 or 3, found ${grade}`);
		return fromRow(row, {
			area_code: areaForDfeCode(index, row, 'old_la_code', 'local_authority'),
			framework: '2023',
			kind: 'inspection',
			start_date: row.date('inspection_start_date'),
			publication_date: row.date('publication_date'),
			outcome_grade: grade,
			outcome: grade ? GRADE_LABELS[grade] : 'Outcome not recorded in the source summary',
			wsoa_required: null,
			weaknesses: null,
			weaknesses_progress: null,
			// The scrape writes "Next inspection time frame not found" and similar where it found no date.
			next_inspection_due: /^\d/.test(row.text('next_inspection_by_date'))
				? row.date('next_inspection_by_date')
				: null,
			report_url: row.text('inspection_report_link') || null,
			source: SOURCES.inspections2023.file
		});
	});
}

/**
 * The DfE summary (to Dec 2023) fills 2023-framework outcomes the scrape lacks
 * (such as Slough's grade), matched by area and publication date.
 */
function summaryOutcomes(index: AreaIndex, rows: SourceRow[], have: Inspection[]): Inspection[] {
	const out: Inspection[] = [];
	for (const row of rows) {
		const published = row.date(SUMMARY_COLUMNS[1]);
		if (!published) continue;
		const label = row.oneOf(SUMMARY_COLUMNS[2], Object.values(GRADE_LABELS));
		const grade = Number(Object.entries(GRADE_LABELS).find(([, l]) => l === label)![0]);
		const area_code = areaForOnsCode(index, row, SUMMARY_COLUMNS[0], SUMMARY_COLUMNS[3]);
		const same = have.find(
			(i) => i.framework === '2023' && i.area_code === area_code && i.publication_date === published
		);
		if (same) {
			if (same.outcome_grade === null)
				Object.assign(same, { outcome_grade: grade, outcome: label });
			continue;
		}
		out.push(
			fromRow(row, {
				area_code,
				framework: '2023',
				kind: 'inspection',
				start_date: null,
				publication_date: published,
				outcome_grade: grade,
				outcome: label,
				wsoa_required: null,
				weaknesses: null,
				weaknesses_progress: null,
				next_inspection_due: null,
				report_url: null,
				source: SOURCES.inspectionSummary.file
			})
		);
	}
	return out;
}

export function buildInspections(
	index: AreaIndex,
	sources: { official2016: SourceRow[]; outcomes2023: SourceRow[]; summary: SourceRow[] }
): Inspection[] {
	const inspections = [
		...framework2016(index, sources.official2016),
		...framework2023(index, sources.outcomes2023)
	];
	return [...inspections, ...summaryOutcomes(index, sources.summary, inspections)];
}
