import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PlanStatus } from './visit-plan.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: "An account manager's visit plan (拜访计划) for one day: the route and each visit's theme" })
@Entity()
@Index(['accountManagerId', 'planDate'], { unique: true })
// The visitPlans list's keyset index.
@Index(['planDate', 'id'])
export class VisitPlan {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountManagerId: string;

  @Field({ description: 'YYYY-MM-DD, in the company time zone' })
  @Column('date')
  planDate: string;

  @Field(() => PlanStatus)
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  reviewedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The supervisor's comment when returning the plan" })
  @Column('text', { nullable: true })
  reviewComment: string | null;

  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
