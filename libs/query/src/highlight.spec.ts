import { describe, expect, it } from 'vitest';
import { explainHighlight, queryHighlight } from './highlight.js';

describe('explainHighlight', () => {
  it('lists matched words and fragments per field and language, titles first, original before translations', () => {
    const why = explainHighlight(
      {
        'content.en.body': ['the <mark>sanctions</mark> regime'],
        body: ['las <mark>sanciones</mark> contra'],
        'content.es.body': ['las <mark>sanciones</mark> contra'],
        'content.en.title': ['New <mark>Sanctions</mark>'],
      },
      'es',
    );
    expect(why.terms).toEqual(['sanctions', 'sanciones']);
    expect(why.fields).toEqual([
      { field: 'title', language: 'en', fragments: ['New <mark>Sanctions</mark>'] },
      { field: 'body', language: 'es', fragments: ['las <mark>sanciones</mark> contra'] },
      { field: 'body', language: 'en', fragments: ['the <mark>sanctions</mark> regime'] },
    ]);
  });

  it('gives nothing when the query matched only metadata', () => {
    expect(explainHighlight(undefined, 'en')).toEqual({ terms: [], fields: [] });
    expect(explainHighlight({ body: ['no marks here'] }, 'en')).toEqual({ terms: [], fields: [] });
  });

  it('asks Elasticsearch only for fields the query itself matched', () => {
    expect(queryHighlight()).toMatchObject({ require_field_match: true, encoder: 'html', pre_tags: ['<mark>'] });
  });
});
