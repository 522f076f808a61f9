import { describe, expect, it } from '@jest/globals';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describeOutage, isDatabaseUnavailable } from './dependency-errors.js';

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a server shutting down (57P01), wrapped by TypeORM',
      { message: 'x', driverError: { code: '57P01' } },
    ],
    ['a server starting up (57P03)', { code: '57P03' }],
    ['a connection exception (08006)', { code: '08006' }],
    ['too many connections (53300)', { code: '53300' }],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    [
      'every address refused',
      new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }]),
    ],
    ['a cause', new Error('outer', { cause: { code: 'ETIMEDOUT' } })],
    ['a transaction whose connection was lost', new QueryRunnerAlreadyReleasedError()],
    [
      'a manager whose transaction lost its connection',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', { code: '23505', driverError: { code: '23505' } }],
    ['a syntax error (42601)', { code: '42601' }],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('describes an outage in one line', () => {
    const line = describeOutage(
      Object.assign(new Error('connect ECONNREFUSED\n  at x'), { code: 'ECONNREFUSED' }),
    );
    expect(line).toBe('database unavailable (answering 503): ECONNREFUSED connect ECONNREFUSED');
  });
});
