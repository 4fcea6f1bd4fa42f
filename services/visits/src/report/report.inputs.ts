import { IsEnum, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ReportAnnotation, ReportKind } from './report-annotation.entity';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({
  description: "The account manager's annotation of a work log (DAY, period YYYY-MM-DD) or monthly report (MONTH, period YYYY-MM)",
})
export class AnnotateReportInput implements Partial<ReportAnnotation> {
  @Field(() => ID)
  accountManagerId: string;

  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind: ReportKind;

  @Field()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { message: 'period must be YYYY-MM-DD for a day or YYYY-MM for a month' })
  period: string;

  @Field()
  @Length(1, 8000)
  text: string;
}

@ArgsType()
export class WorkLogArgs {
  @Field(() => ID)
  accountManagerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  date: string;
}

@ArgsType()
export class MonthlyReportArgs {
  @Field(() => ID)
  accountManagerId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}
