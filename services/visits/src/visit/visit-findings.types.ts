import { IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Stock on hand of one product (进销存), cartons. */
@ObjectType()
@InputType('StockCountInput')
export class StockCount {
  @Field()
  @Length(1, 60)
  product: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  cartons: number;
}

/** Non-channel or counterfeit cigarettes seen (非渠道/假冒卷烟): becomes a market lead. */
@ObjectType()
@InputType('NonChannelSightingInput')
export class NonChannelSighting {
  @Field()
  @Length(1, 60)
  product: string;

  @Field(() => Int, { description: 'Cartons seen' })
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

/** What the retailer wants to order (要货意向), passed to the order clerk. */
@ObjectType()
@InputType('OrderIntentLineInput')
export class OrderIntentLine {
  @Field()
  @Length(1, 60)
  product: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  cartons: number;
}

export enum CaseKind {
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
  DELIVERY_ISSUE = 'DELIVERY_ISSUE',
  INFO_FEEDBACK = 'INFO_FEEDBACK',
}
registerEnumType(CaseKind, {
  name: 'VisitCaseKind',
  description: 'What the retailer raised, for the complaints service to open as a case',
});

export enum CaseCategory {
  PRODUCT_QUALITY = 'PRODUCT_QUALITY',
  DELIVERY = 'DELIVERY',
  ORDER_ERROR = 'ORDER_ERROR',
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  POLICY = 'POLICY',
  PRICE = 'PRICE',
  OTHER = 'OTHER',
}
registerEnumType(CaseCategory, { name: 'VisitCaseCategory' });

/** A complaint, suggestion, delivery remark or market information heard at the shop. */
@ObjectType('VisitCase')
@InputType('VisitCaseInput')
export class RaisedCase {
  @Field(() => CaseKind)
  @IsEnum(CaseKind)
  kind: CaseKind;

  @Field(() => CaseCategory)
  @IsEnum(CaseCategory)
  category: CaseCategory;

  @Field()
  @Length(1, 2000)
  description: string;
}
