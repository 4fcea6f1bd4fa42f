import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CaseCategory, CaseChannel, CaseKind, CaseSeverity, CaseSource, CaseStatus, OwnerRole } from './case.enums';

/**
 * A case (工单): anything that needs an answer from someone, with an owner, two business-time
 * clocks (respond: the first real answer; resolve: closed), and an escalation ladder.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A case (工单): who must answer what, by when; its timeline says who said what to whom' })
@Entity('loop_case')
// The loop board and the sweeper read open cases by their next deadline.
@Index(['status', 'respondDueAt'])
@Index(['territoryId', 'createdAt', 'id'])
@Index(['assigneeId', 'status'])
@Index(['retailerId', 'createdAt'])
// Order.cases loads the cases of many orders at once.
@Index(['orderId', 'createdAt'])
export class Case {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => CaseKind)
  @Column({ type: 'enum', enum: CaseKind, enumName: 'case_kind' })
  kind: CaseKind;

  @Field(() => CaseCategory)
  @Column({ type: 'enum', enum: CaseCategory, enumName: 'case_category' })
  category: CaseCategory;

  @Field(() => CaseSeverity)
  @Column({ type: 'enum', enum: CaseSeverity, enumName: 'case_severity', default: CaseSeverity.NORMAL })
  severity: CaseSeverity;

  @Field(() => CaseSource)
  @Column({ type: 'enum', enum: CaseSource, enumName: 'case_source' })
  source: CaseSource;

  @Field(() => CaseChannel)
  @Column({ type: 'enum', enum: CaseChannel, enumName: 'case_channel' })
  channel: CaseChannel;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column('text')
  description: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  retailerId: string | null;

  /** The retailer's territory when there is a retailer, else the reporter's: the row's scope. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  territoryId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  regionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  orderId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  visitId: string | null;

  /** Who raised it (a staff member), or null when a system raised it. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  reporterId: string | null;

  @Field(() => OwnerRole, { description: 'The post that must answer' })
  @Column({ type: 'enum', enum: OwnerRole, enumName: 'owner_role' })
  ownerRole: OwnerRole;

  @Field(() => ID, { nullable: true, description: 'The person who must answer; null while it waits in the post’s queue' })
  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  /** Staff members sent a copy (an order exception copies the account manager). */
  @Field(() => [ID])
  @Column('uuid', { array: true, default: () => "'{}'" })
  copiedIds: string[];

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status: CaseStatus;

  @Field(() => Date, { description: 'The first real answer is due (business time)' })
  @Column('timestamptz')
  respondDueAt: Date;

  @Field(() => Date, { description: 'Closing is due (business time; paused while waiting on the retailer)' })
  @Column('timestamptz')
  resolveDueAt: Date;

  /** The clocks' lengths in business minutes, from the policy (or the sender's deadline): the ladder's rungs are spaced by them. */
  @Column('int')
  respondBudgetMinutes: number;

  @Column('int')
  resolveBudgetMinutes: number;

  /** While WAITING_ON_RETAILER: the business minutes the resolve clock had left when it paused. */
  @Column('double precision', { nullable: true })
  resolvePausedMinutesLeft: number | null;

  @Field(() => Date, { nullable: true, description: 'The answer of the current round (cleared by a reopening)' })
  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  firstAnsweredAt: Date | null;

  /** Set once, when the respond deadline passed unanswered: a breach stays in the figures. */
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  respondBreachedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  resolveBreachedAt: Date | null;

  @Field(() => [String], { description: 'Why a deadline is uncertain, e.g. it runs into a year with no published holiday calendar' })
  @Column('text', { array: true, default: () => "'{}'" })
  deadlineWarnings: string[];

  @Field(() => Int, { description: 'Highest escalation of the current round: 0 none, 1 supervisor, 2 the next level up, …' })
  @Column('smallint', { default: 0 })
  escalationLevel: number;

  /** Counts reopenings: each restarts the ladder. */
  @Column('smallint', { default: 0 })
  round: number;

  @Field(() => Int, { nullable: true, description: 'The originator’s satisfaction 1-5, given when confirming' })
  @Column('smallint', { nullable: true })
  satisfaction: number | null;

  @Field(() => String, { nullable: true, description: 'A supervisor’s reason for closing without confirmation' })
  @Column('text', { nullable: true })
  overrideReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  /** The event a consumer opened the case from: the same event never opens two. */
  @Index({ unique: true, where: 'source_event_id IS NOT NULL' })
  @Column('uuid', { nullable: true })
  sourceEventId: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
