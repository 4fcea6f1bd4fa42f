import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

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
