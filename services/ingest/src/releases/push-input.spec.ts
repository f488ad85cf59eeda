import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { jsonInput, pushInput } from './push-input.js';

describe('jsonInput', () => {
  it('keeps a stated title beside a plain-text body instead of folding it into the text', () => {
    const input = jsonInput({ source: 'mid.ru', title: 'Talks with Chile', body: 'The ministers met.\nThey signed two agreements.' });
    expect(input).toMatchObject({ format: 'text', title: 'Talks with Chile', content: 'The ministers met.\nThey signed two agreements.' });
  });

  it('keeps a stated title with a whole HTML page (it used to be dropped)', () => {
    const input = jsonInput({ source: 'mid.ru', title: 'Talks with Chile', html: '<h1>Other</h1><p>Text</p>', publishedAt: '2019-05-27T10:00:00Z' });
    expect(input).toMatchObject({ format: 'html', title: 'Talks with Chile', content: '<h1>Other</h1><p>Text</p>', publishedAt: '2019-05-27T10:00:00Z' });
  });

  it('states no title when the push gives none', () => {
    expect(jsonInput({ source: 'mid.ru', body: 'Text' }).title).toBeUndefined();
  });
});

describe('pushInput', () => {
  it('takes a text push with no title hint', () => {
    const input = pushInput('text/plain; charset=utf-8', { source: 'mid.ru' }, Buffer.from('Title\n\nBody text.'));
    expect(input).toMatchObject({ format: 'text', content: 'Title\n\nBody text.', sourceId: 'mid.ru' });
    expect(input.title).toBeUndefined();
  });
});
