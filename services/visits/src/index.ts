import 'reflect-metadata';
import { defineSubgraph } from '@fieldloop/platform';
import { VISIT_EVENTS } from './events';
import { VisitEventResolver, VisitEventsSubscription } from './events/visit-event.resolver';
import { migrations } from './migrations';
import { VISITS_PERMISSIONS, VISITS_READ } from './permissions';
import { VisitPlan } from './plan/visit-plan.entity';
import { VisitPlanResolver } from './plan/visit-plan.resolver';
import { customersProjection } from './federated/customers.projection';
import { RouteRetailer } from './federated/route-retailer.entity';
import { RouteStaff } from './federated/route-staff.entity';
import { RouteTerritory } from './federated/route-territory.entity';
import { RouteResolver, StaffMemberRouteResolver } from './route/route.resolver';
import { markMissedVisits } from './visit/mark-missed-visits.job';
import { ReportAnnotation } from './report/report-annotation.entity';
import { ReportResolver } from './report/report.resolver';
import { VisitFlag } from './visit/visit-flag.entity';
import { VisitPromise } from './visit/visit-promise.entity';
import { RetailerVisitsResolver, StaffMemberVisitsResolver } from './visit/visit-extensions.resolver';
import { Visit } from './visit/visit.entity';
import { VisitResolver } from './visit/visit.resolver';
import { planScope } from './plan/visit-plan.scope';
import { visitScope } from './visit/visit.scope';
import { StaffMemberReference } from './federated/staff-member.reference';

export const visits = defineSubgraph({
  name: 'visits',
  defaultPort: 4002,
  resolvers: [
    VisitPlanResolver,
    VisitResolver,
    RouteResolver,
    StaffMemberRouteResolver,
    StaffMemberVisitsResolver,
    RetailerVisitsResolver,
    VisitEventResolver,
    VisitEventsSubscription,
    ReportResolver,
  ],
  entities: [VisitPlan, Visit, VisitFlag, VisitPromise, ReportAnnotation, RouteRetailer, RouteTerritory, RouteStaff],
  migrations,
  references: {
    Visit: visitScope.reference([VISITS_READ]),
    VisitPlan: planScope.reference([VISITS_READ]),
  },
  permissions: VISITS_PERMISSIONS,
  // Entities visits only extends are reachable from no root field, so they are listed here.
  orphanedTypes: [StaffMemberReference],
  events: VISIT_EVENTS,
  consumers: [customersProjection],
  jobs: [markMissedVisits],
});

export { RouteRetailer, RouteStaff, RouteTerritory, Visit, VisitFlag, VisitPlan, VisitPromise };
export * from './events';
export * from './permissions';
export * from './plan/visit-plan.events';
export * from './visit/visit.events';
export * from './attendance/attendance.rules';
export * from './record-quality/note-similarity.rules';
export { PlanStatus } from './plan/visit-plan.enums';
export { VisitStatus } from './visit/visit.enums';
export { CaseCategory, CaseKind } from './visit/visit-findings.types';
