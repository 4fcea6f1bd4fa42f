import { registerEnumType } from 'type-graphql';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(PlanStatus, {
  name: 'VisitPlanStatus',
  description: 'Drafted, submitted to the supervisor (提交计划), approved or returned with a comment',
});
