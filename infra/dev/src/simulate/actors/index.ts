import type { Actor } from './actor';
import { customersActor } from './customers.actor';
import { visitsActor } from './visits.actor';

export type { Actor, Field, Person, StaffRecord, StaffRole } from './actor';

/**
 * The simulated field, one actor per service, keyed by the subgraph's name. A service's
 * people join the simulation with one file exporting an `Actor` and one line here, e.g.
 * `orders: ordersActor` (order clerks confirming, drivers delivering) and
 * `complaints: casesActor` (inspectors answering cases).
 */
export const ACTORS: Record<string, Actor> = {
  customers: customersActor,
  visits: visitsActor,
};
