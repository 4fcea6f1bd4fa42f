import { IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseKind, OwnerRole } from '../case/case.enums';
import type { RoutingRule } from './routing-rule.entity';

@InputType({ description: 'Route a kind of case (in a region, or company-wide) to a post, and optionally a person' })
export class RoutingRuleInput implements Partial<RoutingRule> {
  @Field(() => CaseKind)
  @IsEnum(CaseKind)
  kind: CaseKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;

  @Field(() => OwnerRole)
  @IsEnum(OwnerRole)
  ownerRole: OwnerRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeId?: string | null;
}
