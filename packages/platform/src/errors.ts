import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { Logger } from './logger';

/** The stable `extensions.code` values a client may branch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A subscription fell too far behind and was ended; subscribe again `after` its `resumeAfter`. */
  SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface Violation {
  field: string;
  rule: string;
  message: string;
}

/** Bad input: names the field (a dot path inside the input) and the rule it broke. */
export class InvalidInputError extends GraphQLError {
  constructor(violations: Violation[]) {
    const [first] = violations;
    super(first.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, rule: first.rule, violations },
    });
  }

  static of(field: string, rule: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, rule, message }]);
  }

  /** Throws for the rules a value broke (a rules function's answers); nothing when all held. */
  static throwIfAny(...answers: Array<Violation | undefined>): void {
    const violations = answers.filter((answer): answer is Violation => answer !== undefined);
    if (violations.length) throw new InvalidInputError(violations);
  }
}

export class NotFoundError extends GraphQLError {
  constructor(type: string, id: string) {
    super(`${type} ${id} was not found`, { extensions: { code: ErrorCode.NOT_FOUND, type, id } });
  }
}

export class ConflictError extends GraphQLError {
  /** `existingId`: the record already there (a duplicate create), so the caller can carry on with it. */
  constructor(message: string, details: { field?: string; rule?: string; existingId?: string } = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this', details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...details } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first: send an access token as Authorization: Bearer …') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

/** class-validator reports nested inputs as a tree; clients want flat dot paths. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): Violation[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: message.startsWith(error.property) ? message.replace(error.property, field) : `${field}: ${message}`,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

const camelCase = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * A unique index is the only race-free uniqueness check, so its violation becomes the
 * same field-named CONFLICT a pre-check would give. PostgreSQL's detail names the column.
 */
function uniqueViolationToConflict(error: QueryFailedError): ConflictError | undefined {
  const driverError = error.driverError as { code?: string; detail?: string } | undefined;
  if (driverError?.code !== '23505') return undefined;
  const match = /Key \(([^)]+)\)=\((.*)\) already exists/.exec(driverError.detail ?? '');
  const columns = match ? match[1].split(', ') : [];
  const field =
    columns
      .map(camelCase)
      .filter((name) => name !== 'id')
      .join('.') || undefined;
  return new ConflictError(
    field ? `${field} must be unique: ${match?.[2]} is already taken` : 'A record with these values already exists',
    {
      field,
      rule: 'unique',
    },
  );
}

/**
 * Apollo's formatError: known errors pass with their code; anything else is logged with
 * its stack and reaches the client as a bare INTERNAL_SERVER_ERROR (no stack, no SQL).
 * A coded error is the caller's (bad input, no access, not found): it is logged at info,
 * without a stack, so no caller can fill the error log.
 */
export function createErrorFormatter(logger: Logger) {
  const callerError = (answer: GraphQLFormattedError): GraphQLFormattedError => {
    const { code, field, rule } = answer.extensions ?? {};
    logger.info({ code, field, rule, path: answer.path }, `refused: ${answer.message}`);
    return answer;
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ArgumentValidationError) {
      const violations = flattenValidationErrors(original.extensions.validationErrors);
      const [first] = violations;
      return callerError({
        message: first?.message ?? 'Invalid input',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, rule: first?.rule, violations },
      });
    }
    if (original instanceof QueryFailedError) {
      const conflict = uniqueViolationToConflict(original);
      if (conflict) return callerError({ message: conflict.message, path: formatted.path, extensions: conflict.extensions });
    }
    if (original instanceof GraphQLError || !(original instanceof Error)) {
      const code = formatted.extensions?.code;
      if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
        return callerError({ ...formatted, extensions });
      }
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing an operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
