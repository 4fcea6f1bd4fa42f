import { SafeIntResolver } from 'graphql-scalars';
import { fenTransformer } from '@fieldloop/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Product } from '../catalogue/product.entity';
import { DifferenceReason } from './order.enums';
import { Order } from './order.entity';

@ObjectType({ description: 'One product of an order, in whole cartons: ordered, confirmed, delivered and accepted' })
@Entity()
@Index(['orderId', 'lineNo'], { unique: true })
@Check(`ordered > 0 AND requested >= ordered`)
export class OrderLine {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  orderRelation?: Order;

  @Field(() => Int)
  @Column('smallint')
  lineNo: number;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  productId: string;

  @ManyToOne(() => Product)
  @JoinColumn({ name: 'product_id' })
  productRelation?: Product;

  @Field({ description: 'The product’s full name when ordered' })
  @Column({ length: 80 })
  productName: string;

  @Field(() => Int, { description: 'What the retailer asked for; more than ordered when cut to the allowance' })
  @Column('int')
  requested: number;

  @Field(() => Int)
  @Column('int')
  ordered: number;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  confirmed: number | null;

  @Field(() => Int, { nullable: true, description: 'Cartons the driver brought' })
  @Column('int', { nullable: true })
  delivered: number | null;

  @Field(() => Int, { nullable: true, description: 'Cartons the retailer kept' })
  @Column('int', { nullable: true })
  accepted: number | null;

  @Field(() => DifferenceReason, { nullable: true })
  @Column({ type: 'enum', enum: DifferenceReason, enumName: 'difference_reason', nullable: true })
  differenceReason: DifferenceReason | null;

  @Field(() => SafeIntResolver, { description: 'Wholesale price per carton fixed when ordered, fen' })
  @Column('bigint', { transformer: fenTransformer })
  unitPriceFen: number;

  /** Suggested retail price when ordered: the retailer's gross margin is (retail − wholesale). */
  @Field(() => SafeIntResolver)
  @Column('bigint', { transformer: fenTransformer })
  unitRetailPriceFen: number;

  @Column()
  keyBrand: boolean;

  @Column()
  newBrand: boolean;

  @Field(() => SafeIntResolver, { description: 'ordered × unit price, fen' })
  get amountFen(): number {
    return this.ordered * this.unitPriceFen;
  }
}
