// Serves the built site (run `npm run build` first) on http://127.0.0.1:4173 with gzip.
import { startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ root: 'build', port });
console.log(`SEND Oversight: ${url}/area/E06000033 (Ctrl+C to stop)`);
