import { ConnectionType, type ListSelection, NotFoundError, Reads, requireMonth, Selection, type Context } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_MANAGE, CUSTOMERS_READ } from '../permissions';
import { Territory } from '../territory/territory.entity';
import { StaffMember } from './staff-member.entity';
import { CreateStaffMemberInput, StaffMembersArgs, UpdateStaffMemberInput } from './staff-member.inputs';
import { StaffMemberService } from './staff-member.service';
import { territoryScope } from '../territory/territory.scope';
import { marketKnowledge, MarketKnowledgeFigures } from './market-knowledge.service';

export const StaffMemberConnection = ConnectionType(StaffMember, 'StaffMember');

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => StaffMember)
  staffMember(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<StaffMember> {
    return new StaffMemberService(context).get(id);
  }

  @Authorized(CUSTOMERS_READ)
  @Query(() => StaffMemberConnection, { description: 'Staff by employee number' })
  staffMembers(@Args() args: StaffMembersArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new StaffMemberService(context).list(args, selection);
  }

  @Authorized(CUSTOMERS_MANAGE)
  @Mutation(() => StaffMember)
  createStaffMember(@Arg('input') input: CreateStaffMemberInput, @Ctx() context: Context): Promise<StaffMember> {
    return new StaffMemberService(context).create(input);
  }

  @Authorized(CUSTOMERS_MANAGE)
  @Mutation(() => StaffMember)
  updateStaffMember(@Arg('input') input: UpdateStaffMemberInput, @Ctx() context: Context): Promise<StaffMember> {
    return new StaffMemberService(context).update(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  @Reads('supervisorId')
  supervisor(@Root() member: StaffMember, @Ctx() context: Context): Promise<StaffMember | undefined> | undefined {
    return member.supervisorId ? context.loaders.byId(StaffMember).load(member.supervisorId) : undefined;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [StaffMember], { description: 'The people who report to this member' })
  @Reads('id')
  team(@Root() member: StaffMember, @Ctx() context: Context): Promise<StaffMember[]> {
    return context.loaders.manyBy(StaffMember, 'supervisorId', { employeeNumber: 'ASC' }).load(member.id);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [Territory], { description: 'Territories this account manager owns (those in your scope)' })
  @Reads('id')
  async territories(@Root() member: StaffMember, @Ctx() context: Context): Promise<Territory[]> {
    const owned = await context.loaders.manyBy(Territory, 'accountManagerId', { code: 'ASC' }).load(member.id);
    return territoryScope.filter(owned, context);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => MarketKnowledgeFigures, {
    nullable: true,
    description:
      "The market knowledge section of the monthly scorecard: customer files and credit assessments kept up to date on the account manager's territories, with the figures that stand out from the team; null for staff without territories",
  })
  @Reads('id')
  async marketKnowledge(
    @Root() member: StaffMember,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Ctx() context: Context,
  ): Promise<MarketKnowledgeFigures | null> {
    requireMonth(month);
    const owned = await context.loaders.manyBy(Territory, 'accountManagerId').load(member.id);
    if (owned.length === 0) return null;
    // Someone else's account manager is NOT_FOUND, as in the other services' sections.
    if (context.access.staffMemberId !== member.id && (await territoryScope.filter(owned, context)).length === 0) {
      throw new NotFoundError('StaffMember', member.id);
    }
    return marketKnowledge(context, member.id, month);
  }
}
