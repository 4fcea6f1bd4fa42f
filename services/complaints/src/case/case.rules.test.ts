import { describe, expect, it } from '@jest/globals';
import { CaseAction, CaseKind, CaseStatus } from './case.enums';
import { allowedActions, refusal, type Actor, type CaseState } from './case.rules';

const worker: Actor = { staffMemberId: 'clerk', canWrite: true, canManage: false, speaksForRetailer: false };
const accountManager: Actor = { staffMemberId: 'am', canWrite: true, canManage: false, speaksForRetailer: true };
const supervisor: Actor = { staffMemberId: 'sup', canWrite: false, canManage: true, speaksForRetailer: false };
const complaint = (status: CaseStatus): CaseState => ({ kind: CaseKind.COMPLAINT, status, reporterId: 'am', retailerId: 'shop' });

describe('the case status machine', () => {
  it('offers the next steps of a new case', () => {
    expect(allowedActions(complaint(CaseStatus.OPEN), worker)).toEqual([CaseAction.ACKNOWLEDGE, CaseAction.HAND_OFF]);
    expect(allowedActions(complaint(CaseStatus.OPEN), supervisor)).toEqual([
      CaseAction.ACKNOWLEDGE,
      CaseAction.OVERRIDE_CLOSE,
      CaseAction.HAND_OFF,
    ]);
  });

  it('lets only the originator side confirm an answer, and a supervisor override', () => {
    expect(allowedActions(complaint(CaseStatus.RESPONDED), worker)).toEqual([CaseAction.HAND_OFF]);
    expect(allowedActions(complaint(CaseStatus.RESPONDED), accountManager)).toEqual([
      CaseAction.REOPEN,
      CaseAction.CONFIRM_CLOSE,
      CaseAction.HAND_OFF,
    ]);
    expect(refusal(CaseAction.CONFIRM_CLOSE, complaint(CaseStatus.RESPONDED), worker)).toMatch(/only the one who raised the case/);
    expect(refusal(CaseAction.OVERRIDE_CLOSE, complaint(CaseStatus.RESPONDED), supervisor)).toBeUndefined();
  });

  it('refuses an illegal transition naming the allowed ones', () => {
    expect(refusal(CaseAction.RESPOND, complaint(CaseStatus.OPEN), worker)).toBe(
      'RESPOND is not allowed on a COMPLAINT case that is OPEN; allowed: ACKNOWLEDGE, HAND_OFF',
    );
    expect(refusal(CaseAction.ACKNOWLEDGE, complaint(CaseStatus.CLOSED), worker)).toBe(
      'ACKNOWLEDGE is not allowed on a COMPLAINT case that is CLOSED; allowed: none',
    );
  });

  it('keeps per-kind guards: a market lead never waits on the retailer', () => {
    const lead: CaseState = { ...complaint(CaseStatus.IN_PROGRESS), kind: CaseKind.MARKET_LEAD };
    expect(allowedActions(lead, worker)).not.toContain(CaseAction.WAIT_ON_RETAILER);
    expect(allowedActions(complaint(CaseStatus.IN_PROGRESS), worker)).toContain(CaseAction.WAIT_ON_RETAILER);
  });

  it('reopens a closed case for the originator, restarting the work', () => {
    expect(allowedActions(complaint(CaseStatus.CLOSED), accountManager)).toEqual([CaseAction.REOPEN]);
    expect(allowedActions(complaint(CaseStatus.REOPENED), worker)).toEqual([CaseAction.ACKNOWLEDGE, CaseAction.HAND_OFF]);
  });
});
