/**
 * A problem in a published file, named so that whoever refreshes the data can find it:
 * file, spreadsheet row (the header is row 1), column, what was expected and what was found.
 */
export class DataBuildError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string,
		readonly where: { row?: number; column?: string } = {}
	) {
		const at = [where.row && `row ${where.row}`, where.column && `column '${where.column}'`]
			.filter(Boolean)
			.join(', ');
		super(`${file}${at ? `, ${at}` : ''}: ${problem}`);
		this.name = 'DataBuildError';
	}
}
