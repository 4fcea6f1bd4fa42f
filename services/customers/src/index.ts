import 'reflect-metadata';
import { AuditTrailResolver, defineSubgraph, SessionEnded } from '@fieldloop/platform';
import { ApiKey } from './auth/api-key.entity';
import { ApiKeyResolver } from './auth/api-key.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { RefreshToken } from './auth/refresh-token.entity';
import { ContributionAssessment } from './contribution/contribution-assessment.entity';
import { ContributionResolver } from './contribution/contribution.resolver';
import { CreditAssessment } from './credit/credit-assessment.entity';
import { CreditResolver } from './credit/credit.resolver';
import { CustomerEventResolver, CustomerEventsSubscription } from './events/customer-event.resolver';
import { CUSTOMER_EVENTS } from './events';
import { OrderedVolume } from './federated/ordered-volume.entity';
import { ordersProjection } from './federated/orders.projection';
import { RetailerQuotaChange } from './federated/retailer-quota-change.entity';
import { migrations } from './migrations';
import { CUSTOMERS_PERMISSIONS, CUSTOMERS_READ } from './permissions';
import { PersonalityResolver } from './personality/personality.resolver';
import { Region } from './region/region.entity';
import { RegionResolver } from './region/region.resolver';
import { Retailer } from './retailer/retailer.entity';
import { RetailerResolver } from './retailer/retailer.resolver';
import { retailerScope } from './retailer/retailer.scope';
import { StaffMember } from './staff/staff-member.entity';
import { StoryEntry } from './story/story-entry.entity';
import { retailerStory } from './story/story.service';
import { RetailerStoryResolver, StoryEntryResolver } from './story/story.resolver';
import { StaffMemberResolver } from './staff/staff-member.resolver';
import { Territory } from './territory/territory.entity';
import { TerritoryResolver } from './territory/territory.resolver';
import { territoryScope } from './territory/territory.scope';

export const customers = defineSubgraph({
  name: 'customers',
  defaultPort: 4001,
  resolvers: [
    RetailerResolver,
    RetailerStoryResolver,
    StoryEntryResolver,
    TerritoryResolver,
    StaffMemberResolver,
    RegionResolver,
    CreditResolver,
    ContributionResolver,
    PersonalityResolver,
    CustomerEventResolver,
    CustomerEventsSubscription,
    AuthResolver,
    ApiKeyResolver,
    AuditTrailResolver,
  ],
  entities: [
    Retailer,
    Territory,
    StaffMember,
    Region,
    CreditAssessment,
    ContributionAssessment,
    RefreshToken,
    ApiKey,
    StoryEntry,
    OrderedVolume,
    RetailerQuotaChange,
  ],
  migrations,
  references: {
    Retailer: retailerScope.reference([CUSTOMERS_READ]),
    Territory: territoryScope.reference([CUSTOMERS_READ]),
    // The staff directory (names, roles, teams) is open to every signed-in reader.
    StaffMember: { entity: StaffMember, authorized: [] },
  },
  permissions: CUSTOMERS_PERMISSIONS,
  events: [...CUSTOMER_EVENTS, SessionEnded],
  consumers: [retailerStory, ordersProjection],
});

export { ContributionAssessment, CreditAssessment, OrderedVolume, Region, Retailer, RetailerQuotaChange, StaffMember, Territory };
export { hashPassword } from './auth/auth.service';
export * from './permissions';
export * from './events';
export * from './retailer/retailer.events';
export * from './territory/territory.events';
export * from './staff/staff-member.events';
export * from './credit/credit.events';
export * from './contribution/contribution.events';
export * from './region/region.events';
export * from './credit/credit.enums';
export * from './credit/credit.rules';
export * from './contribution/contribution.rules';
export * from './personality/personality.enums';
export * from './retailer/retailer.enums';
export * from './staff/staff-member.enums';
export * from './story/story.enums';
export { STORY_SENTENCES } from './story/story.service';
