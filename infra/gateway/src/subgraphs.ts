import type { SubgraphDefinition } from '@fieldloop/platform';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { orders } from '@fieldloop/orders';
import { visits } from '@fieldloop/visits';

/** Every subgraph of the supergraph. A new service is one import and one entry here. */
export const SUBGRAPHS: SubgraphDefinition[] = [customers, visits, orders, complaints];
