import { describe, expect, it } from 'vitest';
import { countNote } from './count-notes';

describe('count notes', () => {
	it('explains on both measures why timeliness and new EHC plans count differently', () => {
		for (const id of ['pct_within_20wk_incl_exceptions', 'pct_within_20wk_excl_exceptions']) {
			expect(countNote(id)?.label).toMatch(/differs from “new EHC plans”/);
			expect(countNote(id)?.text).toMatch(/plans issued/);
		}
		expect(countNote('new_ehc_plans')?.text).toMatch(/start during the calendar year/);
		expect(countNote('requests_received')).toBeNull();
	});
});
