import { contributionDemo } from './contribution';
import { customersDemo } from './customers';
import type { ServiceDemo } from './service-demo';
import { complaintsDemo } from './complaints';
import { ordersDemo } from './orders';
import { visitsDemo } from './visits';

/**
 * Every service's demo data, each after the demos it is drawn from; `npm start` loads them
 * into the services' empty schemas and brings them up to today on later starts (prepare.ts).
 *
 * To add a service's demo (orders, complaints, …):
 *   1. one file, `demo/<service>/index.ts` (split into more files beside it as it grows),
 *      exporting `<service>Demo: ServiceDemo<Data, Summary>` (service-demo.ts): `service` is
 *      the subgraph's name, `dependsOn` the demos it is drawn from (read in `generate` with
 *      `draw.of(customersDemo)`), a seed of its own (`draw.options.seed + n`), and the
 *      service's own rules and entities imported from its package entry point;
 *   2. one line here, after the demos it depends on.
 */
export const DEMOS: readonly ServiceDemo[] = [customersDemo, visitsDemo, ordersDemo, complaintsDemo, contributionDemo];
