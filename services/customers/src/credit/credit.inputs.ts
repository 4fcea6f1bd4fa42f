import { IsEnum, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { CreditAssessment } from './credit-assessment.entity';
import { IndicatorLevel } from './credit.enums';

@InputType({ description: 'The seven indicators; the score and grade are computed, never typed in' })
export class AssessCreditInput implements Partial<CreditAssessment> {
  @Field(() => ID)
  retailerId: string;

  @Field(() => ID, { nullable: true, description: 'Who assessed; the signed-in staff member when omitted' })
  assessedById?: string;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  localResidence: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  yearsInBusiness: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  salesGrowth: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  arrears: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  supplierConcentration: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  badHabits: IndicatorLevel;

  @Field(() => IndicatorLevel)
  @IsEnum(IndicatorLevel)
  crossRegionSelling: IndicatorLevel;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  note?: string;
}
