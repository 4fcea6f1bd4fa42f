import { CaseAction, CaseKind, CaseStatus } from './case.enums';

/** Where each action may start from, and where it leads (`undefined`: the status stays). */
interface Transition {
  from: readonly CaseStatus[];
  to?: CaseStatus;
}

const WORKING = [CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS] as const;
const NOT_CLOSED = Object.values(CaseStatus).filter((status) => status !== CaseStatus.CLOSED);

/** The one status machine of every kind of case. */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  [CaseAction.ACKNOWLEDGE]: { from: [CaseStatus.OPEN, CaseStatus.REOPENED], to: CaseStatus.ACKNOWLEDGED },
  [CaseAction.START]: { from: [CaseStatus.ACKNOWLEDGED], to: CaseStatus.IN_PROGRESS },
  [CaseAction.WAIT_ON_RETAILER]: { from: WORKING, to: CaseStatus.WAITING_ON_RETAILER },
  [CaseAction.RESUME]: { from: [CaseStatus.WAITING_ON_RETAILER], to: CaseStatus.IN_PROGRESS },
  [CaseAction.RESPOND]: { from: [...WORKING, CaseStatus.WAITING_ON_RETAILER], to: CaseStatus.RESPONDED },
  [CaseAction.REOPEN]: { from: [CaseStatus.RESPONDED, CaseStatus.CLOSED], to: CaseStatus.REOPENED },
  [CaseAction.CONFIRM_CLOSE]: { from: [CaseStatus.RESPONDED], to: CaseStatus.CLOSED },
  [CaseAction.OVERRIDE_CLOSE]: { from: NOT_CLOSED, to: CaseStatus.CLOSED },
  [CaseAction.HAND_OFF]: { from: NOT_CLOSED },
};

/**
 * Per-kind guards: a market lead is about the retailer's own dealings (non-channel goods), so
 * it never waits on the retailer; nor does an order exception, which the company must put right.
 */
const KIND_FORBIDS: Partial<Record<CaseKind, readonly CaseAction[]>> = {
  [CaseKind.MARKET_LEAD]: [CaseAction.WAIT_ON_RETAILER],
  [CaseKind.ORDER_EXCEPTION]: [CaseAction.WAIT_ON_RETAILER],
};

/** Who is asking, as the rules need it. */
export interface Actor {
  staffMemberId?: string;
  /** Holds complaints:manage (a supervisor or an administrator): may override-close with a reason. */
  canManage: boolean;
  /** Holds complaints:write: may work cases. */
  canWrite: boolean;
  /** The retailer's account manager, who records the retailer's confirmation. */
  speaksForRetailer: boolean;
}

export interface CaseState {
  kind: CaseKind;
  status: CaseStatus;
  reporterId: string | null;
  retailerId: string | null;
}

/** The originator confirms: the staff member who raised it, or for a retailer's case their account manager. */
export const canConfirm = (state: CaseState, actor: Actor): boolean =>
  (!!actor.staffMemberId && actor.staffMemberId === state.reporterId) || (!!state.retailerId && actor.speaksForRetailer);

function actorMay(action: CaseAction, state: CaseState, actor: Actor): boolean {
  switch (action) {
    case CaseAction.OVERRIDE_CLOSE:
      return actor.canManage;
    case CaseAction.CONFIRM_CLOSE:
    case CaseAction.REOPEN:
      return canConfirm(state, actor) || actor.canManage;
    default:
      return actor.canWrite || actor.canManage;
  }
}

/** The status an action leads to from here, or undefined when the table does not allow it. */
export function transitionOf(action: CaseAction, state: CaseState): Transition | undefined {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(state.status) || KIND_FORBIDS[state.kind]?.includes(action)) return undefined;
  return transition;
}

/** What this actor can do to the case now: Case.allowedActions, and the list an illegal transition names. */
export const allowedActions = (state: CaseState, actor: Actor): CaseAction[] =>
  Object.values(CaseAction).filter((action) => transitionOf(action, state) && actorMay(action, state, actor));

/** Why the actor may not take this action now, or undefined when they may. */
export function refusal(action: CaseAction, state: CaseState, actor: Actor): string | undefined {
  if (!transitionOf(action, state)) {
    const allowed = allowedActions(state, actor);
    return `${action} is not allowed on a ${state.kind} case that is ${state.status}; allowed: ${allowed.join(', ') || 'none'}`;
  }
  if (!actorMay(action, state, actor)) {
    return action === CaseAction.CONFIRM_CLOSE
      ? 'only the one who raised the case (or, for a retailer, their account manager) can confirm it closed; a supervisor can override-close with a reason'
      : `you may not ${action} this case`;
  }
  return undefined;
}
