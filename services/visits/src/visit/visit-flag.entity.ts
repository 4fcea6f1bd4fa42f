import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FlagKind } from './visit.enums';
import { Visit } from './visit.entity';

/** Something about a visit for the supervisor to look at; the visit itself stands. */
@ObjectType()
@Entity()
@Index(['accountManagerId', 'createdAt'])
export class VisitFlag {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visitRelation?: Visit;

  @Field(() => ID)
  @Column('uuid')
  accountManagerId: string;

  @Field(() => FlagKind)
  @Column({ type: 'enum', enum: FlagKind, enumName: 'flag_kind' })
  kind: FlagKind;

  @Field(() => Float, { description: 'The measured figure: metres, minutes of day, minutes, km/h or similarity' })
  @Column('double precision')
  value: number;

  @Field()
  @Column('text')
  reason: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
