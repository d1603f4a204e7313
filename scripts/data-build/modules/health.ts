import type { SourceModule } from './types';

// Placeholder: filled in by the issue-4 data work.
export const health: SourceModule = {
	name: 'health',
	sources: [],
	indicators: [],
	build: () => ({})
};
