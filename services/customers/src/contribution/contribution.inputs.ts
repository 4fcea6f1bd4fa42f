import { IntBetweenField } from '@fieldloop/platform';
import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ContributionAssessment } from './contribution-assessment.entity';

const score = () => IntBetweenField(1, 5, { description: '1 (poor) to 5 (excellent)' });

@InputType({
  description:
    "A month's seven typed contribution indicators; monthly volume, growth and target attainment are computed from the retailer's orders. Assessing the same month again replaces it",
})
export class AssessContributionInput implements Partial<ContributionAssessment> {
  @Field(() => ID)
  retailerId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month, YYYY-MM' })
  period: string;

  @Field(() => ID, { nullable: true, description: 'Who assessed; the signed-in staff member when omitted' })
  assessedById?: string;

  @score() returnOnInput: number;
  @score() shareGrowth: number;
  @score() paymentCollection: number;
  @score() loyalty: number;
  @score() credibility: number;
  @score() promotionCooperation: number;
  @score() retailerSupport: number;
}
