import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { Retailer } from '../retailer/retailer.entity';
import { CreditGrade, IndicatorLevel } from './credit.enums';

/** One credit assessment; every one is kept, so the grade's history can be shown. */
@ObjectType({ description: 'A credit assessment (信用评定) of a retailer on the seven indicators' })
@Entity()
@Index(['retailerId', 'assessedAt'])
export class CreditAssessment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  retailerId: string;

  @ManyToOne(() => Retailer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retailer_id' })
  retailerRelation?: Retailer;

  @Field(() => ID, { description: 'The staff member who made the assessment' })
  @Column('uuid')
  assessedById: string;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessed_by_id' })
  assessedByRelation?: StaffMember;

  @Field()
  @Column({ type: 'timestamptz' })
  assessedAt: Date;

  @Field(() => IndicatorLevel, { description: '户口是否是本地' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  localResidence: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '经营年数' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  yearsInBusiness: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '前3年销售增长率' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  salesGrowth: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '拖欠其它企业货款' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  arrears: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '单一企业产品销售占比' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  supplierConcentration: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '不良生活嗜好' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  badHabits: IndicatorLevel;

  @Field(() => IndicatorLevel, { description: '跨地区窜货' })
  @Column({ type: 'enum', enum: IndicatorLevel, enumName: 'indicator_level' })
  crossRegionSelling: IndicatorLevel;

  @Field(() => Int, { description: 'Points out of 14 (good 2, medium 1, poor 0)' })
  @Column('smallint')
  score: number;

  @Field(() => CreditGrade)
  @Column({ type: 'enum', enum: CreditGrade, enumName: 'credit_grade' })
  grade: CreditGrade;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}
