import { IntBetweenField } from '@fieldloop/platform';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class QuotaRuleInput {
  @IntBetweenField(1, 30)
  minTier: number;

  @IntBetweenField(1, 30)
  maxTier: number;

  @Field(() => Int, { description: 'Cartons a month' })
  @IsInt()
  @Min(0)
  monthlyCartons: number;
}

@InputType({ description: 'The whole tier → quota table: tiers 1-30, each once' })
export class SetQuotaRulesInput {
  @Field(() => [QuotaRuleInput])
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => QuotaRuleInput)
  rules: QuotaRuleInput[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}

@InputType()
export class SetRetailerQuotaInput {
  @Field(() => ID)
  retailerId: string;

  @Field(() => Int, { nullable: true, description: 'Cartons a month; null goes back to the tier’s rule' })
  @IsOptional()
  @IsInt()
  @Min(0)
  monthlyCartons?: number | null;

  @Field()
  @Length(1, 500)
  reason: string;
}

@InputType()
export class SetProductLimitInput {
  @Field(() => ID)
  productId: string;

  @Field(() => Int, { nullable: true, description: 'Cartons per retailer per order cycle; null lifts the limit' })
  @IsOptional()
  @IsInt()
  @Min(0)
  cartonsPerCycle?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}
