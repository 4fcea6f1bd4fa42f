import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { CaseAction, CaseStatus, OwnerRole, TimelineEntryKind } from './case.enums';

/** One line of a case's timeline: who said or did what, to whom, when and why. Never changed. */
@ObjectType('CaseTimelineEntry')
@Entity()
@Index(['caseId', 'at'])
export class CaseEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseId: string;

  @Field(() => TimelineEntryKind)
  @Column({ type: 'enum', enum: TimelineEntryKind, enumName: 'timeline_entry_kind' })
  kind: TimelineEntryKind;

  @Field(() => ID, { nullable: true, description: 'Who (null: the system)' })
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @Field(() => ID, { nullable: true, description: 'To whom' })
  @Column('uuid', { nullable: true })
  toId: string | null;

  @Field(() => OwnerRole, { nullable: true })
  @Column({ type: 'enum', enum: OwnerRole, enumName: 'case_entry_owner_role', nullable: true })
  toRole: OwnerRole | null;

  @Field(() => CaseAction, { nullable: true })
  @Column({ type: 'enum', enum: CaseAction, enumName: 'case_action', nullable: true })
  action: CaseAction | null;

  @Field(() => CaseStatus, { nullable: true })
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_entry_from_status', nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus, { nullable: true })
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_entry_to_status', nullable: true })
  toStatus: CaseStatus | null;

  @Field(() => String, { nullable: true, description: 'What was said, or why' })
  @Column('text', { nullable: true })
  body: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
