import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IntBetweenField, PageArgs } from '@fieldloop/platform';
import type { Case } from './case.entity';
import { CaseAction, CaseCategory, CaseChannel, CaseKind, CaseSeverity, CaseSource, CaseStatus, OwnerRole } from './case.enums';

@InputType({
  description: 'A case raised by a staff member: a retailer’s complaint taken in, feedback upward, a question across, a task sent down',
})
export class RaiseCaseInput implements Partial<Case> {
  @Field(() => CaseKind)
  @IsEnum(CaseKind)
  kind: CaseKind;

  @Field(() => CaseCategory)
  @IsEnum(CaseCategory)
  category: CaseCategory;

  @Field(() => CaseSeverity, { nullable: true, defaultValue: CaseSeverity.NORMAL })
  @IsOptional()
  @IsEnum(CaseSeverity)
  severity?: CaseSeverity;

  @Field(() => CaseSource, { defaultValue: CaseSource.STAFF })
  @IsEnum(CaseSource)
  source: CaseSource;

  @Field(() => CaseChannel, { defaultValue: CaseChannel.IN_PERSON })
  @IsEnum(CaseChannel)
  channel: CaseChannel;

  @Field()
  @Length(1, 200)
  title: string;

  @Field()
  @Length(1, 4000)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  retailerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  orderId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  visitId?: string | null;

  @Field(() => OwnerRole, { nullable: true, description: 'The post that must answer; omitted: the routing rule of the kind' })
  @IsOptional()
  @IsEnum(OwnerRole)
  ownerRole?: OwnerRole;

  @Field(() => ID, { nullable: true, description: 'The person who must answer (a task sent down, a question to a colleague)' })
  @IsOptional()
  assigneeId?: string | null;

  @IntBetweenField(1, 400, { nullable: true, description: 'The sender’s deadline in business hours, instead of the policy’s' })
  respondWithinHours?: number | null;
}

@InputType({ description: 'One action of the status machine on a case (see Case.allowedActions)' })
export class CaseActionInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => CaseAction)
  @IsEnum(CaseAction)
  action: CaseAction;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; a stale one is a CONFLICT' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'What is said: the answer (RESPOND), a note to the one it is handed to' })
  @IsOptional()
  @Length(1, 4000)
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: needed to override-close and to reopen' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;

  @IntBetweenField(1, 5, { nullable: true, description: 'The originator’s satisfaction 1-5: needed to confirm closing' })
  satisfaction?: number | null;

  @Field(() => ID, { nullable: true, description: 'HAND_OFF: the person it goes to' })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => OwnerRole, { nullable: true, description: 'HAND_OFF: the post it goes to' })
  @IsOptional()
  @IsEnum(OwnerRole)
  ownerRole?: OwnerRole | null;
}

@InputType()
export class CaseMessageInput {
  @Field(() => ID)
  caseId: string;

  @Field()
  @Length(1, 4000)
  body: string;

  @Field(() => ID, { nullable: true, description: 'To whom; omitted: the case’s assignee' })
  @IsOptional()
  toId?: string | null;
}

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus, { each: true })
  statuses?: CaseStatus[];

  @Field(() => [CaseKind], { nullable: true })
  @IsOptional()
  @IsEnum(CaseKind, { each: true })
  kinds?: CaseKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  retailerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  territoryId?: string;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilter)
  filter?: CaseFilter;
}
