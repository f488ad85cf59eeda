#!/usr/bin/env node
// Runs before `npm start`, `npm run demo` and `npm test` (npm's pre-scripts) and from .ci/run, so
// that each works from a fresh clone on a fresh Debian machine. Idempotent, and says what it does:
//   1. the system packages (deploy/local/install-system-deps), as root or with passwordless sudo;
//      otherwise it stops at once with the command to run;
//   2. the npm dependencies, when missing or older than the lock file;
//   3. the stack's downloads (Kafka, Elasticsearch and the rest: `deploy/local/stack fetch`).
// With a Docker engine (and no DEMARCHE_NO_DOCKER) the stack comes from images: 1 and 3 are skipped.
// Node built-ins only: nothing else is installed yet when this runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const systemDeps = `${root}/deploy/local/install-system-deps`;
const log = (line) => console.log(`setup: ${line}`);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

function stop(lines) {
  for (const line of lines) console.error(`setup: ${line}`);
  process.exit(1);
}

function dockerEngineAnswers() {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

function systemPackages() {
  const check = spawnSync(systemDeps, ['--check'], { encoding: 'utf8' });
  if (check.status === 0) return log('system packages: all installed');
  const missing = check.stdout.trim() || 'the packages listed in deploy/local/install-system-deps';
  if (!existsSync('/etc/debian_version') || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
    stop([
      `missing system packages: ${missing}`,
      'this is not a Debian machine: install their equivalents (see deploy/local/README.md), or run',
      'with a Docker engine (npm start then uses docker compose), and try again.',
    ]);
  }
  log(`installing system packages: ${missing} (deploy/local/install-system-deps; a few minutes the first time)`);
  if (process.getuid?.() === 0) return run(systemDeps, []);
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return run('sudo', ['-n', systemDeps]);
  stop([`missing system packages: ${missing}`, 'not root and no passwordless sudo; run this once, then try again:', `  sudo deploy/local/install-system-deps`]);
}

function npmDependencies() {
  const marker = `${root}/node_modules/.package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${root}/package-lock.json`).mtimeMs) {
    return log('npm dependencies: up to date');
  }
  log('installing npm dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const docker = !process.env.DEMARCHE_NO_DOCKER && dockerEngineAnswers();
if (!docker) systemPackages();
npmDependencies();
if (!docker) {
  log('stack downloads (deploy/local/stack fetch; cached after the first run)');
  run(`${root}/deploy/local/stack`, ['fetch']);
}
