import { FigureOutlier } from '@fieldloop/platform';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A month of sales (from the monthly facts): volume, money in fen, shares and rates as 0-1; the change on the same month last year is this month against `salesFigures(month: <last year>)` (an alias in the same query)',
})
export class SalesFigures {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Cartons the retailers accepted' })
  volumeCartons: number;

  @Field(() => SafeIntResolver, { description: 'Accepted cartons at wholesale prices, fen' })
  amountFen: number;

  @Field(() => SafeIntResolver, { description: 'Gross margin (retail − wholesale) of accepted cartons, fen' })
  grossMarginFen: number;

  @Field(() => Float, { nullable: true, description: 'Gross margin ÷ retail value' })
  grossMarginRate: number | null;

  @Field(() => Int, { description: 'Accepted cartons of key brands (重点品牌)' })
  keyBrandCartons: number;

  @Field(() => Float, { nullable: true, description: 'Key-brand cartons ÷ volume (重点品牌占比)' })
  keyBrandShare: number | null;

  @Field(() => Int, { description: 'Cartons of new brands (新品牌)' })
  newBrandCartons: number;

  @Field(() => Int, { description: 'Retailers that took a new brand this month' })
  newBrandCarriers: number;

  @Field(() => Int, { description: "Cartons the order clerks confirmed on the month's orders" })
  confirmedCartons: number;

  @Field(() => Int, { description: 'Confirmed cartons of lines delivered exactly as confirmed' })
  fulfilledCartons: number;

  @Field(() => Float, { nullable: true, description: '履约率: delivered as confirmed ÷ confirmed' })
  fulfilmentRate: number | null;

  @Field(() => Int, { description: 'Sum of the monthly quotas of the active retailers' })
  quotaCartons: number;

  @Field(() => Int, { description: 'Of which orders hold' })
  quotaUsedCartons: number;

  @Field(() => Float, { nullable: true, description: 'Quota used ÷ quota' })
  quotaUtilisation: number | null;

  @Field(() => [FigureOutlier], {
    description:
      "An account manager's figures that stand out from their supervisor's team (teams of three or more): fulfilmentRate 20 points under the team's median, or volume down on the same month last year by 30 points more than the team's median change; always empty for a territory or a retailer",
  })
  outliers?: FigureOutlier[];

  /** Whose month this is when it is an account manager's (not a field): the outliers compare them with their team. */
  accountManagerId?: string;
}

@ObjectType({ description: 'One product’s month' })
export class ProductSales {
  @Field(() => ID)
  productId: string;

  @Field()
  productName: string;

  @Field(() => Int)
  volumeCartons: number;

  @Field(() => SafeIntResolver)
  amountFen: number;

  @Field(() => SafeIntResolver)
  grossMarginFen: number;

  @Field(() => Int, { description: 'Retailers that took it' })
  carriers: number;
}
