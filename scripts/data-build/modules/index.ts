import { attainment } from './attainment';
import { health } from './health';
import { lait } from './lait';
import { sen2Release2022 } from './sen2-release-2022';
import { sen2Release2025 } from './sen2-release-2025';
import type { SourceModule } from './types';

/** Every family of published files beyond the core SEN2 series, tribunal, neighbours and inspections. */
export const SOURCE_MODULES: SourceModule[] = [
	sen2Release2025,
	sen2Release2022,
	lait,
	attainment,
	health
];
