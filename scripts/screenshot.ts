// Dev aid: npx tsx scripts/screenshot.ts <url> <out.png> [width]
import { launchBrowser } from './chromium';

const [url, out, width = '1280'] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
console.log(
	'engine:',
	await page.locator('[data-testid=engine-status]').getAttribute('data-status')
);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
