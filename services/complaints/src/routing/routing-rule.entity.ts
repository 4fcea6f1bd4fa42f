import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CaseKind, OwnerRole } from '../case/case.enums';

/**
 * Who a kind of case goes to (kind → post), and in a region to whom (territory → person): data
 * an admin changes. A region's rule wins over the company-wide one (regionId null).
 */
@ObjectType({ description: 'Where cases of a kind are routed: the post, and in a region the person' })
@Entity()
@Index(['kind', 'regionId'], { unique: true, where: 'region_id IS NOT NULL' })
@Index(['kind'], { unique: true, where: 'region_id IS NULL' })
export class RoutingRule {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => CaseKind)
  @Column({ type: 'enum', enum: CaseKind, enumName: 'routing_rule_kind' })
  kind: CaseKind;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  regionId: string | null;

  @Field(() => OwnerRole)
  @Column({ type: 'enum', enum: OwnerRole, enumName: 'routing_rule_owner_role' })
  ownerRole: OwnerRole;

  @Field(() => ID, {
    nullable: true,
    description: 'The person; null: the territory’s account manager (or their supervisor), else the post’s queue',
  })
  @Column('uuid', { nullable: true })
  assigneeId: string | null;
}
