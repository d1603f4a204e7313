import type { SourceModule } from './types';

// Placeholder: filled in by the issue-4 data work.
export const attainment: SourceModule = {
	name: 'attainment',
	sources: [],
	indicators: [],
	build: () => ({})
};
