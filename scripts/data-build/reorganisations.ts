/**
 * Local government reorganisations that break LA series (listed in the reference data
 * README), keyed by DfE 3-digit code. New areas' series start in the year given; the
 * areas they replaced are kept as 'former' areas so their history is shown, never joined.
 */
export type Reorganisation = { note: string; seriesStarts: number | null; successors?: string[] };

export const REORGANISATIONS: Record<string, Reorganisation> = {
	// Dorset and Bournemouth, Christchurch and Poole, April 2019
	'838': {
		note: 'Dorset Council replaced Dorset County Council in April 2019 on new boundaries (Christchurch moved to BCP); figures before 2019 are for the former county and are not joined.',
		seriesStarts: 2019
	},
	'839': {
		note: 'Bournemouth, Christchurch and Poole was created in April 2019 from Bournemouth, Poole and part of Dorset; there are no figures for it before 2019.',
		seriesStarts: 2019
	},
	'835': {
		note: 'Former Dorset County Council, abolished in April 2019.',
		seriesStarts: null,
		successors: ['838', '839']
	},
	'836': {
		note: 'Former Borough of Poole, abolished in April 2019.',
		seriesStarts: null,
		successors: ['839']
	},
	'837': {
		note: 'Former Borough of Bournemouth, abolished in April 2019.',
		seriesStarts: null,
		successors: ['839']
	},
	// Northamptonshire, April 2021
	'940': {
		note: 'North Northamptonshire was created in April 2021 when Northamptonshire was split; there are no figures for it before 2021.',
		seriesStarts: 2021
	},
	'941': {
		note: 'West Northamptonshire was created in April 2021 when Northamptonshire was split; there are no figures for it before 2021.',
		seriesStarts: 2021
	},
	'928': {
		note: 'Former Northamptonshire County Council, split in April 2021.',
		seriesStarts: null,
		successors: ['940', '941']
	},
	// Cumbria, April 2023
	'942': {
		note: 'Cumberland was created in April 2023 when Cumbria was split; there are no figures for it before 2023.',
		seriesStarts: 2023
	},
	'943': {
		note: 'Westmorland and Furness was created in April 2023 when Cumbria was split; there are no figures for it before 2023.',
		seriesStarts: 2023
	},
	'909': {
		note: 'Former Cumbria County Council, split in April 2023.',
		seriesStarts: null,
		successors: ['942', '943']
	},
	// Unitary councils on the same boundary: the series continue.
	'815': {
		note: 'North Yorkshire became a unitary council in April 2023 on the same boundary, so its series continues.',
		seriesStarts: null
	},
	'933': {
		note: 'Somerset became a unitary council in April 2023 on the same boundary, so its series continues.',
		seriesStarts: null
	},
	'825': {
		note: 'Buckinghamshire became a unitary council in April 2020 on the same boundary, so its series continues (its ONS code changed for some years).',
		seriesStarts: null
	}
};
