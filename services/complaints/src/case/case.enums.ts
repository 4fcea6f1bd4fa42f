import { registerEnumType } from 'type-graphql';

export enum CaseKind {
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
  MARKET_LEAD = 'MARKET_LEAD',
  ORDER_EXCEPTION = 'ORDER_EXCEPTION',
  DELIVERY_ISSUE = 'DELIVERY_ISSUE',
  /** Information or a task between posts: upward (上行), lateral (平行) or downward (下行). */
  INFO_FEEDBACK = 'INFO_FEEDBACK',
}
registerEnumType(CaseKind, { name: 'CaseKind', description: 'What needs an answer: 投诉, 建议, 市场线索, 要货异常, 送货问题, 信息反馈' });

export enum CaseCategory {
  PRODUCT_QUALITY = 'PRODUCT_QUALITY',
  DELIVERY = 'DELIVERY',
  ORDER_ERROR = 'ORDER_ERROR',
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  POLICY = 'POLICY',
  PRICE = 'PRICE',
  MARKET = 'MARKET',
  OTHER = 'OTHER',
}
registerEnumType(CaseCategory, { name: 'CaseCategory' });

export enum CaseSeverity {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(CaseSeverity, { name: 'CaseSeverity' });

export enum CaseSource {
  RETAILER = 'RETAILER',
  CONSUMER = 'CONSUMER',
  STAFF = 'STAFF',
  VISIT = 'VISIT',
  ORDERS = 'ORDERS',
}
registerEnumType(CaseSource, { name: 'CaseSource', description: 'Who or what raised the case' });

export enum CaseChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  SYSTEM = 'SYSTEM',
}
registerEnumType(CaseChannel, { name: 'CaseChannel', description: 'How it reached the company' });

export enum CaseStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_ON_RETAILER = 'WAITING_ON_RETAILER',
  RESPONDED = 'RESPONDED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum CaseAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  START = 'START',
  WAIT_ON_RETAILER = 'WAIT_ON_RETAILER',
  RESUME = 'RESUME',
  RESPOND = 'RESPOND',
  REOPEN = 'REOPEN',
  CONFIRM_CLOSE = 'CONFIRM_CLOSE',
  OVERRIDE_CLOSE = 'OVERRIDE_CLOSE',
  HAND_OFF = 'HAND_OFF',
}
registerEnumType(CaseAction, { name: 'CaseAction', description: 'What can be done to a case (Case.allowedActions)' });

/** The staff roles a case can be owned by (customers' StaffRole values). */
export enum OwnerRole {
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ORDER_CLERK = 'ORDER_CLERK',
  DELIVERY_DRIVER = 'DELIVERY_DRIVER',
  MARKET_INSPECTOR = 'MARKET_INSPECTOR',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}
registerEnumType(OwnerRole, { name: 'OwnerRole' });

export enum TimelineEntryKind {
  RAISED = 'RAISED',
  MESSAGE = 'MESSAGE',
  TRANSITION = 'TRANSITION',
  HAND_OFF = 'HAND_OFF',
  ESCALATION = 'ESCALATION',
  WARNING = 'WARNING',
}
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind' });
