/**
 * Notes beside a measure's figure where two published counts of the "same" thing differ, in the
 * publisher's terms (DfE, Education, health and care plans: data guidance for the
 * timeliness_20_week and newplans files, and footnote 4 of the 2022 release's sen2_mi file).
 */
export type CountNote = { label: string; text: string };

const TIMELINESS: CountNote = {
	label: 'Why the number of plans here differs from “new EHC plans”',
	text: 'DfE counts the two at different points. 20-week timeliness counts the EHC plans issued during the calendar year (“the number of plans issued and whether the issue of those plans met the statutory timeframe”), measured from the request for an EHC needs assessment to the issue of the final plan. “New EHC plans” counts “the number of EHC plans which start during the calendar year”, by the plan’s start date. So the two totals for a year need not match. Up to 2022, DfE also based timeliness only on assessments completed within the year where no mediation or tribunal had taken place.'
};

export const COUNT_NOTES: Record<string, CountNote> = {
	pct_within_20wk_incl_exceptions: TIMELINESS,
	pct_within_20wk_excl_exceptions: TIMELINESS,
	new_ehc_plans: {
		label: 'Why this differs from the number of plans in 20-week timeliness',
		text: 'DfE counts the two at different points. “New EHC plans” counts “the number of EHC plans which start during the calendar year”, by the plan’s start date. 20-week timeliness counts the EHC plans issued during the calendar year (“the number of plans issued and whether the issue of those plans met the statutory timeframe”), measured from the request for an EHC needs assessment to the issue of the final plan. So the two totals for a year need not match. Up to 2022, DfE also based timeliness only on assessments completed within the year where no mediation or tribunal had taken place.'
	}
};

export const countNote = (indicatorId: string): CountNote | null =>
	COUNT_NOTES[indicatorId] ?? null;
