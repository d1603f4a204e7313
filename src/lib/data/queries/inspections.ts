import {
	summariseInspections,
	type InspectionOverview,
	type InspectionRecord
} from '../../domain/inspection-summary';
import type { QueryRunner } from '../query-runner';

export async function getInspectionOverview(
	run: QueryRunner,
	areaCode: string
): Promise<InspectionOverview> {
	const records = (await run(
		`SELECT framework, kind, publication_date, start_date, outcome_grade, outcome, wsoa_required,
		        weaknesses, weaknesses_progress, next_inspection_due, report_url
		 FROM inspections WHERE area_code = ?`,
		[areaCode]
	)) as unknown as InspectionRecord[];
	const englandGrades = (await run(
		`SELECT outcome_grade AS grade, count(*)::INTEGER AS areas FROM (
		   SELECT area_code, arg_max(outcome_grade, publication_date) AS outcome_grade
		   FROM inspections WHERE framework = '2023' GROUP BY area_code)
		 WHERE outcome_grade IS NOT NULL GROUP BY ALL ORDER BY grade`
	)) as { grade: number; areas: number }[];
	return { summary: summariseInspections(records), englandGrades };
}
