import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Visit } from './visit.entity';

/** A promise made to the retailer, tracked until kept (答应零售户的事一定尽快办理). */
@ObjectType('VisitPromise')
@Entity()
@Index(['accountManagerId', 'keptAt'])
export class VisitPromise {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visitRelation?: Visit;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  retailerId: string;

  @Field(() => ID)
  @Column('uuid')
  accountManagerId: string;

  @Field()
  @Column('text')
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column('date')
  dueOn: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  keptAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
