import { SafeIntResolver } from 'graphql-scalars';
import { fenTransformer } from '@fieldloop/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ProductStrategy, SupplyStatus } from './product.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A brand specification (品牌规格) sold by the carton (条); prices in integer fen' })
@Entity()
@Check(`price_class BETWEEN 1 AND 5`)
@Check(`retail_price_fen >= wholesale_price_fen`)
export class Product {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Company product code' })
  @Index({ unique: true })
  @Column({ length: 20 })
  code: string;

  @Field({ description: 'EAN-13 barcode of the carton, check digit verified' })
  @Index({ unique: true })
  @Column({ length: 13 })
  barcode: string;

  @Field({ description: '品牌, e.g. 玉溪' })
  @Index()
  @Column({ length: 40 })
  brand: string;

  @Field({ description: 'Full name, e.g. 玉溪(软)' })
  @Column({ length: 80 })
  fullName: string;

  @Field({ description: 'What clerks and retailers say, e.g. 软玉溪' })
  @Column({ length: 40 })
  shortName: string;

  @Field(() => Int, { description: '价类 1-5 (1 is dearest)' })
  @Column('smallint')
  priceClass: number;

  @Field(() => SafeIntResolver, { description: 'Wholesale price per carton, fen' })
  @Column('bigint', { transformer: fenTransformer })
  wholesalePriceFen: number;

  @Field(() => SafeIntResolver, { description: 'Suggested retail price per carton, fen' })
  @Column('bigint', { transformer: fenTransformer })
  retailPriceFen: number;

  @Field({ description: '重点品牌' })
  @Column({ default: false })
  keyBrand: boolean;

  @Field(() => ProductStrategy)
  @Column({ type: 'enum', enum: ProductStrategy, enumName: 'product_strategy', default: ProductStrategy.MAINTAIN })
  strategy: ProductStrategy;

  @Field(() => SupplyStatus)
  @Column({ type: 'enum', enum: SupplyStatus, enumName: 'supply_status', default: SupplyStatus.AMPLE })
  supplyStatus: SupplyStatus;

  @Field(() => String, { nullable: true, description: '新品牌 since this day (YYYY-MM-DD); counted as new brand for a year' })
  @Column('date', { nullable: true })
  newBrandSince: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;
}
