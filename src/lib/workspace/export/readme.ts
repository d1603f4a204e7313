import { LAYOUTS, TABLE_NAMES, type Column, type TableName } from '../schemas';

/**
 * README.txt for a workspace export: what each file holds and how each column is written, so
 * an officer can edit the files in Excel and import them again. Built from the layouts, so it
 * cannot drift from what the import accepts.
 */
const REFERS: Record<NonNullable<Column['refersTo']>, string> = {
	plans: 'each must be a plan id in plans.csv, when that file has any rows',
	priorities: 'each must be a reference in priorities.csv, when that file has any rows',
	actions: 'each must be a reference in actions.csv',
	risks: 'each must be a risk id in risks.csv',
	indicators: 'each must be a published indicator id or an id in local_indicators.csv'
};

export function workspaceReadme(
	options: {
		area?: string;
		exportedAt?: string;
		/** Set when the export holds illustrative (made-up) rows, with the demo's label. */
		illustrative?: { label: string | null; tables?: readonly TableName[] } | null;
		/** True when the zip holds workspace.json. */
		manifest?: boolean;
		/** How many rows' references workspace.json lists as kept pointing at nothing. */
		missingReferences?: number;
	} = {}
): string {
	const lines = [
		`SEND Oversight — the area's own data${options.area ? ` for ${options.area}` : ''}`,
		...(options.exportedAt ? [`Exported ${options.exportedAt}.`] : []),
		'',
		...(options.illustrative
			? [
					'ILLUSTRATIVE — NOT REAL LOCAL DATA.',
					...(options.illustrative.label ? [`${options.illustrative.label}.`] : []),
					...(options.illustrative.tables?.length
						? [
								'These files hold made-up rows from a demo:',
								`${options.illustrative.tables.map((t) => `${t}.csv`).join(', ')}.`
							]
						: ['Some of these files hold made-up rows from a demo.']),
					'Importing this zip again keeps them labelled as illustrative; import your own files to',
					'replace them.',
					''
				]
			: []),
		...(options.manifest
			? [
					'workspace.json says which area the export is for, when it was made and whether it holds',
					'illustrative data. Keep it in the zip: the import reads it.',
					''
				]
			: []),
		...(options.missingReferences
			? [
					`Some rows (${options.missingReferences}) refer to an action, risk, priority, plan or indicator`,
					'that is not in these files: they were kept, flagged, when what they refer to was removed.',
					'workspace.json lists them, so importing this zip again keeps exactly those; any other',
					'reference to something missing is reported as a problem.',
					''
				]
			: []),
		'Each table is here as a CSV file (UTF-8) and, where exported, as an Excel workbook (.xlsx).',
		'Edit either in Excel and import it again on the Your data page; the import checks every row',
		'and shows any problems before anything changes.',
		'',
		'How cells are written',
		'- The first row holds the column headings. Case and spacing in headings do not matter.',
		'- Dates: DD/MM/YYYY or YYYY-MM-DD. Months: YYYY-MM or Apr 2025.',
		'- Numbers may have thousands separators (1,234) and a % sign.',
		'- Words such as statuses may be in any case.',
		'- Lists in one cell are separated by semicolons (;).',
		'- A blank cell means not known.',
		"- Text that starts with = + - or @ is written with an apostrophe in front (or, in .xlsx, Excel's",
		'  text prefix) so that a spreadsheet never runs it as a formula; the import removes it again.',
		''
	];
	for (const name of TABLE_NAMES) lines.push(...describeTable(name), '');
	return lines.join('\r\n');
}

function describeTable(name: TableName): string[] {
	const layout = LAYOUTS[name];
	const key = layout.key.map((k) => layout.columns.find((c) => c.key === k)?.header ?? k);
	const lines = [
		`${name}.csv — ${layout.title}`,
		'='.repeat(name.length + layout.title.length + 7),
		layout.about,
		`Each ${key.map((k) => `'${k}'`).join(' + ')} may appear only once.`,
		'Columns:'
	];
	for (const c of layout.columns as readonly Column[]) {
		lines.push(`- ${c.header}${c.required ? ' (required)' : ''}: ${c.format}. ${c.about}`);
		if (c.refersTo) lines.push(`    References: ${REFERS[c.refersTo]}.`);
		if (c.aliases.length > 0) lines.push(`    Also read under: ${c.aliases.join(', ')}.`);
	}
	return lines;
}
