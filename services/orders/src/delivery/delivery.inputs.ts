import { Type } from 'class-transformer';
import { ArrayMinSize, IsEnum, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DifferenceReason } from '../order/order.enums';

const WHOLE_CARTONS = { message: '$property must be a whole number of cartons' };

@InputType()
export class DispatchOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => ID, { description: 'The delivery driver (送货员) who takes it out' })
  driverId: string;
}

@InputType({ description: 'What happened to one line at the shop' })
export class DeliveryLineInput {
  @Field(() => ID, { description: 'The ordered product this line reports on' })
  productId: string;

  @Field(() => Float, { description: 'Cartons brought to the shop' })
  @IsInt(WHOLE_CARTONS)
  @Min(0, { message: '$property must not be negative' })
  delivered: number;

  @Field(() => Float, { description: 'Cartons the retailer kept' })
  @IsInt(WHOLE_CARTONS)
  @Min(0, { message: '$property must not be negative' })
  accepted: number;

  @Field(() => DifferenceReason, { nullable: true, description: 'Required when delivered or accepted differs from confirmed' })
  @IsOptional()
  @IsEnum(DifferenceReason)
  reason?: DifferenceReason;
}

@InputType()
export class RecordDeliveryInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => [DeliveryLineInput], { description: 'Every line of the order (a re-delivery: every line still short)' })
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DeliveryLineInput)
  lines: DeliveryLineInput[];
}
