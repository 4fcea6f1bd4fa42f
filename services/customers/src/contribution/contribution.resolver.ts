import type { Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ, CUSTOMERS_WRITE } from '../permissions';
import { StaffMember } from '../staff/staff-member.entity';
import { ContributionAssessment } from './contribution-assessment.entity';
import { AssessContributionInput } from './contribution.inputs';
import { ContributionService } from './contribution.service';

@Resolver(() => ContributionAssessment)
export class ContributionResolver {
  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => ContributionAssessment)
  assessContribution(@Arg('input') input: AssessContributionInput, @Ctx() context: Context): Promise<ContributionAssessment> {
    return new ContributionService(context).assess(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  assessedBy(@Root() assessment: ContributionAssessment, @Ctx() context: Context): Promise<StaffMember | undefined> {
    return context.loaders.byId(StaffMember).load(assessment.assessedById);
  }
}
