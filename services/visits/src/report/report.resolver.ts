import { InvalidInputError, type Context } from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { VISITS_READ, VISITS_WRITE } from '../permissions';
import { ReportAnnotation, ReportKind } from './report-annotation.entity';
import { AnnotateReportInput, MonthlyReportArgs, WorkLogArgs } from './report.inputs';
import { ReportService } from './report.service';
import { MonthlyReport, WorkLog } from './report.types';

@Resolver()
export class ReportResolver {
  @Authorized(VISITS_READ)
  @Query(() => WorkLog, { description: "An account manager's work log for a day (工作日志), generated from the visits" })
  workLog(@Args() { accountManagerId, date }: WorkLogArgs, @Ctx() context: Context): Promise<WorkLog> {
    return new ReportService(context).workLog(accountManagerId, date);
  }

  @Authorized(VISITS_READ)
  @Query(() => MonthlyReport, { description: "An account manager's monthly market report (月市场分析报告), generated from the visits" })
  monthlyReport(@Args() { accountManagerId, month }: MonthlyReportArgs, @Ctx() context: Context): Promise<MonthlyReport> {
    return new ReportService(context).monthlyReport(accountManagerId, month);
  }

  @Authorized(VISITS_WRITE)
  @Mutation(() => ReportAnnotation, {
    description: 'Write or rewrite the account manager’s own annotation of a work log or monthly report',
  })
  annotateReport(@Arg('input') input: AnnotateReportInput, @Ctx() context: Context): Promise<ReportAnnotation> {
    const expected = input.kind === ReportKind.DAY ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/;
    if (!expected.test(input.period)) {
      throw InvalidInputError.of(
        'period',
        'kind',
        `period must be ${input.kind === ReportKind.DAY ? 'YYYY-MM-DD for a DAY' : 'YYYY-MM for a MONTH'} annotation`,
      );
    }
    return new ReportService(context).annotate(input);
  }
}
