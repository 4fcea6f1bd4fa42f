import { SafeIntResolver } from 'graphql-scalars';
import { fenTransformer } from '@fieldloop/platform';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { ConfirmationMethod, OrderChannel, OrderStatus } from './order.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A retailer’s order (订单): lines at prices fixed when it was taken, read back, delivered' })
@Entity('retail_order')
// Keyset indexes of the order lists, newest first: all, one retailer's, one territory's; the desk by status.
@Index(['placedAt', 'id'])
@Index(['retailerId', 'placedAt', 'id'])
@Index(['territoryId', 'placedAt', 'id'])
@Index(['status', 'placedAt'])
@Index(['driverId', 'status'])
export class Order {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  retailerId: string;

  @Field(() => ID)
  @Column('uuid')
  territoryId: string;

  /** The territory's account manager when the order was taken: whose sales it counts for. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @Field(() => OrderChannel)
  @Column({ type: 'enum', enum: OrderChannel, enumName: 'order_channel' })
  channel: OrderChannel;

  @Field(() => OrderStatus)
  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status', default: OrderStatus.PLACED })
  status: OrderStatus;

  @Field(() => ID, { nullable: true, description: 'Who took the order (staff id); none for a partner system' })
  @Column('uuid', { nullable: true })
  takenById: string | null;

  @Field({ description: 'Month whose quota it consumes, YYYY-MM' })
  @Column({ length: 7 })
  month: string;

  @Field({ description: 'Order cycle (ISO week) whose product limits it consumes, YYYY-Www' })
  @Column({ length: 8 })
  cycle: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  placedAt: Date;

  @Field(() => SafeIntResolver, { description: 'Sum of ordered cartons × unit price, fen' })
  @Column('bigint', { transformer: fenTransformer })
  totalFen: number;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  confirmedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who read the order back to the retailer' })
  @Column('uuid', { nullable: true })
  confirmedById: string | null;

  @Field(() => ConfirmationMethod, { nullable: true })
  @Column({ type: 'enum', enum: ConfirmationMethod, enumName: 'confirmation_method', nullable: true })
  confirmationMethod: ConfirmationMethod | null;

  /** When orders.feedback.missing was raised, so it is raised once. */
  @Field(() => Date, { nullable: true, description: 'When the order was reported as not confirmed in time' })
  @Column('timestamptz', { nullable: true })
  feedbackMissingAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  driverId: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  outForDeliveryAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  deliveredAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The draft (a visit’s order intent) this order was placed from' })
  @Column('uuid', { nullable: true })
  draftId: string | null;

  @VersionColumn()
  version: number;
}
