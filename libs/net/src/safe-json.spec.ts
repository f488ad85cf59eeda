import { describe, expect, it } from 'vitest';
import { rejectPrototypeKeys } from './safe-json.js';

describe('rejectPrototypeKeys', () => {
  it.each(['{"__proto__":{"polluted":1}}', '{"a":{"constructor":{"prototype":{}}}}', '[{"prototype":1}]'])('refuses %s', (json) => {
    expect(() => JSON.parse(json, rejectPrototypeKeys)).toThrow(/is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps ordinary JSON', () => {
    expect(JSON.parse('{"title":"constructor of peace","a":[1,{"b":null}]}', rejectPrototypeKeys)).toEqual({ title: 'constructor of peace', a: [1, { b: null }] });
  });
});
