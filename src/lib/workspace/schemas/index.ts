import type { z } from 'zod';
import { actionUpdatesLayout } from './action-updates';
import { actionsLayout } from './actions';
import { frameworkLayout } from './framework';
import { TABLE_NAMES, type TableLayout, type TableName } from './layout';
import { localIndicatorsLayout } from './local-indicators';
import { meetingsLayout } from './meetings';
import { plansLayout } from './plans';
import { prioritiesLayout } from './priorities';
import { riskReviewsLayout } from './risk-reviews';
import { risksLayout } from './risks-layout';
import { surveyResponsesLayout } from './survey-responses';

/** Every workspace table's layout by name: the one place the import and export code looks up. */
export const LAYOUTS = {
	meetings: meetingsLayout,
	local_indicators: localIndicatorsLayout,
	framework: frameworkLayout,
	plans: plansLayout,
	priorities: prioritiesLayout,
	actions: actionsLayout,
	action_updates: actionUpdatesLayout,
	risks: risksLayout,
	risk_reviews: riskReviewsLayout,
	survey_responses: surveyResponsesLayout
} as const satisfies { [T in TableName]: TableLayout };

export type RowOf<T extends TableName> = z.output<(typeof LAYOUTS)[T]['schema']>;

/** An area's local data: every table's rows. */
export type Workspace = { [T in TableName]: RowOf<T>[] };

export function emptyWorkspace(): Workspace {
	return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as Workspace;
}

/** The layout of a table, typed loosely for code that treats every table alike. */
export function layoutOf(table: TableName): TableLayout {
	return LAYOUTS[table] as unknown as TableLayout;
}

export { TABLE_NAMES, type TableLayout, type TableName };
export type { Column, RefKind, CellOut } from './columns';
