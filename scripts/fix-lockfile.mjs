// The npm registry mirror this project is built against serves only the linux-x64 build of
// @duckdb/node-bindings, so `npm install` leaves the other platforms' optional packages out
// of package-lock.json and `npm ci` then refuses the lock. This adds their lock entries
// (optional, with os/cpu) so `npm ci` works; on another platform npm fetches the right one.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const parent = lock.packages['node_modules/@duckdb/node-bindings'];
for (const [name, version] of Object.entries(parent?.optionalDependencies ?? {})) {
	const key = `node_modules/${name}`;
	if (lock.packages[key]) continue;
	const [, os, cpu] = /node-bindings-(\w+)-(\w+)$/.exec(name);
	lock.packages[key] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
	console.log(`added ${key}`);
}
lock.packages = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) =>
		a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
	)
);
writeFileSync('package-lock.json', JSON.stringify(lock, null, '\t') + '\n');
