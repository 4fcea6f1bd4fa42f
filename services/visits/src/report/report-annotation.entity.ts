import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum ReportKind {
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'DAY: the work log (工作日志); MONTH: the monthly market report (月市场分析报告)',
});

/** The account manager's own words on a generated report. */
@ObjectType()
@Entity()
@Index(['accountManagerId', 'kind', 'period'], { unique: true })
export class ReportAnnotation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountManagerId: string;

  @Field(() => ReportKind)
  @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' })
  kind: ReportKind;

  @Field({ description: 'YYYY-MM-DD for a day, YYYY-MM for a month' })
  @Column()
  period: string;

  @Field()
  @Column('text')
  text: string;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
