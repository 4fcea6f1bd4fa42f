import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorLevel } from '../credit/credit.enums';

export enum ScoreSource {
  TYPED = 'TYPED',
  COMPUTED = 'COMPUTED',
}
registerEnumType(ScoreSource, {
  name: 'ScoreSource',
  description: 'Whether an indicator was entered by the assessor or computed from the data the system holds',
});

/** One indicator's share of a credit grade or contribution score, so a supervisor sees why it is what it is. */
@ObjectType({ description: "One indicator of a credit or contribution assessment and what it adds to the assessment's points" })
export class ScoreIndicator {
  @Field({ description: 'The indicator, e.g. ARREARS or MONTHLY_VOLUME' })
  code: string;

  @Field({ description: 'The field of the assessment that holds its level or score' })
  field: string;

  @Field({ description: 'The indicator as the training material words it, in the requested locale' })
  label: string;

  @Field(() => IndicatorLevel, { nullable: true, description: 'Credit indicators: the level given' })
  level: IndicatorLevel | null;

  @Field(() => Int, { nullable: true, description: 'Contribution indicators: the score, 1 (poor) to 5 (excellent)' })
  score: number | null;

  @Field(() => Float, { description: "What the indicator adds to the assessment's points (credit: of 14; contribution: of 100)" })
  points: number;

  @Field(() => Float, { description: 'The most the indicator can add' })
  maxPoints: number;

  @Field(() => Float, { description: "The indicator's share of the whole, 0-1 (the weights add up to 1)" })
  weight: number;

  @Field(() => ScoreSource)
  source: ScoreSource;

  @Field(() => String, { nullable: true, description: 'Computed indicators: the month (YYYY-MM) of the figures it comes from' })
  sourceMonth: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the level or score rests on: the level as worded, or the figures computed from',
  })
  basis: string | null;
}
