import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class QuotaRuleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(30)
  minTier: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(30)
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

@ObjectType({ description: 'A retailer’s monthly quota (月核定量) and what its orders hold of it' })
export class QuotaUsage {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  quota: number;

  @Field(() => Int)
  used: number;

  @Field(() => Int)
  remaining: number;
}

@ObjectType({ description: 'One retailer’s use of its monthly quota' })
export class RetailerQuotaUsage extends QuotaUsage {
  @Field(() => ID)
  retailerId: string;

  @Field({ description: 'The shop as orders knows it' })
  shopName: string;

  @Field(() => Float, { nullable: true, description: 'used ÷ quota' })
  utilisation: number | null;
}
