import {
  DayField,
  IntBetweenField,
  LatitudeField,
  LicenceField,
  LongitudeField,
  PageArgs,
  PartialInput,
  PhoneField,
  SortDirection,
} from '@fieldloop/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CreditGrade } from '../credit/credit.enums';
import { BusinessProfileInput, LogisticsProfileInput, PersonalProfileInput } from './retailer-profile.types';
import type { Retailer } from './retailer.entity';
import { BusinessType, RetailerStatus } from './retailer.enums';

type RetailerColumns = Omit<Retailer, 'business' | 'personal' | 'logistics'>;

/** What a retailer is given on creation and may change later; the update takes each as optional. */
@InputType()
class RetailerFields implements Partial<RetailerColumns> {
  @Field()
  @Length(1, 100)
  shopName: string;

  @Field()
  @Length(1, 50)
  ownerName: string;

  @PhoneField()
  phone: string;

  @Field()
  @Length(1, 200)
  address: string;

  @LatitudeField()
  latitude: number;

  @LongitudeField()
  longitude: number;

  @Field(() => ID)
  territoryId: string;

  @Field(() => Int, { nullable: true, description: 'Position on the route; a new retailer defaults to the end of it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  routeSequence?: number;

  @Field(() => BusinessType)
  @IsEnum(BusinessType)
  businessType: BusinessType;

  @IntBetweenField(1, 30)
  tier: number;

  @DayField()
  openedOn: string;

  @Field(() => BusinessProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BusinessProfileInput)
  business?: BusinessProfileInput;

  @Field(() => PersonalProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonalProfileInput)
  personal?: PersonalProfileInput;

  @Field(() => LogisticsProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LogisticsProfileInput)
  logistics?: LogisticsProfileInput;
}

@InputType()
export class CreateRetailerInput extends RetailerFields {
  @LicenceField()
  licenceNumber: string;
}

@InputType({ description: 'Fields to change; omitted fields keep their value' })
export class UpdateRetailerInput extends PartialInput(RetailerFields) {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class ChangeRetailerStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => RetailerStatus)
  @IsEnum(RetailerStatus)
  status: RetailerStatus;

  @Field({ description: 'Required when suspending or closing' })
  @Length(0, 500)
  reason: string;
}

@InputType({ description: 'All conditions must hold; list conditions match any of their values' })
export class RetailerFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  territoryIds?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Retailers of this account manager's territories" })
  accountManagerId?: string;

  @Field(() => [RetailerStatus], { nullable: true })
  @IsOptional()
  @IsEnum(RetailerStatus, { each: true })
  statuses?: RetailerStatus[];

  @Field(() => [BusinessType], { nullable: true })
  @IsOptional()
  @IsEnum(BusinessType, { each: true })
  businessTypes?: BusinessType[];

  @Field(() => [CreditGrade], { nullable: true })
  @IsOptional()
  @IsEnum(CreditGrade, { each: true })
  creditGrades?: CreditGrade[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  tierMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  tierMax?: number;

  @Field({ nullable: true, description: 'Part of the shop name, owner name or licence number' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}

export enum RetailerSortField {
  SHOP_NAME = 'SHOP_NAME',
  LICENCE_NUMBER = 'LICENCE_NUMBER',
  TIER = 'TIER',
  ROUTE_SEQUENCE = 'ROUTE_SEQUENCE',
  OPENED_ON = 'OPENED_ON',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(RetailerSortField, { name: 'RetailerSortField' });

@InputType()
export class RetailerOrder {
  @Field(() => RetailerSortField, { defaultValue: RetailerSortField.SHOP_NAME })
  @IsEnum(RetailerSortField)
  field: RetailerSortField = RetailerSortField.SHOP_NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class RetailersArgs extends PageArgs {
  @Field(() => RetailerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetailerFilter)
  filter?: RetailerFilter;

  @Field(() => RetailerOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetailerOrder)
  orderBy?: RetailerOrder;
}

/** The most positions one request answers: the whole demo company, a few kilobytes a thousand. */
export const MAX_RETAILER_POSITIONS = 5000;

@ArgsType()
export class RetailerPositionsArgs {
  @Field(() => RetailerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetailerFilter)
  filter?: RetailerFilter;

  @Field(() => Int, { defaultValue: 2000, description: `How many positions at most, 1 to ${MAX_RETAILER_POSITIONS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_RETAILER_POSITIONS)
  first: number = 2000;
}
