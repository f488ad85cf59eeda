import { expect } from 'vitest';
import { readiness, type ServiceName } from './health.js';
import type { RawAnswer } from './raw-http.js';

/** One hostile request and the clear answer it must get. */
export interface HostileCase {
  name: string;
  service: ServiceName;
  send: () => Promise<RawAnswer>;
  /** Expected status (or any of several, where the HTTP stack may answer either). */
  status: number | number[];
  /** Machine-readable code, at the top level or in a batch result's `error`. */
  code?: string;
  /** What the answer must say: names the field, key or limit that is wrong. */
  says?: RegExp;
  /** Extra checks on the answer. */
  also?: (answer: RawAnswer) => void | Promise<void>;
}

export const rows = (cases: HostileCase[]) => cases.map((c) => [c.name, c] as const);

/** Sends the case, checks the answer, then that the service is still ready. */
export async function expectClearError(c: HostileCase): Promise<RawAnswer> {
  const answer = await c.send();
  const said = answer.json ? JSON.stringify(answer.json) : answer.text;
  const statuses = Array.isArray(c.status) ? c.status : [c.status];
  expect(statuses, `status ${answer.status}: ${said.slice(0, 300)}`).toContain(answer.status);
  if (c.code) expect(said).toContain(`"${c.code}"`);
  if (c.says) expect(said).toMatch(c.says);
  expect(answer.status, 'never a server error').toBeLessThan(500);
  await c.also?.(answer);
  expect(await readiness(c.service), `${c.service} /health/ready after "${c.name}"`).toBe(200);
  return answer;
}
