import { randomUUID } from 'node:crypto';
import { ForbiddenError, type Context } from '@fieldloop/platform';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { visitFigures } from '../visit/visit-figures.service';
import { Visit } from '../visit/visit.entity';
import { VisitStatus } from '../visit/visit.enums';
import { ReportAnnotation, ReportKind } from './report-annotation.entity';
import type { AnnotateReportInput } from './report.inputs';
import type { FlagCount, MonthlyReport, ProductQuantity, WorkLog } from './report.types';
import { requireAccountManagerInScope } from '../route/route.scope';

const DAY_FORMAT = 'yyyy-MM-dd';

/** First day of the month and of the next: the half-open range of a month's calendar days. */
function monthRange(month: string): [string, string] {
  const first = parseISO(`${month}-01`);
  return [format(first, DAY_FORMAT), format(addMonths(first, 1), DAY_FORMAT)];
}

const dayAfter = (date: string) => format(addDays(parseISO(date), 1), DAY_FORMAT);

function byProduct(lines: { product: string; quantity: number }[][]): ProductQuantity[] {
  const totals = new Map<string, ProductQuantity>();
  for (const visitLines of lines) {
    for (const line of visitLines) {
      const total = totals.get(line.product) ?? { product: line.product, quantity: 0, visits: 0 };
      total.quantity += line.quantity;
      total.visits += 1;
      totals.set(line.product, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.quantity - a.quantity || a.product.localeCompare(b.product));
}

export class ReportService {
  constructor(private readonly context: Context) {}

  async workLog(accountManagerId: string, date: string): Promise<WorkLog> {
    await requireAccountManagerInScope(this.context, accountManagerId);
    const visits = await this.context.dataSource
      .getRepository(Visit)
      .find({ where: { accountManagerId, plannedFor: date }, order: { sequence: 'ASC', createdAt: 'ASC' } });
    const count = (status: VisitStatus) => visits.filter((visit) => visit.status === status).length;
    const checkIns = visits.flatMap((visit) => (visit.checkInAt ? [visit.checkInAt.getTime()] : []));
    const checkOuts = visits.flatMap((visit) => (visit.checkOutAt ? [visit.checkOutAt.getTime()] : []));
    return {
      date,
      accountManagerId,
      accountManager: { id: accountManagerId },
      visits,
      planned: visits.filter((visit) => visit.status !== VisitStatus.CANCELLED).length,
      completed: count(VisitStatus.COMPLETED),
      missed: count(VisitStatus.MISSED),
      cancelled: count(VisitStatus.CANCELLED),
      flags: await this.flagCounts(accountManagerId, date, dayAfter(date)),
      fieldMinutes: checkIns.length && checkOuts.length ? Math.round((Math.max(...checkOuts) - Math.min(...checkIns)) / 60_000) : null,
      annotation: await this.annotation(accountManagerId, ReportKind.DAY, date),
    };
  }

  async monthlyReport(accountManagerId: string, month: string): Promise<MonthlyReport> {
    await requireAccountManagerInScope(this.context, accountManagerId);
    const [from, until] = monthRange(month);
    const completed = await this.context.dataSource
      .getRepository(Visit)
      .createQueryBuilder('visit')
      .where('visit.accountManagerId = :accountManagerId', { accountManagerId })
      .andWhere('visit.status = :status', { status: VisitStatus.COMPLETED })
      .andWhere('visit.plannedFor >= :from AND visit.plannedFor < :until', { from, until })
      .orderBy('visit.checkInAt', 'DESC')
      .getMany();
    const satisfaction = completed.flatMap((visit) => (visit.satisfaction ? [visit.satisfaction] : []));
    const [promises] = await this.context.dataSource.query(
      `SELECT count(*)::int AS made, count(kept_at)::int AS kept FROM visit_promise p JOIN visit v ON v.id = p.visit_id
        WHERE p.account_manager_id = $1 AND v.planned_for >= $2::date AND v.planned_for < $3::date`,
      [accountManagerId, from, until],
    );
    return {
      month,
      accountManagerId,
      accountManager: { id: accountManagerId },
      figures: await visitFigures(this.context, accountManagerId, month),
      flags: await this.flagCounts(accountManagerId, from, until),
      satisfactionAverage: satisfaction.length
        ? Math.round((satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length) * 100) / 100
        : null,
      nonChannelSightings: byProduct(completed.map((visit) => visit.nonChannelSightings)),
      orderIntent: byProduct(
        completed.map((visit) => visit.orderIntent.map((line) => ({ product: line.product, quantity: line.cartons }))),
      ),
      casesRaised: completed.reduce((total, visit) => total + visit.cases.length, 0),
      promisesMade: promises.made,
      promisesKept: promises.kept,
      marketNotes: completed.flatMap((visit) => (visit.marketNotes ? [visit.marketNotes] : [])).slice(0, 50),
      annotation: await this.annotation(accountManagerId, ReportKind.MONTH, month),
    };
  }

  /** The account manager's own words on a report: written once, rewritten at will. */
  async annotate({ accountManagerId, kind, period, text }: AnnotateReportInput): Promise<ReportAnnotation> {
    // The annotation is the account manager's own word on their report; an administrator may correct it.
    if (this.context.access.staffMemberId !== accountManagerId && this.context.access.territoryIds) {
      throw new ForbiddenError('Only the account manager writes the annotation of their own report');
    }
    return this.context.transaction(async (manager) => {
      const repository = manager.getRepository(ReportAnnotation);
      await repository.upsert(
        { id: randomUUID(), accountManagerId, kind, period, text },
        { conflictPaths: ['accountManagerId', 'kind', 'period'], skipUpdateIfNoValuesChanged: true },
      );
      return repository.findOneByOrFail({ accountManagerId, kind, period });
    });
  }

  private annotation(accountManagerId: string, kind: ReportKind, period: string): Promise<ReportAnnotation | null> {
    return this.context.dataSource.getRepository(ReportAnnotation).findOneBy({ accountManagerId, kind, period });
  }

  /** Flags of the visits planned in [from, until). */
  private flagCounts(accountManagerId: string, from: string, until: string): Promise<FlagCount[]> {
    return this.context.dataSource.query(
      `SELECT f.kind, count(*)::int AS count FROM visit_flag f JOIN visit v ON v.id = f.visit_id
        WHERE v.account_manager_id = $1 AND v.planned_for >= $2::date AND v.planned_for < $3::date
        GROUP BY f.kind ORDER BY f.kind`,
      [accountManagerId, from, until],
    );
  }
}
