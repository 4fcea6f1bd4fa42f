import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { Region } from '../region/region.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A territory or route (辖区/线路) of retailers, owned by one account manager' })
@Entity()
// The territories list's keyset index.
@Index(['code', 'id'])
export class Territory {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  regionRelation?: Region;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_manager_id' })
  accountManagerRelation?: StaffMember;

  @Field(() => Int, { description: 'Planned visits to each retailer per week' })
  @Column('smallint', { default: 1 })
  visitFrequencyPerWeek: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
