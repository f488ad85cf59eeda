import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hex } from './support/feeds.js';

/** The feeds service checks its topic feeds at start: a code enrichment never tags stops it, naming the line. */
const file = `.data/feeds-topics-${hex(4)}.yaml`;

afterAll(() => rmSync(file, { force: true }));

function start(): Promise<{ code: number | null; output: string }> {
  const env: Record<string, string | undefined> = { ...process.env, PORT: '18198', NODE_ENV: 'test', TOPIC_FEEDS_FILE: file, SQLITE_PATH: `${file}.sqlite`, KAFKA_GROUP_PREFIX: `demarche-test-topics-${hex(4)}` };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['services/feeds/dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => child.on('exit', (code) => (clearTimeout(timer), resolve({ code, output }))));
}

describe('topic feeds checked at start', () => {
  it('refuses to start when a topic feed names a code enrichment never tags', async () => {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, ['feeds:', '  - slug: elections', '    title: Elections', '    codes:', '      - medtop:20000574', '      - medtop:99999999', ''].join('\n'));
    const { code, output } = await start();
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}:6: elections: enrichment never tags medtop:99999999`);
    rmSync(`${file}.sqlite`, { force: true });
  });
});
