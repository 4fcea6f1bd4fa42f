import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Region } from '../region/region.entity';
import { StaffRole } from './staff-member.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of staff (员工) in any role' })
@Entity()
// The staffMembers list's keyset index; trigram indexes (made by the migration) for its search.
@Index(['employeeNumber', 'id'])
export class StaffMember {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Employee number (工号), unique' })
  @Index('staff_member_employee_number_trgm', { synchronize: false })
  @Column({ unique: true })
  employeeNumber: string;

  @Field({ description: 'Sign-in name, unique' })
  @Index('staff_member_username_trgm', { synchronize: false })
  @Column({ unique: true })
  username: string;

  @Field()
  @Index('staff_member_name_trgm', { synchronize: false })
  @Column()
  name: string;

  @Field(() => StaffRole)
  @Index()
  @Column({ type: 'enum', enum: StaffRole, enumName: 'staff_role' })
  role: StaffRole;

  @Field()
  @Column()
  phone: string;

  @Field(() => ID, { nullable: true, description: 'The supervisor this person reports to' })
  @Index()
  @Column('uuid', { nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisor_id' })
  supervisorRelation?: StaffMember;

  @Field(() => ID, { nullable: true, description: 'The region an inspector, driver or order clerk covers: their territory scope' })
  @Index()
  @Column('uuid', { nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  regionRelation?: Region;

  @Field()
  @Column({ default: true })
  active: boolean;

  /** argon2id hash; never a GraphQL field. Null until a password is set. */
  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
