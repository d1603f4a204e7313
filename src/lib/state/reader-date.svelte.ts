import { localIsoDate } from '$lib/domain/as-of';

/**
 * The reader's date (YYYY-MM-DD), for judging "overdue" and "due date passed" on prerendered
 * pages, whose HTML was written on another day. Null until the page is live in the reader's
 * browser: the HTML and its first render in the browser then agree, and the judgement appears
 * once the root layout calls `read()` after each navigation (a tab left open overnight moves on).
 */
class ReaderDate {
	today = $state<string | null>(null);

	read(now = new Date()) {
		this.today = localIsoDate(now);
	}
}

export const readerDate = new ReaderDate();
