import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { VisitPlan } from '../plan/visit-plan.entity';
import { NonChannelSighting, OrderIntentLine, RaisedCase, StockCount } from './visit-findings.types';
import { VisitStatus } from './visit.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A visit to a retailer (拜访记录): plan, check-in and check-out, findings' })
@Entity()
@Index(['accountManagerId', 'plannedFor'])
@Index(['retailerId', 'plannedFor'])
// Keyset indexes of the visits lists, newest first: all, one account manager's, one retailer's.
@Index(['createdAt', 'id'])
@Index(['accountManagerId', 'createdAt', 'id'])
@Index(['retailerId', 'createdAt', 'id'])
export class Visit {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  planId: string | null;

  @ManyToOne(() => VisitPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  planRelation?: VisitPlan;

  @Field(() => ID)
  @Column('uuid')
  accountManagerId: string;

  @Field(() => ID)
  @Column('uuid')
  retailerId: string;

  @Field(() => ID)
  @Column('uuid')
  territoryId: string;

  @Field(() => Int, { description: 'Position on the day’s route, from 1' })
  @Column('int')
  sequence: number;

  @Field({ description: 'Day of the visit, YYYY-MM-DD' })
  @Column('date')
  plannedFor: string;

  @Field({ description: '沟通主题: one clear topic' })
  @Column()
  theme: string;

  @Field({ description: '拜访目的' })
  @Column('text')
  purpose: string;

  @Field({ description: '行动计划' })
  @Column('text')
  actionPlan: string;

  @Field({ description: '预期结果' })
  @Column('text')
  expectedResult: string;

  @Field(() => VisitStatus)
  @Column({ type: 'enum', enum: VisitStatus, enumName: 'visit_status', default: VisitStatus.PLANNED })
  status: VisitStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkInAt: Date | null;

  @Field(() => Float, { nullable: true })
  @Column('double precision', { nullable: true })
  checkInLatitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column('double precision', { nullable: true })
  checkInLongitude: number | null;

  @Field(() => Int, { nullable: true, description: 'Metres from the shop at check-in' })
  @Column('int', { nullable: true })
  checkInDistanceMeters: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkOutAt: Date | null;

  @Field(() => Float, { nullable: true })
  @Column('double precision', { nullable: true })
  checkOutLatitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column('double precision', { nullable: true })
  checkOutLongitude: number | null;

  @Field(() => Boolean, { nullable: true, description: '卷烟陈列 in order' })
  @Column('boolean', { nullable: true })
  displayInOrder: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '明码标价' })
  @Column('boolean', { nullable: true })
  priceTagsShown: boolean | null;

  @Field(() => [StockCount], { description: '进销存: stock on hand per product' })
  @Column('jsonb', { default: [] })
  stock: StockCount[];

  @Field(() => String, { nullable: true, description: '市场行情、竞争信息' })
  @Column('text', { nullable: true })
  marketNotes: string | null;

  @Field(() => [NonChannelSighting])
  @Column('jsonb', { default: [] })
  nonChannelSightings: NonChannelSighting[];

  @Field(() => String, { nullable: true, description: '意见、需求' })
  @Column('text', { nullable: true })
  retailerRequests: string | null;

  @Field(() => [OrderIntentLine], { description: '要货意向, passed to the order clerk' })
  @Column('jsonb', { default: [] })
  orderIntent: OrderIntentLine[];

  @Field(() => [RaisedCase], { description: 'Complaints, suggestions and remarks raised at the shop, handed to the complaints service' })
  @Column('jsonb', { default: [] })
  cases: RaisedCase[];

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1-5' })
  @Column('smallint', { nullable: true })
  satisfaction: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
