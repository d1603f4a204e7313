/**
 * Plain-words explanations of the terms a board member meets in the app, in one place, so a
 * "?" tip (`Term.svelte`) says the same on the overview, the profile and every tile. Each entry
 * says how the term is written in running text (`match`), so sentences written from the data
 * can be given their tips where the term is first used.
 */
export type GlossaryEntry = {
	/** What the "?" button asks about: "What is {label}?". */
	label: string;
	explain: string;
	/** How the term appears in text; the first match in a passage gets the tip. */
	match: RegExp;
};

export const GLOSSARY = {
	statistical_neighbours: {
		label: 'statistical neighbours',
		explain:
			'DfE’s 10 most similar local authorities to this one (May 2025 groups), by population and need. Comparing with them is fairer than comparing with England alone.',
		match: /statistical neighbours(?!’)/i
	},
	neighbours_average: {
		label: 'the neighbours’ average',
		explain:
			'DfE’s 10 statistical neighbours are the local authorities most like this one (May 2025). Their average is the simple mean of those with a figure for this period; “(9 of 10)” means one had none.',
		match: /(statistical )?neighbours’ average/i
	},
	area_send_inspection: {
		label: 'an area SEND inspection',
		explain:
			'Ofsted and the Care Quality Commission (CQC) inspect how well the council, health services and schools in an area work together for children with SEND. Under the 2016 framework a Written Statement of Action (WSoA) was required where there were significant weaknesses; since 2023 each area gets one of three outcomes.',
		match: /area SEND inspection/i
	},
	written_statement_of_action: {
		label: 'a Written Statement of Action',
		explain:
			'Under the 2016 inspection framework, the plan the council and health services had to write, and were revisited on, where inspectors found significant weaknesses.',
		match: /Written Statement of Action/i
	},
	ehc_plan: {
		label: 'an EHC plan',
		explain:
			'An education, health and care (EHC) plan is a legal document for a child or young person aged 0 to 25 with special educational needs. It sets out their needs and the support the council must make sure they get.',
		match: /\bEHC plans?\b/i
	},
	sen_support: {
		label: 'SEN support',
		explain:
			'Pupils with special educational needs whose help is arranged by their school, without an EHC plan.',
		match: /\bSEN support\b/i
	},
	primary_need: {
		label: 'a primary need',
		explain:
			'The main type of special educational need recorded for a child with an EHC plan, such as autism or speech, language and communication needs.',
		match: /\bprimary needs?\b/i
	},
	exceptions: {
		label: 'exceptions',
		explain:
			'The law lets some plans take longer than 20 weeks, for example when a school is closed for the holidays or because of exceptional family circumstances. “Excluding exceptions” leaves those plans out; “including exceptions” counts every plan.',
		match: /\bexceptions\b/i
	},
	ks2: {
		label: 'KS2 (key stage 2)',
		explain:
			'Key stage 2 is the last four years of primary school (Years 3 to 6, ages 7 to 11). Its results are from the national tests taken in Year 6, at age 10 to 11.',
		match: /\bKS2\b/
	},
	sen_gap: {
		label: 'the SEN gap',
		explain:
			'The figure for pupils with special educational needs (SEN) minus the figure for pupils with none. It is below zero where pupils with SEN do less well; closer to zero is better.',
		match: /\bSEN gap\b/i
	},
	attainment_8: {
		label: 'Attainment 8',
		explain:
			'A pupil’s grades in eight GCSE-level qualifications at age 16 added together, with English and maths counted twice; the most a pupil can score is 90. The figure is the average of the pupils in the group.',
		match: /\bAttainment 8\b/i
	},
	progress_8: {
		label: 'Progress 8',
		explain:
			'How pupils’ GCSE results at age 16 compare with those of pupils nationally who had similar results at the end of primary school. 0 is the national average; −1 means, on average, one grade lower in each of eight qualifications than similar pupils.',
		match: /\bProgress 8\b/i
	},
	persistent_absence: {
		label: 'persistent absence',
		explain:
			'A pupil is persistently absent when they miss 10% or more of the school sessions they could have attended.',
		match: /\bpersistent(ly)? absen(ce|t)\b/i
	},
	sustained_destination: {
		label: 'a sustained destination',
		explain:
			'A young person has a sustained destination when they stayed in education, an apprenticeship or a job for at least two terms (October to March) of the year after they finished the stage of education.',
		match: /\bsustained destinations?\b/i
	},
	level_3: {
		label: 'Level 3',
		explain:
			'A qualification at the level of two A levels, such as A levels, a level 3 BTEC or an advanced apprenticeship. “Level 3 at 19” is the share of young people who had one by the age of 19.',
		match: /\bLevel 3\b/i
	},
	sen2: {
		label: 'SEN2',
		explain:
			'The return every council makes to the Department for Education (DfE) each January about its EHC plans, requests and assessments. DfE publishes it as “Education, health and care plans”.',
		match: /\bSEN2\b/
	},
	lait: {
		label: 'LAIT',
		explain:
			'The Local Authority Interactive Tool: the Department for Education’s collection of published figures about children and young people for every council in England, with comparisons.',
		match: /\bLAIT\b/
	}
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryTerm = keyof typeof GLOSSARY;

/** A stretch of text, and the glossary term it is, where it is one. */
export type Segment = { text: string; term: GlossaryTerm | null };

/**
 * A passage (its sentences, in order) split so each glossary term gets its tip where it is first
 * used in the passage, and not again after. Pure: the same sentences always split the same way.
 */
export function glossPassage(sentences: readonly string[]): Segment[][] {
	const seen = new Set<GlossaryTerm>();
	const terms = Object.keys(GLOSSARY) as GlossaryTerm[];
	return sentences.map((sentence) => {
		const segments: Segment[] = [];
		let rest = sentence;
		for (;;) {
			let first: { term: GlossaryTerm; index: number; text: string } | null = null;
			for (const term of terms) {
				if (seen.has(term)) continue;
				const m = GLOSSARY[term].match.exec(rest);
				if (m && (!first || m.index < first.index)) first = { term, index: m.index, text: m[0] };
			}
			if (!first) break;
			if (first.index > 0) segments.push({ text: rest.slice(0, first.index), term: null });
			segments.push({ text: first.text, term: first.term });
			seen.add(first.term);
			rest = rest.slice(first.index + first.text.length);
		}
		if (rest) segments.push({ text: rest, term: null });
		return segments;
	});
}
