#!/usr/bin/env node
// `npm test`: build, unit tests, then integration and end-to-end tests against the real stack,
// which it starts (and afterwards stops) itself. Ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { root } from './lib/services.mjs';
import { dockerEngineAnswers, localStack, localStackRunning } from './lib/stack.mjs';

const e2eOnly = process.argv.includes('--e2e-only');
const reports = `${root}/.data/test-reports`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
}

function vitest(project) {
  return run('npx', [
    'vitest', 'run', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${project}.json`,
  ]);
}

/** The short fault-injection run (scripts/chaos.mjs): its checks count as tests. */
function chaos() {
  const result = spawnSync(process.execPath, ['scripts/chaos.mjs', '--short'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  const [, passed, failed] = /^chaos: (\d+) passed, (\d+) failed$/m.exec(result.stdout ?? '') ?? [];
  return passed === undefined ? { passed: 0, failed: 1 } : { passed: Number(passed), failed: Number(failed) };
}

function counts(project) {
  try {
    const report = JSON.parse(readFileSync(`${reports}/${project}.json`, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrors ?? 0) };
  } catch {
    return { passed: 0, failed: 1 }; // the project did not even report: count it as a failure
  }
}

let failedSteps = 0;
if (run('npx', ['tsc', '-b']) !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const projects = e2eOnly ? [] : ['unit'];
const extra = [];
if (!e2eOnly) failedSteps += vitest('unit') === 0 ? 0 : 1;

// A running local stack is reused; otherwise Docker (testcontainers, in the e2e global setup)
// when an engine answers, else the local stack from real binaries, stopped again afterwards.
const stackWasUp = localStackRunning();
const useDocker = !stackWasUp && !process.env.DEMARCHE_NO_DOCKER && dockerEngineAnswers();
if (useDocker) process.env.DEMARCHE_TEST_STACK = 'docker';
const ownLocalStack = !stackWasUp && !useDocker;
try {
  if (ownLocalStack) localStack('up');
  projects.push('e2e');
  failedSteps += vitest('e2e') === 0 ? 0 : 1;
  // Chaos restarts Kafka and Elasticsearch through the local stack, so it runs only there.
  if (!useDocker && !process.env.DEMARCHE_SKIP_CHAOS) extra.push(chaos());
} catch (error) {
  console.error(`the local stack did not come up: ${error.message}`);
  failedSteps++;
} finally {
  if (ownLocalStack) localStack('down');
}

const total = [...projects.map(counts), ...extra].reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), {
  passed: 0,
  failed: 0,
});
const failed = Math.max(total.failed, failedSteps > 0 && total.failed === 0 ? 1 : 0);
console.log(`tests: ${total.passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
