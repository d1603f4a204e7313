import type { RefKind, TableName } from './schemas';

/**
 * What one row of each table is called, and what each kind of reference points at, in the words
 * an officer uses: "147 action updates", "a risk". Messages from the import and the Your data
 * page count rows with these, so every count reads the same.
 */
const number = new Intl.NumberFormat('en-GB');

export const ROW_NOUNS: Record<TableName, readonly [one: string, many: string]> = {
	meetings: ['board meeting', 'board meetings'],
	local_indicators: ['local indicator figure', 'local indicator figures'],
	framework: ['outcomes framework measure', 'outcomes framework measures'],
	plans: ['plan', 'plans'],
	priorities: ['priority', 'priorities'],
	actions: ['action', 'actions'],
	action_updates: ['action update', 'action updates'],
	risks: ['risk', 'risks'],
	risk_reviews: ['risk review', 'risk reviews'],
	survey_responses: ['survey response row', 'survey response rows']
};

export const REF_NOUNS: Record<RefKind, readonly [one: string, many: string]> = {
	plans: ['plan', 'plans'],
	priorities: ['priority', 'priorities'],
	actions: ['action', 'actions'],
	risks: ['risk', 'risks'],
	indicators: ['indicator', 'indicators']
};

/** "1 action update", "1,200 action updates". */
export const countRows = (table: TableName, n: number) =>
	`${number.format(n)} ${ROW_NOUNS[table][n === 1 ? 0 : 1]}`;

/** "an action", "a risk". */
export const aRef = (kind: RefKind) =>
	`${kind === 'actions' || kind === 'indicators' ? 'an' : 'a'} ${REF_NOUNS[kind][0]}`;

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Up to `most` ids, then how many more: "2.4, 2.5, 3.1 and 4 more". */
export function someIds(ids: readonly string[], most = 5): string {
	if (ids.length <= most) return listWords(ids);
	return `${ids.slice(0, most).join(', ')} and ${number.format(ids.length - most)} more`;
}

/**
 * A row by its key, as an officer finds it in the file: "SR1"; a key of more than one column
 * as "1.6 (2025-06-03)".
 */
export function rowName(key: readonly string[]): string {
	const [first, ...rest] = key;
	const more = rest.filter((part) => part !== '');
	return more.length ? `${first} (${more.join(', ')})` : first;
}
