import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { createErrorFormatter, ErrorCode, InvalidInputError, NotFoundError } from './errors';
import { createLogger } from './logger';

const format = createErrorFormatter(createLogger('test', 'silent'));
const asExecuted = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });
/** What Apollo hands formatError: the error as JSON, with a stack trace it would show in development. */
const formattedByApollo = (error: GraphQLError) => ({
  ...error.toJSON(),
  extensions: { code: 'INTERNAL_SERVER_ERROR', ...error.extensions, stacktrace: ['at x'] },
});

describe('the error formatter', () => {
  it('passes domain errors with their code and without a stack trace', () => {
    const error = asExecuted(new NotFoundError('Retailer', 'r1'));
    const formatted = format(formattedByApollo(error), error);
    expect(formatted.extensions).toEqual({ code: ErrorCode.NOT_FOUND, type: 'Retailer', id: 'r1' });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR', () => {
    const error = asExecuted(new Error('connect ECONNREFUSED 10.0.0.1:5432 SELECT * FROM retailer'));
    const formatted = format(formattedByApollo(error), error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['field'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  });

  it('turns a unique violation into CONFLICT naming the field, without SQL', () => {
    const driverError = Object.assign(new Error('duplicate key'), {
      code: '23505',
      detail: 'Key (licence_number)=(530102123456) already exists.',
    });
    const error = asExecuted(new QueryFailedError('INSERT INTO retailer ...', [], driverError));
    const formatted = format(formattedByApollo(error), error);
    expect(formatted.extensions).toEqual({ code: ErrorCode.CONFLICT, field: 'licenceNumber', rule: 'unique' });
    expect(formatted.message).toBe('licenceNumber must be unique: 530102123456 is already taken');
  });
});

describe('what the error formatter logs', () => {
  const lines: Array<{ level: number; msg: string; code?: string; err?: { stack?: string } }> = [];
  const logged = createErrorFormatter(createLogger('test', 'info', { write: (line: string) => lines.push(JSON.parse(line)) }));

  it("logs a caller's mistake at info, without a stack", () => {
    const error = asExecuted(InvalidInputError.of('id', 'isUuid', 'id must be a UUID'));
    logged(formattedByApollo(error), error);
    expect(lines.pop()).toMatchObject({
      level: 30,
      code: ErrorCode.BAD_USER_INPUT,
      field: 'id',
      rule: 'isUuid',
      msg: 'refused: id must be a UUID',
    });
    expect(JSON.stringify(lines)).not.toContain('stack');
  });

  it('logs an unexpected error at error, with its stack', () => {
    const error = asExecuted(new Error('connect ECONNREFUSED'));
    logged(formattedByApollo(error), error);
    expect(lines.pop()).toMatchObject({ level: 50, err: { stack: expect.stringContaining('ECONNREFUSED') } });
  });
});
