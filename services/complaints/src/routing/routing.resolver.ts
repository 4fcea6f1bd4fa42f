import { randomUUID } from 'node:crypto';
import type { Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { COMPLAINTS_MANAGE, COMPLAINTS_READ } from '../permissions';
import { RoutingRule } from './routing-rule.entity';
import { RoutingRuleInput } from './routing.inputs';

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
