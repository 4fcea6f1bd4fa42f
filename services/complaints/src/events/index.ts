import {
  CaseAcknowledged,
  CaseChanged,
  CaseClosed,
  CaseDeadlineApproaching,
  CaseEscalated,
  CaseOpened,
  CaseReopened,
  CaseResponded,
} from '../case/case.events';

/** Every event the complaints service publishes. */
export const COMPLAINT_EVENTS = [
  CaseOpened,
  CaseAcknowledged,
  CaseResponded,
  CaseClosed,
  CaseReopened,
  CaseChanged,
  CaseEscalated,
  CaseDeadlineApproaching,
];
