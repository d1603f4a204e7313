import type { SourceModule } from './types';

// Placeholder: filled in by the issue-4 data work.
export const sen2Release2022: SourceModule = {
	name: 'sen2-release-2022',
	sources: [],
	indicators: [],
	build: () => ({})
};
