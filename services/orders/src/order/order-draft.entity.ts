import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { DraftStatus } from './order.enums';

@ObjectType()
export class DraftLine {
  @Field({ description: 'The product as the account manager wrote it' })
  product: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue product it names, when one matches' })
  productId: string | null;

  @Field(() => Int)
  cartons: number;
}

/** A visit's order intent (要货意向), waiting for the order clerk to call the retailer back. */
@ObjectType({ description: 'A draft order from a visit’s order intent, for the order clerk to call back on' })
@Entity()
@Index(['status', 'createdAt'])
export class OrderDraft {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  /** One draft per visit's intent: a redelivered event finds it there. */
  @Field(() => ID)
  @Index({ unique: true })
  @Column('uuid')
  visitId: string;

  @Field(() => ID)
  @Column('uuid')
  retailerId: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  territoryId: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @Field(() => [DraftLine])
  @Column('jsonb')
  lines: DraftLine[];

  @Field(() => DraftStatus)
  @Column({ type: 'enum', enum: DraftStatus, enumName: 'draft_status', default: DraftStatus.OPEN })
  status: DraftStatus;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  orderId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
