import { DayField, DayRange, IntBetweenField, LatitudeField, LongitudeField, PageArgs } from '@fieldloop/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NonChannelSighting, OrderIntentLine, RaisedCase, StockCount } from './visit-findings.types';
import { FlagKind, VisitStatus } from './visit.enums';

@InputType({ description: 'Where and when the account manager is; `at` defaults to now (a device syncing later sends it)' })
export class PositionInput {
  @Field(() => ID)
  visitId: string;

  @LatitudeField()
  latitude: number;

  @LongitudeField()
  longitude: number;

  @Field(() => Date, { nullable: true })
  at?: Date;
}

@InputType()
export class PromiseInput {
  @Field()
  @Length(1, 500)
  description: string;

  @DayField()
  dueOn: string;
}

@InputType({ description: 'What was seen and heard; omitted fields keep their value' })
export class RecordFindingsInput {
  @Field(() => ID)
  visitId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  displayInOrder?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  priceTagsShown?: boolean;

  @Field(() => [StockCount], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StockCount)
  stock?: StockCount[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 4000)
  marketNotes?: string;

  @Field(() => [NonChannelSighting], { nullable: true, description: 'Each becomes a market lead for the market inspector' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NonChannelSighting)
  nonChannelSightings?: NonChannelSighting[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 4000)
  retailerRequests?: string;

  @Field(() => [OrderIntentLine], { nullable: true, description: 'Passed to the order clerk' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderIntentLine)
  orderIntent?: OrderIntentLine[];

  @Field(() => [RaisedCase], { nullable: true, description: 'Each becomes a case for the complaints service' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RaisedCase)
  cases?: RaisedCase[];

  @IntBetweenField(1, 5, { nullable: true })
  satisfaction?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 4000)
  notes?: string;

  @Field(() => [PromiseInput], { nullable: true, description: 'Promises made to the retailer, tracked until kept' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PromiseInput)
  promises?: PromiseInput[];
}

@InputType()
export class CancelVisitInput {
  @Field(() => ID)
  visitId: string;

  @Field()
  @Length(1, 500, { message: 'reason is required (1-500 characters)' })
  reason: string;
}

@InputType()
export class VisitFilter extends DayRange {
  @Field(() => ID, { nullable: true })
  accountManagerId?: string;

  @Field(() => ID, { nullable: true })
  retailerId?: string;

  @Field(() => ID, { nullable: true })
  territoryId?: string;

  @Field(() => [VisitStatus], { nullable: true })
  @IsOptional()
  @IsEnum(VisitStatus, { each: true })
  statuses?: VisitStatus[];

  @Field(() => [FlagKind], { nullable: true, description: 'Only visits with one of these flags' })
  @IsOptional()
  @IsEnum(FlagKind, { each: true })
  flaggedWith?: FlagKind[];
}

@ArgsType()
export class VisitsArgs extends PageArgs {
  @Field(() => VisitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitFilter)
  filter?: VisitFilter;
}
