import { ConnectionType, type ListSelection, Reads, Selection, type Context } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_MANAGE, CUSTOMERS_READ } from '../permissions';
import { Territory } from '../territory/territory.entity';
import { StaffMember } from './staff-member.entity';
import { CreateStaffMemberInput, StaffMembersArgs, UpdateStaffMemberInput } from './staff-member.inputs';
import { StaffMemberService } from './staff-member.service';
import { territoryScope } from '../territory/territory.scope';

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
}
