// The faults a chaos run injects: SIGKILL of one service (restarted a few seconds later) and a
// restart of Kafka or Elasticsearch through the local stack script.
import { execFile } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root, startServices, waitReady } from '../services.mjs';

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The six services of a run: started, killed and restarted by name; each one's output appended to `<logDir>/<name>.log`. */
export class ServiceFleet {
  constructor({ envFor, logDir, quiet = true }) {
    this.envFor = envFor;
    this.logDir = logDir;
    this.quiet = quiet;
    this.services = new Map();
    mkdirSync(logDir, { recursive: true });
  }

  start(names) {
    const started = names.map((name) => {
      const [service] = startServices(this.envFor(name), { quiet: this.quiet, only: [name] });
      const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
      log.write(`--- started pid ${service.child.pid} at ${new Date().toISOString()}\n`);
      service.child.stdout.pipe(log, { end: false });
      service.child.stderr.pipe(log, { end: false });
      service.child.once('exit', (code, signal) => log.end(`--- exited code ${code} signal ${signal} at ${new Date().toISOString()}\n`));
      this.services.set(name, service);
      return service;
    });
    return waitReady(started, 120_000);
  }

  get all() {
    return [...this.services.values()];
  }

  /** kill -9, wait `downMs`, start again and wait until it is ready. */
  async killAndRestart(name, downMs) {
    const service = this.services.get(name);
    const exited = new Promise((r) => (service.child.exitCode !== null ? r() : service.child.once('exit', r)));
    service.child.kill('SIGKILL');
    await exited;
    await sleep(downMs);
    await this.start([name]);
  }

  /** Resolves once every service answers ready (or throws after `timeoutMs`). */
  async allReady(timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    for (const service of this.all) {
      for (;;) {
        const ok = await fetch(`http://127.0.0.1:${service.port}/health/ready`, { signal: AbortSignal.timeout(5000) }).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (service.child.exitCode !== null) throw new Error(`${service.name} exited (${service.child.exitCode})`);
        if (Date.now() > deadline) throw new Error(`${service.name} not ready after ${timeoutMs} ms`);
        await sleep(1000);
      }
    }
  }
}

const STACK = join(root, 'deploy/local/stack');

/** Stops one stack component and starts it again (`deploy/local/stack down|up <component>`). */
export async function restartStackComponent(component) {
  await run(STACK, ['down', component], { cwd: root, timeout: 120_000 });
  const up = () => run(STACK, ['up', component], { cwd: root, timeout: 300_000 });
  // On a busy machine a start right after a stop can race the old process's exit: one more try,
  // and the stack's own report in the error when that fails too.
  await up().catch(async () => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await up().catch((error) => {
      throw new Error(`stack up ${component} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    });
  });
}

/** `deploy/local/stack up` for the components (starts what is missing) and then `status`: true iff all healthy. */
export async function ensureStackHealthy(components) {
  await run(STACK, ['up', ...components], { cwd: root, timeout: 300_000 }).catch(() => undefined);
  return run(STACK, ['status', ...components], { cwd: root, timeout: 60_000 }).then(
    ({ stdout }) => ({ healthy: true, output: stdout }),
    (error) => ({ healthy: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  );
}
