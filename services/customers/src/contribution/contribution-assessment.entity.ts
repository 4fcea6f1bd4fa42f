import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { Retailer } from '../retailer/retailer.entity';

@ObjectType({
  description:
    "A month's contribution assessment (客户贡献) of a retailer, ten indicators scored 1-5, three of them computed from its orders",
})
@Entity()
@Index(['retailerId', 'period'], { unique: true })
export class ContributionAssessment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retailer_id' })
  retailerRelation?: Retailer;

  @Field({ description: 'Month assessed, YYYY-MM' })
  @Column('char', { length: 7 })
  period: string;

  @Field(() => ID)
  @Column('uuid')
  assessedById: string;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessed_by_id' })
  assessedByRelation?: StaffMember;

  @Field()
  @Column({ type: 'timestamptz' })
  assessedAt: Date;

  @Field(() => Int, { description: '公司投入与回报率' })
  @Column('smallint')
  returnOnInput: number;

  @Field(() => Int, { nullable: true, description: '销售目标商定达成率; computed (see sourceMonth), null when its figures are missing' })
  @Column('smallint', { nullable: true })
  targetAttainment: number | null;

  @Field(() => Int, { nullable: true, description: '月销量; computed (see sourceMonth), null when its figures are missing' })
  @Column('smallint', { nullable: true })
  monthlyVolume: number | null;

  @Field(() => Int, { nullable: true, description: '增长率; computed (see sourceMonth), null when its figures are missing' })
  @Column('smallint', { nullable: true })
  growthRate: number | null;

  @Field(() => Int, { description: '市场份额增长率' })
  @Column('smallint')
  shareGrowth: number;

  @Field(() => Int, { description: '货款回收情况' })
  @Column('smallint')
  paymentCollection: number;

  @Field(() => Int, { description: '忠诚度' })
  @Column('smallint')
  loyalty: number;

  @Field(() => Int, { description: '信誉度' })
  @Column('smallint')
  credibility: number;

  @Field(() => Int, { description: '销售促进配合度' })
  @Column('smallint')
  promotionCooperation: number;

  @Field(() => Int, { description: '零售商支持度' })
  @Column('smallint')
  retailerSupport: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The month (YYYY-MM) the computed indicators come from; null on an assessment from before they were computed, all ten typed',
  })
  @Column('char', { length: 7, nullable: true })
  sourceMonth: string | null;

  @Field(() => Int, { nullable: true, description: 'Cartons ordered in sourceMonth, cancelled orders left out' })
  @Column('int', { nullable: true })
  orderedCartons: number | null;

  @Field(() => String, { nullable: true, description: 'Amount of those orders, integer fen as a decimal string' })
  @Column('bigint', { nullable: true })
  orderedFen: string | null;

  @Field(() => Int, { nullable: true, description: 'Cartons ordered in the same month a year before sourceMonth' })
  @Column('int', { nullable: true })
  yearEarlierCartons: number | null;

  @Field(() => Int, { nullable: true, description: "The retailer's own monthly quota in sourceMonth; null when orders has set none" })
  @Column('int', { nullable: true })
  quotaCartons: number | null;

  @Field(() => Int, { description: 'Total over the scored indicators, 0-100' })
  @Column('smallint')
  totalScore: number;
}
