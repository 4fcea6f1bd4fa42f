import { Locale, type Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CUSTOMERS_READ, CUSTOMERS_WRITE } from '../permissions';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { CreditAssessment } from './credit-assessment.entity';
import { CREDIT_INDICATOR_CATALOGUE } from './credit-indicator.catalogue';
import { CreditIndicator, IndicatorLevel } from './credit.enums';
import { CREDIT_INDICATOR_FIELDS, creditBreakdown } from './credit.rules';
import { ScoreIndicator, ScoreSource } from '../score/score-indicator.types';
import { AssessCreditInput } from './credit.inputs';
import { CreditService } from './credit.service';

@ObjectType()
class IndicatorLevelLabel {
  @Field(() => IndicatorLevel)
  level: IndicatorLevel;

  @Field()
  label: string;
}

@ObjectType({ description: 'One of the seven credit indicators, worded for the assessor' })
class CreditIndicatorDescription {
  @Field(() => CreditIndicator)
  indicator: CreditIndicator;

  @Field({ description: 'The field of CreditAssessment and AssessCreditInput that holds it' })
  field: string;

  @Field()
  question: string;

  @Field(() => [IndicatorLevelLabel])
  levels: IndicatorLevelLabel[];
}

/** Said after the level of a poor knock-out indicator, which caps the grade whatever the points. */
const KNOCK_OUT_NOTE: Record<Locale, string> = {
  ZH_CN: '(此项为差时信用等级最高为C,与另一否决项同为差时为D)',
  EN: ' (poor here caps the grade at C; with the other knock-out also poor, D)',
};

@Resolver(() => CreditAssessment)
export class CreditResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => [CreditIndicatorDescription], { description: 'The credit indicators and their levels, for an assessment form' })
  creditIndicators(@Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale): CreditIndicatorDescription[] {
    return Object.values(CreditIndicator).map((indicator) => {
      const text = CREDIT_INDICATOR_CATALOGUE[indicator][locale];
      return {
        indicator,
        field: CREDIT_INDICATOR_FIELDS[indicator],
        question: text.question,
        levels: Object.values(IndicatorLevel).map((level) => ({ level, label: text.levels[level] })),
      };
    });
  }

  @Authorized(CUSTOMERS_WRITE)
  @Mutation(() => CreditAssessment, { description: "Assess a retailer's credit; the grade becomes the retailer's current grade" })
  assessCredit(@Arg('input') input: AssessCreditInput, @Ctx() context: Context): Promise<CreditAssessment> {
    return new CreditService(context).assess(input);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => StaffMember, { nullable: true })
  assessedBy(@Root() assessment: CreditAssessment, @Ctx() context: Context): Promise<StaffMember | undefined> {
    return context.loaders.byId(StaffMember).load(assessment.assessedById);
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => [ScoreIndicator], {
    description: 'Each of the seven indicators with its points (good 2, medium 1, poor 0); they add up to score',
  })
  breakdown(
    @Root() assessment: CreditAssessment,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale,
  ): ScoreIndicator[] {
    return creditBreakdown(assessment).map((line) => {
      const text = CREDIT_INDICATOR_CATALOGUE[line.indicator][locale];
      const cap = line.knockOut && line.level === IndicatorLevel.POOR ? KNOCK_OUT_NOTE[locale] : '';
      return {
        code: line.indicator,
        field: line.field,
        label: text.question,
        level: line.level,
        score: null,
        points: line.points,
        maxPoints: line.maxPoints,
        weight: line.weight,
        source: ScoreSource.TYPED,
        sourceMonth: null,
        basis: text.levels[line.level] + cap,
      };
    });
  }

  @Authorized(CUSTOMERS_READ)
  @FieldResolver(() => Retailer, { nullable: true })
  retailer(@Root() assessment: CreditAssessment, @Ctx() context: Context): Promise<Retailer | undefined> {
    return context.loaders.byId(Retailer).load(assessment.retailerId);
  }
}
