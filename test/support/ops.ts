import { spawn, type ChildProcess } from 'node:child_process';
import { type Admin } from 'kafkajs';
import { kafkaClient } from './env.js';

export const root = new URL('../../', import.meta.url).pathname;

/** Reads one metric sample from a Prometheus text exposition; 0 when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').at(-1));
  }
  return total;
}

export async function scrape(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (!res.ok) throw new Error(`/metrics on ${port}: ${res.status}`);
  return res.text();
}

export const kafka = () => kafkaClient('demarche-ops-test');

export async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Commits a new group at the end of each topic, so services started with it skip the backlog. */
export async function startGroupAtEnd(groupId: string, topics: string[]): Promise<void> {
  await withAdmin(async (admin) => {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  });
}

export interface ServiceProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs one service from its build, with its own environment. */
export function runServiceProcess(name: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', `services/${name}/dist/main.js`], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output.push(...chunk.split('\n').filter(Boolean));
      if (process.env.DEMARCHE_TEST_LOGS) process.stdout.write(chunk.replace(/^/gm, `${name}@${env.PORT}| `));
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output, exited };
}

export async function waitForReady(port: number, service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`exited:\n${service.output.slice(-20).join('\n')}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`not ready on ${port}:\n${service.output.slice(-20).join('\n')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
