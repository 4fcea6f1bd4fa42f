import { randomUUID } from 'node:crypto';
import type { Context } from '@fieldloop/platform';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { CaseKind, OwnerRole } from '../case/case.enums';
import { COMPLAINTS_MANAGE, COMPLAINTS_READ } from '../permissions';
import { RoutingRule } from './routing-rule.entity';

@InputType({ description: 'Route a kind of case (in a region, or company-wide) to a post, and optionally a person' })
export class RoutingRuleInput implements Partial<RoutingRule> {
  @Field(() => CaseKind)
  @IsEnum(CaseKind)
  kind: CaseKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => OwnerRole)
  @IsEnum(OwnerRole)
  ownerRole: OwnerRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

@Resolver(() => RoutingRule)
export class RoutingResolver {
  @Authorized(COMPLAINTS_READ)
  @Query(() => [RoutingRule], { description: 'Where each kind of case goes; kinds without a rule go to their default post' })
  routingRules(@Ctx() context: Context): Promise<RoutingRule[]> {
    return context.dataSource.getRepository(RoutingRule).find({ order: { kind: 'ASC' } });
  }

  @Authorized(COMPLAINTS_MANAGE)
  @Mutation(() => RoutingRule, { description: 'Set where a kind of case goes (cases opened from now on)' })
  setRoutingRule(@Arg('input') input: RoutingRuleInput, @Ctx() context: Context): Promise<RoutingRule> {
    return context.transaction(async (manager) => {
      const regionId = input.regionId ?? null;
      const existing = await manager.findOne(RoutingRule, { where: { kind: input.kind, regionId: regionId ?? undefined } });
      const same = existing && existing.regionId === regionId ? existing : undefined;
      return manager.save(RoutingRule, {
        id: same?.id ?? randomUUID(),
        kind: input.kind,
        regionId,
        ownerRole: input.ownerRole,
        assigneeId: input.assigneeId ?? null,
      });
    });
  }
}
