import type { SourceModule } from './types';

// Placeholder: filled in by the issue-4 data work.
export const sen2Release2025: SourceModule = {
	name: 'sen2-release-2025',
	sources: [],
	indicators: [],
	build: () => ({})
};
