import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskSecrets, REDACTED, redactHeaders, redactText, ServiceLogger } from '@demarche/platform';

const KEY = 'k3y-7f2c9a41d0b85e63aa19';

function output(json: boolean, log: (logger: ServiceLogger) => void): string {
  const chunks: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  log(new ServiceLogger('search', { json, logLevels: ['log', 'warn', 'error', 'debug'] }));
  return chunks.join('');
}

// Every shape in which a key could reach a log line.
function logEverything(logger: ServiceLogger): void {
  logger.log({ msg: 'request', headers: { authorization: `Bearer ${KEY}`, 'X-API-Key': KEY, accept: 'application/json' } });
  logger.warn(`rejected request with header Authorization: Bearer ${KEY}`);
  logger.debug(`x-api-key=${KEY} from 127.0.0.1`);
  const error = new Error(`upstream said: Bearer ${KEY} is invalid`);
  logger.error(error);
  logger.error(`failed: ${error.message}`, error.stack);
  logger.log({ subscription: { id: 'sub_1', webhookSecret: 'whsec_abcdef0123456789' } });
}

describe('redaction', () => {
  afterEach(() => vi.restoreAllMocks());

  it('masks credential headers in copies, leaving other headers', () => {
    const headers = { authorization: `Bearer ${KEY}`, 'x-api-key': KEY, Cookie: 'sid=1', accept: 'text/html' };
    expect(redactHeaders(headers)).toEqual({ authorization: REDACTED, 'x-api-key': REDACTED, Cookie: REDACTED, accept: 'text/html' });
    expect(headers['x-api-key']).toBe(KEY);
  });

  it('masks keys written into text', () => {
    expect(redactText(`Authorization: Bearer ${KEY}`)).toBe(`Authorization: ${REDACTED}`);
    expect(redactText(`"x-api-key":"${KEY}"`)).toBe(`"x-api-key":"${REDACTED}"`);
    expect(redactText(`token Bearer ${KEY} here`)).toBe(`token Bearer ${REDACTED} here`);
    expect(redactText('secret whsec_abc123 sent')).toBe(`secret ${REDACTED} sent`);
    expect(redactText('nothing secret here: Bearer')).toBe('nothing secret here: Bearer');
  });

  it('masks a configured secret wherever it appears, even without a header name', () => {
    maskSecrets(['configured-secret-0123456789']);
    expect(redactText('value=configured-secret-0123456789;')).toBe(`value=${REDACTED};`);
  });

  it.each([
    ['JSON', true],
    ['pretty', false],
  ])('ServiceLogger (%s) never prints a key, whatever shape it is logged in', (_, json) => {
    const printed = output(json, logEverything);
    expect(printed).toContain('rejected request');
    expect(printed).toContain('upstream said');
    expect(printed).toContain(REDACTED);
    expect(printed).not.toContain(KEY);
    expect(printed).not.toContain('whsec_abcdef0123456789');
  });
});
