import { describe, expect, it } from 'vitest';
import shipped from '../../site.config.json';
import { DEFAULT_SITE_CONFIG, siteConfigProblems, siteConfigSchema } from './site-config';

const problems = (raw: unknown) => {
	const result = siteConfigSchema.safeParse(raw);
	return result.success ? [] : siteConfigProblems(result.error);
};

describe('site.config.json', () => {
	it('by default: no default area, the title "SEND Oversight", no logo, the demo offered', () => {
		expect(DEFAULT_SITE_CONFIG).toEqual({
			title: 'SEND Oversight',
			defaultArea: null,
			logo: null,
			logoAlt: '',
			demo: true
		});
		expect(siteConfigSchema.parse(shipped)).toEqual(DEFAULT_SITE_CONFIG);
	});

	it('takes a council’s own area, title and logo', () => {
		expect(
			siteConfigSchema.parse({
				title: ' Kirklees SEND board ',
				defaultArea: 'E08000034',
				logo: '/images/kirklees.svg',
				logoAlt: 'Kirklees Council'
			})
		).toEqual({
			title: 'Kirklees SEND board',
			defaultArea: 'E08000034',
			logo: '/images/kirklees.svg',
			logoAlt: 'Kirklees Council',
			demo: true
		});
	});

	it('names the setting and says what is wrong', () => {
		expect(problems({ defaultArea: 'Kirklees' })).toEqual([
			'defaultArea: must be the 9-character ONS code of a local authority, like "E08000034" (Kirklees)'
		]);
		expect(problems({ defaultArea: 'E92000001' })).toHaveLength(1); // England is not an LA
		expect(problems({ title: '   ' })).toEqual(['title: must not be empty']);
		expect(problems({ logo: 'logo.svg' })).toEqual([
			'logo: must be the path of an image in static/, starting with "/", like "/logo.svg"'
		]);
		expect(problems({ logo: '/../secrets.png' })).toEqual(['logo: must not leave static/']);
		expect(problems({ demo: 'no' })[0]).toMatch(/^demo: /);
	});

	it('refuses a mistyped setting rather than ignoring it', () => {
		expect(problems({ defaultarea: 'E08000034' })).toEqual([
			'unknown setting "defaultarea" (the settings are: title, defaultArea, logo, logoAlt, demo)'
		]);
	});
});
