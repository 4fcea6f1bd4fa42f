import { PlanApproved, PlanReturned, PlanSubmitted } from '../plan/visit-plan.events';
import {
  CaseRaised,
  MarketLeadRaised,
  OrderIntentRaised,
  VisitCancelled,
  VisitFinished,
  VisitFlagged,
  VisitMissed,
  VisitStarted,
} from '../visit/visit.events';

/** Every event the visits service publishes. */
export const VISIT_EVENTS = [
  PlanSubmitted,
  PlanApproved,
  PlanReturned,
  VisitStarted,
  VisitFlagged,
  VisitFinished,
  VisitCancelled,
  VisitMissed,
  MarketLeadRaised,
  OrderIntentRaised,
  CaseRaised,
];
