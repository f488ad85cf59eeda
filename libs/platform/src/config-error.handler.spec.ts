import { describe, expect, it } from 'vitest';
import { describeConfigProblems } from '@demarche/platform';

describe('describeConfigProblems', () => {
  it('names each bad variable with the text the operator gave, one per line', () => {
    const text = describeConfigProblems(
      ['PORT=null: PORT must be an integer number', 'ELASTICSEARCH_URL="ftp://x": must be an http(s) URL', 'API_KEY=undefined: must be set'],
      { PORT: 'abc', ELASTICSEARCH_URL: 'ftp://x' },
    );
    expect(text.split('\n')).toEqual([
      'Invalid configuration:',
      '  PORT="abc": PORT must be an integer number',
      '  ELASTICSEARCH_URL="ftp://x": must be an http(s) URL',
      '  API_KEY=(unset): must be set',
    ]);
  });
});
