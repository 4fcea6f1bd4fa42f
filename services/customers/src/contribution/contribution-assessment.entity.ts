import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { Retailer } from '../retailer/retailer.entity';

@ObjectType({ description: "A month's contribution assessment (客户贡献) of a retailer, ten indicators scored 1-5" })
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

  @Field(() => Int, { description: '销售目标商定达成率' })
  @Column('smallint')
  targetAttainment: number;

  @Field(() => Int, { description: '月销量' })
  @Column('smallint')
  monthlyVolume: number;

  @Field(() => Int, { description: '增长率' })
  @Column('smallint')
  growthRate: number;

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

  @Field(() => Int, { description: 'Total, 0-100' })
  @Column('smallint')
  totalScore: number;
}
