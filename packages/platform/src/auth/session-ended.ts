import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineEvent, type DomainEvent } from '../events/event';
import type { EventLogTail } from '../events/tail';
import { ACCESS_TOKEN_SECONDS } from './signing-keys';

/**
 * Published when a sign-in ends (sign-out, a reused refresh token, a staff member made
 * inactive) or an API key is revoked. Every subgraph reads it from the log: access tokens of
 * that session stop working at once and live subscriptions made with them are closed.
 */
export const SessionEnded = defineEvent({
  type: 'auth.session.ended',
  version: 1,
  description: 'A sign-in or an API key ended: its access tokens stop working everywhere',
  refs: ['StaffMember'],
  payload: z.object({
    sessionId: z.uuid(),
    reason: z.enum(['SIGNED_OUT', 'REFRESH_TOKEN_REUSED', 'STAFF_DEACTIVATED', 'API_KEY_REVOKED']),
  }),
});

type Listener = (sessionId: string) => void;

/**
 * The sessions ended within an access token's lifetime: older ones need no list, their
 * tokens have expired anyway. Kept in memory from the log (recent history at start, then
 * the live tail), so checking a request costs nothing.
 */
export class EndedSessions {
  private readonly endedAt = new Map<string, number>();
  private readonly listeners = new Set<Listener>();
  private unlisten?: () => void;

  async start(dataSource: DataSource, tail: EventLogTail): Promise<void> {
    this.unlisten = tail.listen((event) => this.take(event));
    const recent: { sessionId: string; endedAt: Date }[] = await dataSource.query(
      `SELECT payload->>'sessionId' AS "sessionId", occurred_at AS "endedAt" FROM events.event_log
        WHERE type = $1 AND occurred_at > now() - make_interval(secs => $2)`,
      [SessionEnded.type, ACCESS_TOKEN_SECONDS + 60],
    );
    for (const { sessionId, endedAt } of recent) this.endedAt.set(sessionId, endedAt.getTime());
  }

  stop(): void {
    this.unlisten?.();
  }

  has(sessionId: string): boolean {
    return this.endedAt.has(sessionId);
  }

  /** Calls back when a session ends (live subscriptions close themselves). */
  onEnded(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private take(event: DomainEvent): void {
    if (event.type !== SessionEnded.type) return;
    const sessionId = String(event.payload.sessionId);
    this.endedAt.set(sessionId, Date.now());
    this.forgetExpired();
    for (const listener of this.listeners) listener(sessionId);
  }

  private forgetExpired(): void {
    const horizon = Date.now() - (ACCESS_TOKEN_SECONDS + 60) * 1000;
    for (const [sessionId, endedAt] of this.endedAt) if (endedAt < horizon) this.endedAt.delete(sessionId);
  }
}
