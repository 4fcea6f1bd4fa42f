import { PageArgs } from '@fieldloop/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ConfirmationMethod, OrderChannel, OrderStatus } from './order.enums';

const WHOLE_CARTONS = { message: '$property must be a whole number of cartons' };

@InputType()
export class OrderLineInput {
  @Field(() => ID)
  productId: string;

  // Float in the schema so a fraction reaches the rule below and is refused naming the field.
  @Field(() => Float, { description: 'Whole cartons (条), at least 1' })
  @IsInt(WHOLE_CARTONS)
  @Min(1, { message: '$property must be at least 1 carton' })
  cartons: number;
}

@InputType({ description: 'An order as the retailer gave it; prices come from the catalogue' })
export class PlaceOrderInput {
  @Field(() => ID)
  retailerId: string;

  @Field(() => OrderChannel)
  @IsEnum(OrderChannel)
  channel: OrderChannel;

  @Field(() => [OrderLineInput])
  @ArrayMinSize(1, { message: 'lines must have at least one product' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  lines: OrderLineInput[];

  @Field({
    nullable: true,
    description:
      'Over the quota or a product limit: false (default) refuses naming the line; true accepts up to the allowance and records the cut',
  })
  @IsOptional()
  @IsBoolean()
  acceptUpToAllowance?: boolean;

  @Field(() => ID, { nullable: true, description: 'The draft (a visit’s order intent) this order answers' })
  @IsOptional()
  draftId?: string;
}

@InputType()
export class ConfirmOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => ConfirmationMethod, { description: 'How the order was read back to the retailer' })
  @IsEnum(ConfirmationMethod)
  method: ConfirmationMethod;
}

@InputType()
export class CancelOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field()
  @Length(1, 500)
  reason: string;
}

@InputType()
export class OrdersFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  retailerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  territoryId?: string;

  @Field(() => [OrderStatus], { nullable: true })
  @IsOptional()
  @IsEnum(OrderStatus, { each: true })
  statuses?: OrderStatus[];

  @Field(() => Date, { nullable: true, description: 'Placed at or after' })
  @IsOptional()
  placedFrom?: Date;

  @Field({ nullable: true, description: 'Only orders with a delivery difference' })
  @IsOptional()
  @IsBoolean()
  withException?: boolean;
}

@ArgsType()
export class OrdersArgs extends PageArgs {
  @Field(() => OrdersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrdersFilter)
  filter?: OrdersFilter;
}
