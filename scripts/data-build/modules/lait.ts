import type { SourceModule } from './types';

// Placeholder: filled in by the issue-4 data work.
export const lait: SourceModule = {
	name: 'lait',
	sources: [],
	indicators: [],
	build: () => ({})
};
