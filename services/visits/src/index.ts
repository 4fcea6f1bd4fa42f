import 'reflect-metadata';
import { defineSubgraph } from '@fieldloop/platform';
import { migrations } from './migrations';
import { customersProjection } from './route/customers-projection';
import { RouteRetailer } from './route/route-retailer.entity';
import { RouteTerritory } from './route/route-territory.entity';
import { StaffMemberReference } from './route/federated-types';
import { RouteResolver, StaffMemberRouteResolver } from './route/route.resolver';

export const visits = defineSubgraph({
  name: 'visits',
  defaultPort: 4002,
  resolvers: [RouteResolver, StaffMemberRouteResolver],
  entities: [RouteRetailer, RouteTerritory],
  migrations,
  // StaffMember is extended here with the default reference resolver (the id is enough).
  references: {},
  // Entities visits only extends are reachable from no root field, so they are listed here.
  orphanedTypes: [StaffMemberReference],
  consumers: [customersProjection],
});

export { RouteRetailer, RouteTerritory };
