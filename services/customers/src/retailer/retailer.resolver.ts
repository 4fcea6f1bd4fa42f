import {
  ConnectionType,
  type Context,
  IdempotencyKey,
  type Idempotent,
  type ListSelection,
  Locale,
  Reads,
  Selection,
} from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ, CUSTOMERS_READ_PERSONAL, CUSTOMERS_WRITE } from '../permissions';
import { ContributionAssessment } from '../contribution/contribution-assessment.entity';
import { CreditAssessment } from '../credit/credit-assessment.entity';
import { PersonalityProfile, personalityProfile } from '../personality/personality.resolver';
import { StaffMember } from '../staff/staff-member.entity';
import { Territory } from '../territory/territory.entity';
import { Retailer } from './retailer.entity';
import {
  ChangeRetailerStatusInput,
  CreateRetailerInput,
  RetailerPositionsArgs,
  RetailersArgs,
  UpdateRetailerInput,
} from './retailer.inputs';
import { RetailerPositions } from './retailer-position.types';
import { fileCompleteness } from './retailer.rules';
import { RetailerService } from './retailer.service';

export const RetailerConnection = ConnectionType(Retailer, 'Retailer');

@Resolver(() => Retailer)
export class RetailerResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => Retailer, { description: 'A retailer by id; NOT_FOUND if there is none' })
  retailer(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Retailer> {
    return new RetailerService(context).get(id);
  }

  @Authorized(CUSTOMERS_READ)
  @Query(() => Retailer, { description: 'A retailer by its 12-digit licence number' })
  retailerByLicence(@Arg('licenceNumber') licenceNumber: string, @Ctx() context: Context): Promise<Retailer> {
    return new RetailerService(context).getByLicence(licenceNumber);
  }

  @Authorized(CUSTOMERS_READ)
  @Query(() => RetailerConnection, { description: 'Retailers, filtered and sorted, a page at a time' })
  retailers(@Args() args: RetailersArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new RetailerService(context).list(args, selection);
  }

  @Authorized(CUSTOMERS_READ)
  @Query(() => RetailerPositions, { description: 'Where the retailers matching a filter are, and their grades, for a map in one request' })
  retailerPositions(@Args() args: RetailerPositionsArgs, @Ctx() context: Context): Promise<RetailerPositions> {
    return new RetailerService(context).positions(args);
  }

  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => Retailer)
  createRetailer(
    @Arg('input') input: CreateRetailerInput,
    @IdempotencyKey() idempotent: Idempotent,
    @Ctx() context: Context,
  ): Promise<Retailer> {
    return idempotent(Retailer, () => new RetailerService(context).create(input));
  }

  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => Retailer)
  updateRetailer(@Arg('input') input: UpdateRetailerInput, @Ctx() context: Context): Promise<Retailer> {
    return new RetailerService(context).update(input);
  }

  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => Retailer, { description: 'Suspend, close or reactivate a retailer' })
  changeRetailerStatus(@Arg('input') input: ChangeRetailerStatusInput, @Ctx() context: Context): Promise<Retailer> {
    return new RetailerService(context).changeStatus(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Territory)
  @Reads('territoryId')
  async territory(@Root() retailer: Retailer, @Ctx() context: Context): Promise<Territory | undefined> {
    return context.loaders.byId(Territory).load(retailer.territoryId);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true, description: "The account manager of the retailer's territory" })
  @Reads('territoryId')
  async accountManager(@Root() retailer: Retailer, @Ctx() context: Context): Promise<StaffMember | undefined> {
    const territory = await context.loaders.byId(Territory).load(retailer.territoryId);
    return territory?.accountManagerId ? context.loaders.byId(StaffMember).load(territory.accountManagerId) : undefined;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [CreditAssessment], { description: 'Every credit assessment, newest first' })
  @Reads('id')
  creditHistory(@Root() retailer: Retailer, @Ctx() context: Context): Promise<CreditAssessment[]> {
    return context.loaders.manyBy(CreditAssessment, 'retailerId', { assessedAt: 'DESC' }).load(retailer.id);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => CreditAssessment, { nullable: true, description: 'The latest credit assessment' })
  @Reads('id')
  async creditAssessment(@Root() retailer: Retailer, @Ctx() context: Context): Promise<CreditAssessment | undefined> {
    const history = await context.loaders.manyBy(CreditAssessment, 'retailerId', { assessedAt: 'DESC' }).load(retailer.id);
    return history[0];
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [ContributionAssessment], { description: 'Monthly contribution assessments, newest first' })
  @Reads('id')
  contributionHistory(@Root() retailer: Retailer, @Ctx() context: Context): Promise<ContributionAssessment[]> {
    return context.loaders.manyBy(ContributionAssessment, 'retailerId', { period: 'DESC' }).load(retailer.id);
  }

  @Authorized(CUSTOMERS_READ_PERSONAL)
  @FieldResolver(() => PersonalityProfile, { nullable: true, description: 'Signs and advised approach for this owner' })
  @Reads('personal.personalityType')
  personalityProfile(
    @Root() retailer: Retailer,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale,
  ): PersonalityProfile | null {
    return retailer.personal.personalityType ? personalityProfile(retailer.personal.personalityType, locale) : null;
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Float, { description: 'Share (0-1) of the customer file that is filled in' })
  fileCompleteness(@Root() retailer: Retailer): number {
    return fileCompleteness(retailer);
  }
}
