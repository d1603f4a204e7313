/**
 * The workspace core: the area's own tables (schemas and CSV layouts), importing a CSV or .xlsx
 * into a checked report, and exporting tables, templates and the whole workspace. Pure
 * functions over bytes and rows — no Svelte, no storage, no clock — so the Your data page, a
 * build script and the tests all call the same code.
 */
export {
	LAYOUTS,
	TABLE_NAMES,
	emptyWorkspace,
	layoutOf,
	type CellOut,
	type Column,
	type RefKind,
	type RowOf,
	type TableLayout,
	type TableName,
	type Workspace
} from './schemas';
// Row types, and the words each status is written in (the first word is the one to show).
export type { Meeting } from './schemas/meetings';
export { POLARITY_WORDS, UNIT_WORDS, type LocalIndicator } from './schemas/local-indicators';
export { COMPARATOR_WORDS, type FrameworkMeasure } from './schemas/framework';
export {
	INSPECTION_OUTCOME_WORDS,
	PLAN_STATUS_WORDS,
	PLAN_TYPE_WORDS,
	type InspectionOutcome,
	type Plan,
	type PlanStatus,
	type PlanType
} from './schemas/plans';
export type { Priority } from './schemas/priorities';
export type { Milestone } from './schemas/milestones';
export { ACTION_STATUS_WORDS, type Action, type ActionStatus } from './schemas/actions';
export type { ActionUpdate } from './schemas/action-updates';
export { ESCALATION_WORDS, RISK_STATUS_WORDS, type Risk } from './schemas/risks';
export type { RiskReview } from './schemas/risk-reviews';
export { RESPONDENT_WORDS, type SurveyResponse } from './schemas/survey-responses';

export {
	importTable,
	importRows,
	isEmptyTable,
	summariseReport,
	type ImportOptions,
	type ImportReport
} from './import/import-table';
export {
	importWorkspaceZip,
	type WorkspaceImport,
	type WorkspaceImportOptions
} from './import/workspace-zip';
export { MANIFEST_NAME, manifestSchema, type WorkspaceManifest } from './import/zip-manifest';
export {
	planWorkspaceImport,
	type TableReplacement,
	type WorkspacePlan
} from './import/workspace-plan';
export { checkSize } from './import/read-file';
export { DEFAULT_LIMITS, withLimits, type ImportLimits } from './import/limits';
export type { Problem } from './import/problems';
export type { KnownIds } from './import/table-checks';
export { knownIds } from './known-ids';
export {
	groupMissing,
	missingReferences,
	missingWords,
	type MissingGroup,
	type MissingReference
} from './missing-references';
export {
	dependentsOf,
	type DependentGroup,
	type Dependents,
	type TableRemoval
} from './dependents';
export { keptReferences, type KeptReference } from './kept-references';
export { ROW_NOUNS, REF_NOUNS, countRows, rowName, someIds } from './row-words';
export type { RowReference } from './references';

export { exportCsv } from './export/csv-write';
export { exportXlsx, templateCsv, templateXlsx } from './export/xlsx-table';
export { exportWorkspaceZip, type WorkspaceExportOptions } from './export/workspace-zip';
export { workspaceReadme } from './export/readme';
