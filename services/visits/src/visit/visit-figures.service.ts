import { accountManagerTeamOf, FigureOutlier, type Context } from '@fieldloop/platform';
import { getDaysInMonth, parseISO } from 'date-fns';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RouteStaff } from '../federated/route-staff.entity';
import { RouteTerritory } from '../federated/route-territory.entity';
import { visitOutliers } from './visit-figures.rules';
import { FlagKind } from './visit.enums';

const ATTENDANCE_FLAGS = [FlagKind.DISTANCE, FlagKind.OUTSIDE_HOURS, FlagKind.SHORT_VISIT, FlagKind.IMPOSSIBLE_TRAVEL];
const RECORD_FLAGS = [FlagKind.EMPTY_NOTES, FlagKind.COPIED_NOTES];

/** An account manager's month, as the scorecard reads it (看出勤情况, 看文字记录材料, 看市场评价). */
@ObjectType()
export class VisitFigures {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Visits planned for a day of the month, not cancelled' })
  planned: number;

  @Field(() => Int, { description: 'Visits of the month completed' })
  made: number;

  @Field(() => Int, { description: 'Completed visits with no attendance flag (place, hours, length, travel)' })
  verified: number;

  @Field(() => Int, { description: 'Distinct retailers with a completed visit this month' })
  retailersVisited: number;

  @Field(() => Int, { description: 'Active retailers on the territories now' })
  retailersInTerritory: number;

  @Field(() => Int, { description: "Visits the territories' frequency asks for this month: active retailers × visits per week × weeks" })
  requiredByFrequency: number;

  @Field(() => Float, { description: 'made ÷ planned: the plan kept (0 when nothing was planned)' })
  plannedAttainment: number;

  @Field(() => Float, { description: 'made ÷ requiredByFrequency' })
  frequencyAttainment: number;

  @Field(() => Float, { description: 'verified ÷ made: check-ins verified by place and time' })
  verifiedShare: number;

  @Field(() => Float, {
    description: 'retailersVisited ÷ retailersInTerritory: the spread over the territory, not always the same few shops',
  })
  coverage: number;

  @Field(() => Float, { description: 'Share of completed visits with real (non-empty, non-copied) notes' })
  realRecordShare: number;

  @Field(() => Float, { description: "Share of completed visits whose notes were nearly copied from the same manager's earlier visit" })
  copiedNoteShare: number;

  @Field(() => Int, { description: 'Days of the month whose work log (工作日志) the account manager annotated: the day reports filed' })
  workLogsFiled: number;

  @Field({ description: "Whether the account manager wrote the month's market report (月市场分析报告)" })
  monthlyReportFiled: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Average satisfaction (1-5) recorded on the completed visits; null when none was recorded',
  })
  satisfactionAverage: number | null;

  @Field(() => [FigureOutlier], {
    description:
      "These figures where the account manager stands out from their supervisor's team (same month, teams of three or more): coverage or frequency under half the team's median, verified share 30 points under it, copied notes over 30 % and three times it",
  })
  outliers: FigureOutlier[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

interface VisitCounts {
  planned: number;
  made: number;
  verified: number;
  real_records: number;
  copied: number;
  retailers_visited: number;
  satisfaction: number | null;
}
const NO_VISITS: VisitCounts = { planned: 0, made: 0, verified: 0, real_records: 0, copied: 0, retailers_visited: 0, satisfaction: null };

/** Every account manager's month in three grouped statements, whatever their number. */
async function figuresOfMany(
  context: Context,
  accountManagerIds: readonly string[],
  month: string,
): Promise<Omit<VisitFigures, 'outliers'>[]> {
  const from = `${month}-01`;
  const counts: (VisitCounts & { id: string })[] = await context.dataSource.query(
    `SELECT v.account_manager_id AS id,
       count(*) FILTER (WHERE v.status <> 'CANCELLED')::int AS planned,
       count(*) FILTER (WHERE v.status = 'COMPLETED')::int AS made,
       count(*) FILTER (WHERE v.status = 'COMPLETED' AND NOT EXISTS (
         SELECT 1 FROM visit_flag f WHERE f.visit_id = v.id AND f.kind = ANY($3::flag_kind[])))::int AS verified,
       count(*) FILTER (WHERE v.status = 'COMPLETED' AND NOT EXISTS (
         SELECT 1 FROM visit_flag f WHERE f.visit_id = v.id AND f.kind = ANY($4::flag_kind[])))::int AS real_records,
       count(*) FILTER (WHERE v.status = 'COMPLETED' AND EXISTS (
         SELECT 1 FROM visit_flag f WHERE f.visit_id = v.id AND f.kind = 'COPIED_NOTES'))::int AS copied,
       count(DISTINCT v.retailer_id) FILTER (WHERE v.status = 'COMPLETED')::int AS retailers_visited,
       round(avg(v.satisfaction) FILTER (WHERE v.status = 'COMPLETED'), 2)::float8 AS satisfaction
     FROM visit v
     WHERE v.account_manager_id = ANY($1::uuid[]) AND v.planned_for >= $2::date AND v.planned_for < ($2::date + interval '1 month')
     GROUP BY v.account_manager_id`,
    [accountManagerIds, from, ATTENDANCE_FLAGS, RECORD_FLAGS],
  );
  const territories: { accountManagerId: string; retailers: number; frequency: number }[] = await context.dataSource
    .getRepository(RouteTerritory)
    .createQueryBuilder('territory')
    .select('territory.accountManagerId', 'accountManagerId')
    .addSelect('territory.visitFrequencyPerWeek', 'frequency')
    .addSelect("(SELECT COUNT(*)::int FROM route_retailer r WHERE r.territory_id = territory.id AND r.status = 'ACTIVE')", 'retailers')
    .where('territory.accountManagerId = ANY(:ids)', { ids: accountManagerIds })
    .getRawMany();
  const reports: { id: string; work_logs: number; monthly: boolean }[] = await context.dataSource.query(
    `SELECT account_manager_id AS id,
       count(*) FILTER (WHERE kind = 'DAY' AND period LIKE $2 || '-%')::int AS work_logs,
       bool_or(kind = 'MONTH' AND period = $2) AS monthly
     FROM report_annotation
     WHERE account_manager_id = ANY($1::uuid[]) AND period LIKE $2 || '%'
     GROUP BY account_manager_id`,
    [accountManagerIds, month],
  );
  const weeks = getDaysInMonth(parseISO(from)) / 7;
  const reportsOf = new Map(reports.map((row) => [row.id, row]));
  const countsOf = new Map(counts.map((row) => [row.id, row]));
  return accountManagerIds.map((id) => {
    const row = countsOf.get(id) ?? NO_VISITS;
    const own = territories.filter((territory) => territory.accountManagerId === id);
    const retailersInTerritory = own.reduce((total, territory) => total + territory.retailers, 0);
    const requiredByFrequency = Math.round(own.reduce((total, territory) => total + territory.retailers * territory.frequency, 0) * weeks);
    return {
      month,
      planned: row.planned,
      made: row.made,
      verified: row.verified,
      retailersVisited: row.retailers_visited,
      retailersInTerritory,
      requiredByFrequency,
      plannedAttainment: ratio(row.made, row.planned),
      frequencyAttainment: ratio(row.made, requiredByFrequency),
      verifiedShare: ratio(row.verified, row.made),
      coverage: ratio(row.retailers_visited, retailersInTerritory),
      realRecordShare: ratio(row.real_records, row.made),
      copiedNoteShare: ratio(row.copied, row.made),
      workLogsFiled: reportsOf.get(id)?.work_logs ?? 0,
      monthlyReportFiled: reportsOf.get(id)?.monthly ?? false,
      satisfactionAverage: row.satisfaction,
    };
  });
}

/** One batch per month and request: a whole team's scorecards cost three statements, not three per member. */
const figuresLoader = (context: Context, month: string) =>
  context.loaders.batch(`visitFigures#${month}`, (ids) => figuresOfMany(context, ids, month));

export async function visitFigures(context: Context, accountManagerId: string, month: string): Promise<VisitFigures> {
  const [own, teamIds] = await Promise.all([
    figuresLoader(context, month).load(accountManagerId),
    accountManagerTeamOf(context, RouteStaff, accountManagerId),
  ]);
  const team = await figuresLoader(context, month).loadMany(teamIds);
  // Colleagues without a route (between territories) have no attendance to compare.
  const compared = team.filter(
    (figures): figures is Omit<VisitFigures, 'outliers'> => !(figures instanceof Error) && figures.retailersInTerritory > 0,
  );
  return { ...own, outliers: visitOutliers(own, compared) };
}
