import type { SeededRandom } from '../../demo/random';
import type { GatewayClient, RetrySafety } from '../gateway-client';
import type { ExpectedEvent, Journal } from '../journal';
import type { Pace } from '../pace';

export type StaffRole = 'ADMIN' | 'SUPERVISOR' | 'ACCOUNT_MANAGER' | 'ORDER_CLERK' | 'DELIVERY_DRIVER' | 'MARKET_INSPECTOR';

/** A member of staff as the admin's `staffMembers` query lists them. */
export interface StaffRecord {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  supervisorId: string | null;
  /** The region an order clerk, driver or inspector covers (their territory scope); null for the others. */
  regionId: string | null;
}

/** What every actor shares: the clock, the record of what was done, who is in the field. */
export interface Field {
  pace: Pace;
  journal: Journal;
  /** The people the simulation plays (head-count applied), every role. */
  cast: readonly StaffRecord[];
  /** Today in the company's time zone, YYYY-MM-DD. */
  today(): string;
  log(line: string): void;
}

/** One simulated member of staff, signed in through the gateway with their own credentials. */
export interface Person {
  staff: StaffRecord;
  client: GatewayClient;
  /** This person's own seeded generator (for this actor), so each one's choices are reproducible. */
  random: SeededRandom;
  /** A fresh idempotency key for one create, sent again unchanged by every retry of it. */
  idempotencyKey(): string;
  /**
   * A mutation through the gateway; once it is answered it is journalled with the events it
   * caused (`events` reads them off the answer).
   */
  mutate<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    events: (answer: T) => ExpectedEvent[],
    safety?: RetrySafety,
  ): Promise<T>;
}

/**
 * The work one service's people do. The simulator runs `work` for every member of the cast
 * whose role is in `plays`, each on their own, until the field stops; `work` returns only with
 * nothing left half done (a visit checked in is checked out, a plan submitted is left for review).
 */
export interface Actor {
  /** The subgraph whose API this actor drives; the registry's key. */
  service: string;
  plays: readonly StaffRole[];
  work(person: Person, field: Field): Promise<void>;
}
