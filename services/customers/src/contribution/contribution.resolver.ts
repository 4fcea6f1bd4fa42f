import { Locale, type Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ, CUSTOMERS_WRITE } from '../permissions';
import { StaffMember } from '../staff/staff-member.entity';
import { ContributionAssessment } from './contribution-assessment.entity';
import { AssessContributionInput } from './contribution.inputs';
import { ContributionService } from './contribution.service';
import { CONTRIBUTION_INDICATOR_CATALOGUE } from './contribution-indicator.catalogue';
import { contributionBreakdown } from './contribution.rules';
import { ScoreIndicator, ScoreSource } from '../score/score-indicator.types';

/** monthlyVolume → MONTHLY_VOLUME, the code style of the credit indicators. */
const codeOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

@Resolver(() => ContributionAssessment)
export class ContributionResolver {
  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => ContributionAssessment)
  assessContribution(@Arg('input') input: AssessContributionInput, @Ctx() context: Context): Promise<ContributionAssessment> {
    return new ContributionService(context).assess(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [ScoreIndicator], {
    description: 'Each of the ten indicators with its points (equal weights, at most 10 each); they add up to totalScore before rounding',
  })
  breakdown(
    @Root() assessment: ContributionAssessment,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale,
  ): ScoreIndicator[] {
    return contributionBreakdown(assessment).map((line) => ({
      code: codeOf(line.indicator),
      field: line.indicator,
      label: CONTRIBUTION_INDICATOR_CATALOGUE[line.indicator][locale],
      level: null,
      score: line.score,
      points: line.points,
      maxPoints: line.maxPoints,
      weight: line.weight,
      source: ScoreSource.TYPED,
      sourceMonth: null,
      basis: null,
    }));
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  assessedBy(@Root() assessment: ContributionAssessment, @Ctx() context: Context): Promise<StaffMember | undefined> {
    return context.loaders.byId(StaffMember).load(assessment.assessedById);
  }
}
