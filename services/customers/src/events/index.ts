import { ContributionAssessed } from '../contribution/contribution.events';
import { CreditAssessed } from '../credit/credit.events';
import { RegionCreated } from '../region/region.events';
import { RetailerChanged, RetailerCreated, RetailerStatusChanged } from '../retailer/retailer.events';
import { StaffMemberChanged, StaffMemberCreated } from '../staff/staff-member.events';
import { TerritoryChanged, TerritoryCreated } from '../territory/territory.events';

/** Every event the customers service publishes. */
export const CUSTOMER_EVENTS = [
  RegionCreated,
  TerritoryCreated,
  TerritoryChanged,
  StaffMemberCreated,
  StaffMemberChanged,
  RetailerCreated,
  RetailerChanged,
  RetailerStatusChanged,
  CreditAssessed,
  ContributionAssessed,
];
