import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { checkQuery, queryProblem } from './subscriptions.service.js';

const refusal = (query: string) => {
  try {
    checkQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as { message: string; character?: number };
  }
  throw new Error(`accepted ${query}`);
};

describe('a subscription query', () => {
  it('is accepted when it parses as the search API q', () => {
    expect(() => checkQuery('nuclear "Korean peninsula" -sanctions country:KP')).not.toThrow();
  });

  it('is refused with the parse error and the character where it is', () => {
    expect(refusal('sanctions "open phrase')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'filter.query: unterminated quote (at character 11)',
      character: 11,
    });
    expect(refusal('a foo:bar')).toMatchObject({ character: 3, message: expect.stringMatching(/unknown field "foo:"/) });
  });

  it('is refused when it holds no term at all', () => {
    expect(refusal('   ').message).toBe('filter.query: query is empty');
  });

  it('names the problem of a stored query that no longer parses, so the subscription can be disabled with it', () => {
    expect(queryProblem({ query: 'climate +policy' })).toBeUndefined();
    expect(queryProblem({ query: 'climate (policy' })).toBe('missing closing parenthesis (at character 9)');
    expect(queryProblem({ countries: ['FR'] })).toBeUndefined();
  });
});
