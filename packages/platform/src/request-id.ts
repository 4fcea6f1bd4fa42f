import { randomUUID } from 'node:crypto';

/**
 * The shape a client's `x-request-id` must have to be kept: short, and nothing a log line, a
 * header or the audit trail could be misled by (no spaces, quotes, control characters or
 * markup). The gateway and every subgraph apply this one rule.
 */
export const REQUEST_ID_SHAPE = /^[A-Za-z0-9._-]{1,64}$/;

/** The given request id when it has the safe shape; otherwise a fresh UUID replaces it. */
export function requestIdFrom(given: string | null | undefined): string {
  return given && REQUEST_ID_SHAPE.test(given) ? given : randomUUID();
}
