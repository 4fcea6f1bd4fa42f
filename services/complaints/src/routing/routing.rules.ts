import { CaseKind, OwnerRole } from '../case/case.enums';

/** The post each kind goes to when no routing rule says otherwise (DOMAIN.md section 5). */
export const DEFAULT_OWNER: Record<CaseKind, OwnerRole> = {
  [CaseKind.COMPLAINT]: OwnerRole.ACCOUNT_MANAGER,
  [CaseKind.SUGGESTION]: OwnerRole.SUPERVISOR,
  [CaseKind.MARKET_LEAD]: OwnerRole.MARKET_INSPECTOR,
  [CaseKind.ORDER_EXCEPTION]: OwnerRole.ORDER_CLERK,
  [CaseKind.DELIVERY_ISSUE]: OwnerRole.DELIVERY_DRIVER,
  [CaseKind.INFO_FEEDBACK]: OwnerRole.SUPERVISOR,
};
