import { DayField, DayRange, PageArgs } from '@fieldloop/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { VisitPlan } from './visit-plan.entity';
import { PlanStatus } from './visit-plan.enums';

@InputType({ description: 'One stop of the route: the retailer and what the visit is for' })
export class PlanStopInput {
  @Field(() => ID)
  retailerId: string;

  @Field({ description: '沟通主题: one clear topic' })
  @Length(1, 100)
  theme: string;

  @Field()
  @Length(1, 1000)
  purpose: string;

  @Field()
  @Length(1, 1000)
  actionPlan: string;

  @Field()
  @Length(1, 1000)
  expectedResult: string;
}

@InputType()
export class CreateVisitPlanInput implements Partial<VisitPlan> {
  @Field(() => ID)
  accountManagerId: string;

  @DayField()
  planDate: string;

  @Field(() => [PlanStopInput], { description: 'The route, in visiting order' })
  @ArrayMinSize(1, { message: 'stops must name at least one retailer' })
  @ArrayMaxSize(40, { message: 'stops can hold at most 40 retailers a day' })
  @ValidateNested({ each: true })
  @Type(() => PlanStopInput)
  stops: PlanStopInput[];
}

@InputType()
export class ReviewVisitPlanInput {
  @Field(() => ID)
  planId: string;

  @Field(() => ID, { nullable: true, description: 'The supervisor reviewing the plan; the signed-in staff member when omitted' })
  reviewerId?: string;

  @Field(() => String, { nullable: true, description: 'Required when returning the plan' })
  @IsOptional()
  @Length(1, 1000)
  comment?: string;
}

@InputType()
export class VisitPlanFilter extends DayRange {
  @Field(() => ID, { nullable: true })
  accountManagerId?: string;

  @Field(() => [PlanStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus, { each: true })
  statuses?: PlanStatus[];
}

@ArgsType()
export class VisitPlansArgs extends PageArgs {
  @Field(() => VisitPlanFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitPlanFilter)
  filter?: VisitPlanFilter;
}
