import 'reflect-metadata';
import { defineSubgraph } from '@fieldloop/platform';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarDay, WorkingCalendar } from './calendar/working-calendar.entity';
import { CaseEntry } from './case/case-entry.entity';
import {
  CaseEntryResolver,
  EscalationResolver,
  OrderCasesResolver,
  RetailerCasesResolver,
  StaffMemberCasesResolver,
  VisitCasesResolver,
} from './case/case-extensions.resolver';
import { Case } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { caseScope } from './case/case.scope';
import { Escalation } from './case/escalation.entity';
import { handOffConsumer } from './case/hand-off.service';
import { LoopBoardResolver } from './case/loop-board.resolver';
import { MarketLeadsResolver } from './case/market-leads.resolver';
import { escalateCasesJob } from './deadline/escalate-cases.job';
import { COMPLAINT_EVENTS } from './events';
import { ComplaintEventResolver, ComplaintEventsSubscription } from './events/complaint-event.resolver';
import { customersProjection } from './federated/customers.projection';
import { StaffMemberReference } from './federated/staff-member.reference';
import { VisitReference } from './federated/visit.reference';
import { OrderReference } from './federated/order.reference';
import { CaseRegion } from './federated/case-region.entity';
import { CaseRetailer } from './federated/case-retailer.entity';
import { CaseStaff } from './federated/case-staff.entity';
import { CaseTerritory } from './federated/case-territory.entity';
import { migrations } from './migrations';
import { COMPLAINTS_PERMISSIONS, COMPLAINTS_READ } from './permissions';
import { RoutingRule } from './routing/routing-rule.entity';
import { RoutingResolver } from './routing/routing.resolver';

export const complaints = defineSubgraph({
  name: 'complaints',
  defaultPort: 4004,
  resolvers: [
    CaseResolver,
    CaseEntryResolver,
    EscalationResolver,
    LoopBoardResolver,
    MarketLeadsResolver,
    OrderCasesResolver,
    RetailerCasesResolver,
    StaffMemberCasesResolver,
    VisitCasesResolver,
    CalendarResolver,
    RoutingResolver,
    ComplaintEventResolver,
    ComplaintEventsSubscription,
  ],
  entities: [Case, CaseEntry, Escalation, WorkingCalendar, CalendarDay, RoutingRule, CaseRetailer, CaseTerritory, CaseRegion, CaseStaff],
  migrations,
  references: {
    Case: caseScope.reference([COMPLAINTS_READ]),
  },
  permissions: COMPLAINTS_PERMISSIONS,
  // Entities complaints only extends are reachable from no root field, so they are listed here.
  orphanedTypes: [StaffMemberReference, VisitReference, OrderReference],
  events: COMPLAINT_EVENTS,
  consumers: [customersProjection, handOffConsumer],
  jobs: [escalateCasesJob],
});

export { Case, CaseEntry, Escalation, CaseRegion, CaseRetailer, CaseStaff, CaseTerritory, RoutingRule };
export { calendarForRegion } from './calendar/calendar.service';
export { openCase, type CaseSpec } from './case/open-case.service';
export * from './events';
export * from './permissions';
export * from './case/case.events';
export * from './case/case.enums';
export { escalateCases, escalateCasesJob } from './deadline/escalate-cases.job';
export * from './calendar/business-time.rules';
export * from './calendar/business-calendar.rules';
