import { DayField, IntBetweenField } from '@fieldloop/platform';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { Product } from './product.entity';
import { ProductStrategy, SupplyStatus } from './product.enums';

@InputType({ description: 'A brand specification; prices per carton in integer fen' })
export class ProductInput implements Partial<Product> {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 capital letters, digits or -' })
  code: string;

  @Field({ description: 'EAN-13, check digit verified' })
  @IsString()
  barcode: string;

  @Field()
  @Length(1, 40)
  brand: string;

  @Field()
  @Length(1, 80)
  fullName: string;

  @Field()
  @Length(1, 40)
  shortName: string;

  @IntBetweenField(1, 5)
  priceClass: number;

  @Field(() => SafeIntResolver)
  @IsInt({ message: 'wholesalePriceFen must be whole fen' })
  @Min(1)
  wholesalePriceFen: number;

  @Field(() => SafeIntResolver)
  @IsInt({ message: 'retailPriceFen must be whole fen' })
  @Min(1)
  retailPriceFen: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  keyBrand?: boolean;

  @Field(() => ProductStrategy, { nullable: true })
  @IsOptional()
  @IsEnum(ProductStrategy)
  strategy?: ProductStrategy;

  @Field(() => SupplyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SupplyStatus)
  supplyStatus?: SupplyStatus;

  @DayField({ nullable: true })
  newBrandSince?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
