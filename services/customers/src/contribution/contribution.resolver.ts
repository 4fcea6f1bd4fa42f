import { Locale, type Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ, CUSTOMERS_WRITE } from '../permissions';
import { StaffMember } from '../staff/staff-member.entity';
import { ContributionAssessment } from './contribution-assessment.entity';
import { AssessContributionInput } from './contribution.inputs';
import { ContributionService } from './contribution.service';
import { COMPUTED_INDICATOR_BASIS, CONTRIBUTION_INDICATOR_CATALOGUE } from './contribution-indicator.catalogue';
import { contributionBreakdown, isComputedIndicator, type ContributionFigures } from './contribution.rules';
import { ScoreIndicator, ScoreSource } from '../score/score-indicator.types';

/** monthlyVolume → MONTHLY_VOLUME, the code style of the credit indicators. */
const codeOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/** The figures an assessment's computed indicators rest on; none on one from before they were computed, all ten typed. */
function figuresOf(assessment: ContributionAssessment): ContributionFigures | null {
  if (assessment.sourceMonth === null) return null;
  return {
    sourceMonth: assessment.sourceMonth,
    orderedCartons: assessment.orderedCartons ?? 0,
    orderedFen: assessment.orderedFen ?? '0',
    yearEarlierCartons: assessment.yearEarlierCartons ?? 0,
    quotaCartons: assessment.quotaCartons,
  };
}

@Resolver(() => ContributionAssessment)
export class ContributionResolver {
  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => ContributionAssessment)
  assessContribution(@Arg('input') input: AssessContributionInput, @Ctx() context: Context): Promise<ContributionAssessment> {
    return new ContributionService(context).assess(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [ScoreIndicator], {
    description:
      'Each of the ten indicators with its points (equal weights over the scored ones, at most 10 each when all are); they add up to totalScore before rounding. Computed ones say their month and figures',
  })
  breakdown(
    @Root() assessment: ContributionAssessment,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale,
  ): ScoreIndicator[] {
    const figures = figuresOf(assessment);
    return contributionBreakdown(assessment).map((line) => {
      const computed = figures !== null && isComputedIndicator(line.indicator);
      return {
        code: codeOf(line.indicator),
        field: line.indicator,
        label: CONTRIBUTION_INDICATOR_CATALOGUE[line.indicator][locale],
        level: null,
        score: line.score,
        points: line.points,
        maxPoints: line.maxPoints,
        weight: line.weight,
        source: computed ? ScoreSource.COMPUTED : ScoreSource.TYPED,
        sourceMonth: figures && computed ? figures.sourceMonth : null,
        basis: figures && isComputedIndicator(line.indicator) ? COMPUTED_INDICATOR_BASIS[line.indicator][locale](figures) : null,
      };
    });
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  assessedBy(@Root() assessment: ContributionAssessment, @Ctx() context: Context): Promise<StaffMember | undefined> {
    return context.loaders.byId(StaffMember).load(assessment.assessedById);
  }
}
