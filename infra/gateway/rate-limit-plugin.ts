import type { GatewayPlugin } from '@graphql-hive/gateway';
import { getOperationAST, GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Requests per minute for each group of root fields, per caller: the token's subject (a staff
 * member or an API key) or, before sign-in, the client address. A limit of 0 turns that
 * group's limit off. Tunable per deployment.
 */
export const RATE_LIMITS = {
  queriesPerMinute: Number(process.env.RATE_LIMIT_QUERIES_PER_MINUTE ?? 600),
  mutationsPerMinute: Number(process.env.RATE_LIMIT_MUTATIONS_PER_MINUTE ?? 120),
  signInsPerMinute: Number(process.env.RATE_LIMIT_SIGN_INS_PER_MINUTE ?? 10),
};

/** Guessing passwords or keys: these mutations have a (much lower) limit of their own. */
const SIGN_IN_FIELDS = new Set(['signIn', 'refreshSession', 'partnerSession']);

type Group = 'queries' | 'mutations' | 'sign-ins';

const PER_MINUTE: Record<Group, number> = {
  queries: RATE_LIMITS.queriesPerMinute,
  mutations: RATE_LIMITS.mutationsPerMinute,
  'sign-ins': RATE_LIMITS.signInsPerMinute,
};

interface CallerContext {
  jwt?: { payload?: { sub?: string } };
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

// Behind a load balancer the client is in X-Forwarded-For; otherwise that header is the
// client's own word, and trusting it would let a password guesser pick a fresh one per try.
const trustProxy = process.env.GATEWAY_TRUST_PROXY === 'true';

function callerOf(context: CallerContext): string {
  const forwarded = trustProxy ? context.request?.headers.get('x-forwarded-for')?.split(',')[0].trim() : undefined;
  return context.jwt?.payload?.sub ?? forwarded ?? context.req?.socket?.remoteAddress ?? 'anonymous';
}

function rootFieldsOf(selectionSet: SelectionSetNode, document: DocumentNode, into: string[] = []): string[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldsOf(selection.selectionSet, document, into);
    else {
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      // Validation has refused unknown and cyclic fragments by now.
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFieldsOf(fragment.selectionSet, document, into);
    }
  }
  return into;
}

// Per parsed document (Yoga caches them, so one document object serves every request with
// the same query text) and operation name: which groups the operation counts in.
const groupsByDocument = new WeakMap<DocumentNode, Map<string, Group[]>>();

function groupsOf(document: DocumentNode, operationName: string | null | undefined): Group[] {
  let byOperation = groupsByDocument.get(document);
  if (!byOperation) groupsByDocument.set(document, (byOperation = new Map()));
  const cached = byOperation.get(operationName ?? '');
  if (cached) return cached;
  const operation = getOperationAST(document, operationName);
  const groups = new Set<Group>();
  if (operation?.operation === 'query') groups.add('queries');
  if (operation?.operation === 'mutation') {
    for (const field of rootFieldsOf(operation.selectionSet, document)) {
      if (field !== '__typename') groups.add(SIGN_IN_FIELDS.has(field) ? 'sign-ins' : 'mutations');
    }
  }
  const result = [...groups].filter((group) => PER_MINUTE[group] > 0);
  byOperation.set(operationName ?? '', result);
  return result;
}

function rateLimited(group: Group, refusal: RateLimiterRes): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return new GraphQLError(`Rate limit of ${PER_MINUTE[group]} ${group} per minute exceeded; retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      // Read by Yoga, not sent: 429 for clients that accept application/graphql-response+json
      // (`spec`: plain application/json clients keep the 200 GraphQL-over-HTTP asks for), and
      // Retry-After for every client.
      http: { status: 429, spec: true, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}

/**
 * The per-caller rate limit: one count per operation in each group its root fields belong
 * to (queries; mutations; sign-in mutations). It reads the document and never rewrites it:
 * Hive's own `rateLimiting` option rebuilt the document on every request, and the query
 * planner, whose cache is keyed by the document object, then planned every request anew.
 * Subscriptions are not counted (each is one long-lived request).
 */
export function rateLimitPlugin(): GatewayPlugin {
  const limiters = Object.fromEntries(
    (Object.keys(PER_MINUTE) as Group[]).map((group) => [
      group,
      new RateLimiterMemory({ keyPrefix: group, points: PER_MINUTE[group], duration: 60 }),
    ]),
  ) as Record<Group, RateLimiterMemory>;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const groups = groupsOf(args.document, args.operationName);
      if (groups.length === 0) return;
      const caller = callerOf(args.contextValue as CallerContext);
      return Promise.all(
        groups.map((group) =>
          limiters[group].consume(caller).then(
            () => undefined,
            (refusal: unknown) => {
              if (refusal instanceof RateLimiterRes) return rateLimited(group, refusal);
              throw refusal;
            },
          ),
        ),
      ).then((refusals) => {
        const errors = refusals.filter((refusal) => refusal !== undefined);
        if (errors.length > 0) setResultAndStopExecution({ errors });
      });
    },
  };
}
