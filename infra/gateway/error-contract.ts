import { GraphQLError } from 'graphql';

/*
 * The gateway's half of the error contract (docs/errors.md), as Yoga's maskError: every error a
 * client sees passes through here once, whether a subgraph raised it, the query planner
 * re-pathed it from an `_entities` fetch, or a plugin refused the request before execution.
 */

interface HttpExtension {
  status?: number;
  /** Yoga: the status applies to application/graphql-response+json only; application/json gets 200. */
  spec?: boolean;
  headers?: Record<string, string>;
}

interface ErrorShape {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; http?: HttpExtension; [key: string]: unknown };
  originalError?: unknown;
}

/** A request the GraphQL-over-HTTP spec calls invalid (document, variables): 400 when the client accepts graphql-response+json. */
const REQUEST_ERROR: HttpExtension = { spec: true, status: 400 };

/**
 * The limits' refusals, as GraphQL Armor and Yoga word them: without a code, and Armor's
 * behind "Syntax Error:" (Hive's own maxDepth and maxTokens take no options to change that).
 * Each gets a code of its own and the limit it broke.
 */
const LIMIT_REFUSALS: { pattern: RegExp; code: string; http: HttpExtension }[] = [
  { pattern: /^(?:Syntax Error: )?(Query depth limit of (\d+) exceeded.*)$/, code: 'QUERY_TOO_DEEP', http: REQUEST_ERROR },
  { pattern: /^(?:Syntax Error: )?(Token limit of (\d+) exceeded.*)$/, code: 'TOO_MANY_TOKENS', http: REQUEST_ERROR },
  { pattern: /^(?:Syntax Error: )?(Aliases limit of (\d+) exceeded.*)$/, code: 'TOO_MANY_ALIASES', http: REQUEST_ERROR },
  { pattern: /^(?:Syntax Error: )?(Directives limit of (\d+) exceeded.*)$/, code: 'TOO_MANY_DIRECTIVES', http: REQUEST_ERROR },
  { pattern: /^(?:Syntax Error: )?(Query Cost limit of (\d+) exceeded.*)$/, code: 'QUERY_TOO_COSTLY', http: REQUEST_ERROR },
  // Batching is no part of the GraphQL-over-HTTP spec; Yoga answers 413 to either media type.
  { pattern: /^(Batching is limited to (\d+) operations per request\.)$/, code: 'BATCH_TOO_LARGE', http: { status: 413 } },
];

/** The jwt plugin's refusals of a token that does not decode or does not verify (expired, wrong key). */
const INVALID_TOKEN_MESSAGES = new Set(['Unauthenticated', 'Invalid authentication token provided']);
const INVALID_TOKEN = 'The access token is not valid (expired, revoked or not issued by FieldLoop): sign in again';

/**
 * graphql-js coercing the request's variables (`Variable "$input" got invalid value 5 at
 * "input.tier"; …`) and then the arguments they feed (`Argument "first" of non-null type "Int!"
 * must not be null.`): the variable, or the path inside it, else the argument.
 */
const VARIABLE_ERROR =
  /^(?:Variable "\$([^"]+)"(?:.* at "([^"]+)")?|Argument "([^"]+)" (?:of (?:required|non-null) type|has invalid value)(?:.* the variable "\$([^"]+)")?)/;
const MISSING = /not provided|must not be null/;

const chainOf = (error: unknown): ErrorShape[] => {
  const chain: ErrorShape[] = [];
  for (let link = error; link && chain.length < 10; link = (link as ErrorShape).originalError) chain.push(link as ErrorShape);
  return chain;
};

/**
 * Raised on purpose: a GraphQL error all the way down. Errors from a subgraph's graphql-ws stream
 * arrive as plain objects, so the test is "no exception underneath", not `instanceof`.
 */
const deliberate = (chain: ErrorShape[]) => chain.every((link) => link instanceof GraphQLError || !(link instanceof Error));

/**
 * The error as the contract wants it. A GraphQL error thrown before execution is reshaped in
 * place, so that Yoga, which logs every error maskError replaces, does not log a client's
 * mistake as the gateway's.
 */
function reshaped(error: ErrorShape, message: string, extensions: NonNullable<ErrorShape['extensions']>): GraphQLError {
  if (error instanceof GraphQLError) {
    Object.assign(error, { message, extensions });
    return error;
  }
  return new GraphQLError(message, { path: error.path, extensions });
}

/** Refusals the libraries raise without a code, or (tokens, batch) with one too vague to branch on. */
function refusal(error: ErrorShape, coded: boolean): GraphQLError | undefined {
  const message = error.message ?? '';
  for (const { pattern, code, http } of LIMIT_REFUSALS) {
    const match = pattern.exec(message);
    if (match) return reshaped(error, match[1], { code, limit: Number(match[2]), http });
  }
  if (coded) return undefined;
  if (error.extensions?.http?.status === 401 || INVALID_TOKEN_MESSAGES.has(message)) {
    return reshaped(error, INVALID_TOKEN, {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
    });
  }
  const variable = error.path ? undefined : VARIABLE_ERROR.exec(message);
  if (variable) {
    const [, variableName, inside, argument, argumentVariable] = variable;
    const field = inside ?? variableName ?? argumentVariable ?? argument;
    return reshaped(error, message, {
      code: 'BAD_USER_INPUT',
      field,
      rule: MISSING.test(message) ? 'required' : 'type',
      http: REQUEST_ERROR,
    });
  }
  return undefined;
}

/**
 * Yoga's maskError for the gateway. Coded errors raised on purpose keep their code, message,
 * extensions and path, also when the query planner re-paths one from an `_entities` fetch (it
 * wraps it, so the code may sit on an originalError); the limits', the token's and the
 * variables' refusals get their codes, and a plugin's uncoded refusal of a request BAD_REQUEST;
 * anything else becomes INTERNAL_SERVER_ERROR at the same path, with no stack and no SQL.
 */
export function maskError(error: unknown, message: string): GraphQLError {
  const chain = chainOf(error);
  const [top] = chain;
  if (top && deliberate(chain)) {
    const coded = chain.find((link) => typeof link.extensions?.code === 'string');
    const known = refusal(top, coded !== undefined);
    if (known) return known;
    if (coded) {
      // An exception's stack or message (Yoga describes a JSON syntax error with one) stays in the log.
      const { stacktrace: _stacktrace, originalError: _originalError, ...extensions } = coded.extensions!;
      return reshaped(top, top.message ?? message, extensions);
    }
    // Yoga's own refusals of a malformed request (bad JSON, wrong method or media type) and
    // other plugins' that say their HTTP status but no code.
    const http = top.extensions?.http as (HttpExtension & { statusCode?: number }) | undefined;
    const status = http?.status ?? http?.statusCode;
    if (status && status < 500) return reshaped(top, top.message ?? message, { code: 'BAD_REQUEST', http });
  }
  return new GraphQLError(message, { path: top?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
