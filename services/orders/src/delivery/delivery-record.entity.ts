import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Order } from '../order/order.entity';
import { DifferenceReason } from '../order/order.enums';

@ObjectType()
export class DeliveredLine {
  @Field(() => ID)
  productId: string;

  @Field()
  productName: string;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  delivered: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => DifferenceReason, { nullable: true })
  reason: DifferenceReason | null;
}

/** Each delivery of an order as the driver recorded it; a corrected re-delivery adds another. */
@ObjectType({ description: 'One delivery of an order as the driver recorded it' })
@Entity()
@Index(['orderId', 'attempt'], { unique: true })
export class DeliveryRecord {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  orderRelation?: Order;

  @Field(() => Int, { description: '1 for the first delivery, 2 for a corrected re-delivery, …' })
  @Column('smallint')
  attempt: number;

  @Field(() => ID)
  @Column('uuid')
  driverId: string;

  @Field(() => [DeliveredLine])
  @Column('jsonb')
  lines: DeliveredLine[];

  @Field({ description: 'Whether any line differed from what was confirmed' })
  @Column()
  hasDifference: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
