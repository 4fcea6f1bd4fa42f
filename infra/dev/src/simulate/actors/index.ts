import type { Actor } from './actor';
import { casesActor } from './cases.actor';
import { customersActor } from './customers.actor';
import { ordersActor } from './orders.actor';
import { visitsActor } from './visits.actor';

export type { Actor, Field, Person, StaffRecord, StaffRole } from './actor';

/**
 * The simulated field, one actor per service, keyed by the subgraph's name. A service's
 * people join the simulation with one file exporting an `Actor` and one line here.
 */
export const ACTORS: Record<string, Actor> = {
  customers: customersActor,
  visits: visitsActor,
  orders: ordersActor,
  complaints: casesActor,
};
