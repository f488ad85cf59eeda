// Runs the six services from their build output as child processes, for `npm start` and the e2e tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const SERVICES = [
  { name: 'search', port: 8080 },
  { name: 'ingest', port: 8081 },
  { name: 'feeds', port: 8082 },
  { name: 'translate', port: 8083 },
  { name: 'enrich', port: 8084 },
  { name: 'index', port: 8085 },
];

const COLORS = [36, 32, 35, 33, 34, 31];

/** Starts every service; each line of output is prefixed with the service's name (or hidden). */
export function startServices(env, { quiet = false, only = SERVICES.map((s) => s.name) } = {}) {
  return SERVICES.filter((s) => only.includes(s.name)).map((service, i) => {
    const port = Number(env[`${service.name.toUpperCase()}_PORT`] ?? service.port);
    // Without PostgreSQL each service gets its own SQLite file: one file shared by several
    // processes makes them wait on each other's write locks.
    const sqlite = env.DATABASE_URL ? {} : { SQLITE_PATH: `${env.SQLITE_DIR ?? '.data'}/${service.name}.sqlite` };
    const child = spawn(process.execPath, ['--enable-source-maps', `services/${service.name}/dist/main.js`], {
      cwd: root,
      env: { ...process.env, ...env, ...sqlite, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `\x1b[${COLORS[i % COLORS.length]}m${service.name.padEnd(9)}|\x1b[0m `;
    const output = [];
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          output.push(line);
          if (output.length > 200) output.shift();
          if (!quiet) process.stdout.write(prefix + line + '\n');
        }
      });
    }
    return { ...service, port, child, output };
  });
}

export async function waitReady(services, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (const service of services) {
    for (;;) {
      if (service.child.exitCode !== null) {
        throw new Error(`${service.name} exited (${service.child.exitCode}):\n${service.output.slice(-20).join('\n')}`);
      }
      try {
        const res = await fetch(`http://127.0.0.1:${service.port}/health/ready`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`${service.name} not ready after ${timeoutMs} ms:\n${service.output.slice(-20).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function stopServices(services, graceMs = 10_000) {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
