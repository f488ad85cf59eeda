// Before a chaos run touches the stack: hold its lock, and make sure deploy/local/stack runs it.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../services.mjs';

/**
 * No other chaos run or benchmark may use the stack while Kafka and Elasticsearch restart: unless
 * the lock is already held (or not wanted), re-runs this process under `flock` and exits with it.
 */
export function runUnderStackLock({ noLock }) {
  const lock = process.env.DEMARCHE_STACK_LOCK ?? join(tmpdir(), 'demarche-stack.lock');
  if (noLock || process.env.DEMARCHE_STACK_LOCK_HELD) return;
  console.log(`chaos: waiting for ${lock}`);
  const locked = spawnSync('flock', ['-w', '3600', lock, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DEMARCHE_STACK_LOCK_HELD: '1' },
  });
  if (locked.error) console.error(`chaos: cannot take ${lock} with flock (${locked.error.message}); --no-lock runs without it`);
  process.exit(locked.status ?? 1);
}

/** Kafka and Elasticsearch are restarted through deploy/local/stack: without it there is no chaos run. */
export function skipUnlessStackManaged() {
  const status = spawnSync(join(root, 'deploy/local/stack'), ['status', 'kafka', 'elasticsearch'], { encoding: 'utf8' });
  if (status.status === 0) return;
  console.log(status.stdout ?? '');
  console.log('chaos: skipped: Kafka and Elasticsearch must run from deploy/local/stack (healthy), which restarts them');
  console.log('chaos: 0 passed, 0 failed');
  process.exit(0);
}
