import { NEED_INDICATORS } from './sen2-2025/needs';
import { PLACEMENT_INDICATORS } from './sen2-2025/placement';
import { PROCESS_INDICATORS } from './sen2-2025/process';
import { buildObservations, catalogueRow, type Sen2Indicator } from './sen2-2025/shared';
import type { SourceModule } from './types';

/**
 * The SEN2 reporting-year 2025 release (DfE "Education, health and care plans"), beyond the
 * headline series the harmonised files already carry (plans in force, new plans, requests,
 * refusals, 20-week timeliness): where children with a plan are educated, their primary need,
 * and the rest of the process — requests, assessments, ceased plans and annual reviews.
 *
 * Percentages are DfE's own; a few DfE does not publish are computed from its published counts
 * and say so in their caveats. Codes (x) stay missing values with their code, never 0.
 */
const SEN2_2025: Sen2Indicator[] = [
	...PLACEMENT_INDICATORS,
	...NEED_INDICATORS,
	...PROCESS_INDICATORS
];

const files = [...new Set(SEN2_2025.map((i) => i.file))];

export const sen2Release2025: SourceModule = {
	name: 'sen2-release-2025',
	sources: files.map((f) => f.source),
	indicators: SEN2_2025.map((i) => catalogueRow(i.text, i.file.source)),
	build: (index, read) => ({ observations: buildObservations(index, read, SEN2_2025) })
};
