// Brings up the stack (Kafka, Elasticsearch, PostgreSQL, Apertium, the extractor and recognisers): with Docker when an engine answers,
// otherwise from real binaries through deploy/local/stack.
import { execFileSync, spawnSync } from 'node:child_process';
import { root } from './services.mjs';

export function dockerEngineAnswers() {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

const stackScript = `${root}/deploy/local/stack`;

/** Is every installed component of the local stack already up? */
export function localStackRunning() {
  return spawnSync(stackScript, ['status'], { stdio: 'ignore' }).status === 0;
}

export function localStack(command, ...components) {
  execFileSync(stackScript, [command, ...components], { stdio: 'inherit' });
}
