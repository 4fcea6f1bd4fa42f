import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { DeadlineClock } from '../deadline/deadline.enums';

/**
 * One rung of a case's ladder, fired once: the unique key is what makes a retried or
 * concurrent sweep insert nothing twice. Level 0 is the warning before the deadline.
 */
@ObjectType('CaseEscalation')
@Entity()
@Index(['caseId', 'round', 'clock', 'level'], { unique: true })
export class Escalation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @Column('smallint')
  round: number;

  @Field(() => DeadlineClock)
  @Column({ type: 'enum', enum: DeadlineClock, enumName: 'deadline_clock' })
  clock: DeadlineClock;

  @Field(() => Int, { description: '0: deadline approaching; 1: the assignee’s supervisor; 2: the next level up; …' })
  @Column('smallint')
  level: number;

  @Field(() => ID, { nullable: true, description: 'Who it was escalated to (null: nobody above; the admins see it)' })
  @Column('uuid', { nullable: true })
  escalatedToId: string | null;

  @Field({ description: 'When the rung was due (for the warning: the deadline it warns of)' })
  @Column('timestamptz')
  dueAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  firedAt: Date;
}
