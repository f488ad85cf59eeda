#!/usr/bin/env node
// Runs before `npm start`, `npm run demo` and `npm test` (npm's pre-scripts), so that each works
// from a fresh clone: installs the npm dependencies when they are missing or older than the lock file.
// Node built-ins only: nothing else is installed yet when this runs.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = `${root}/node_modules/.package-lock.json`;
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(`${root}/package-lock.json`).mtimeMs;

if (stale) {
  console.log('setup: installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
