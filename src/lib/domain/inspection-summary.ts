export type InspectionRecord = {
	framework: '2016' | '2023';
	kind: 'inspection' | 'revisit';
	publication_date: string | null;
	start_date: string | null;
	outcome_grade: number | null;
	outcome: string;
	wsoa_required: boolean | null;
	weaknesses: number | null;
	weaknesses_progress: number | null;
	next_inspection_due: string | null;
	report_url: string | null;
};

export type InspectionSummary = {
	/** The outcome in the inspectorate's words. */
	headline: string;
	framework: '2016' | '2023';
	grade: number | null;
	published: string | null;
	/** Earlier history and what follows, one sentence each. */
	details: string[];
	nextDue: string | null;
	reportUrl: string | null;
};

/** An area's latest inspection, with how every LA's latest 2023-framework grade falls, for context. */
export type InspectionOverview = {
	summary: InspectionSummary | null;
	/** How many LAs have each 2023-framework grade as their latest outcome. */
	englandGrades: { grade: number; areas: number }[];
};

const byDate = (a: InspectionRecord, b: InspectionRecord) =>
	(a.publication_date ?? a.start_date ?? '').localeCompare(
		b.publication_date ?? b.start_date ?? ''
	);

/** A date as boards write it: "9 June 2023". */
export function formatDate(iso: string): string {
	return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/**
 * The latest area SEND inspection outcome: the 2023-framework grade where there is one,
 * else the 2016-framework outcome (was a Written Statement of Action required, and what
 * the revisit found).
 */
export function summariseInspections(
	records: readonly InspectionRecord[]
): InspectionSummary | null {
	const sorted = [...records].sort(byDate);
	const latest2023 = sorted.filter((r) => r.framework === '2023').at(-1);
	const inspections2016 = sorted.filter((r) => r.framework === '2016' && r.kind === 'inspection');
	const last2016 = inspections2016.at(-1);
	const revisit = sorted.filter((r) => r.framework === '2016' && r.kind === 'revisit').at(-1);

	const history2016: string[] = [];
	if (last2016) {
		const when = last2016.publication_date
			? ` (published ${formatDate(last2016.publication_date)})`
			: '';
		history2016.push(
			last2016.wsoa_required
				? `2016 framework: a Written Statement of Action was required${when}, for ${last2016.weaknesses} significant weaknesses.`
				: `2016 framework: no Written Statement of Action was required${when}.`
		);
		if (revisit) {
			const when = revisit.publication_date
				? ` (published ${formatDate(revisit.publication_date)})`
				: '';
			history2016.push(
				revisit.weaknesses_progress === revisit.weaknesses
					? `The revisit${when} found sufficient progress on all ${revisit.weaknesses} weaknesses.`
					: `The revisit${when} found sufficient progress on ${revisit.weaknesses_progress} of ${revisit.weaknesses} weaknesses.`
			);
		} else if (last2016.wsoa_required)
			history2016.push('No revisit is recorded in Ofsted’s published data (to August 2022).');
	}

	if (latest2023) {
		return {
			headline: latest2023.outcome,
			framework: '2023',
			grade: latest2023.outcome_grade,
			published: latest2023.publication_date,
			details: history2016,
			nextDue: latest2023.next_inspection_due,
			reportUrl: latest2023.report_url
		};
	}
	if (last2016) {
		history2016.push(
			'Not yet inspected under the 2023 framework in the published records (to November 2025).'
		);
		return {
			headline: last2016.wsoa_required
				? revisit
					? revisit.outcome.replace(
							/^Revisit: s/,
							'Written Statement of Action required; revisit found s'
						)
					: 'Written Statement of Action required; not yet revisited'
				: 'No Written Statement of Action required',
			framework: '2016',
			grade: null,
			published: revisit?.publication_date ?? last2016.publication_date,
			details: history2016,
			nextDue: null,
			reportUrl: null
		};
	}
	return null;
}
