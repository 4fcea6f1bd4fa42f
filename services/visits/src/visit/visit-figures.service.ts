import type { Context } from '@fieldloop/platform';
import { getDaysInMonth, parseISO } from 'date-fns';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RouteRetailer } from '../federated/route-retailer.entity';
import { RouteTerritory } from '../federated/route-territory.entity';
import { FlagKind } from './visit.enums';

const ATTENDANCE_FLAGS = [FlagKind.DISTANCE, FlagKind.OUTSIDE_HOURS, FlagKind.SHORT_VISIT, FlagKind.IMPOSSIBLE_TRAVEL];
const RECORD_FLAGS = [FlagKind.EMPTY_NOTES, FlagKind.COPIED_NOTES];

/** An account manager's month, as the scorecard reads it (看出勤情况, 看文字记录材料). */
@ObjectType()
export class VisitFigures {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Visits planned (not cancelled)' })
  planned: number;

  @Field(() => Int, { description: 'Visits completed' })
  made: number;

  @Field(() => Int, { description: 'Completed visits with no attendance flag (place, hours, length, travel)' })
  verified: number;

  @Field(() => Int, { description: 'Distinct retailers visited' })
  retailersVisited: number;

  @Field(() => Int, { description: 'Active retailers on the territories now' })
  retailersInTerritory: number;

  @Field(() => Int, { description: "Visits the territories' frequency asks for this month: active retailers × visits per week × weeks" })
  requiredByFrequency: number;

  @Field(() => Float, { description: 'made ÷ requiredByFrequency' })
  frequencyAttainment: number;

  @Field(() => Float, { description: 'retailersVisited ÷ retailersInTerritory' })
  coverage: number;

  @Field(() => Float, { description: 'Share of completed visits with real (non-empty, non-copied) notes' })
  realRecordShare: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export async function visitFigures(context: Context, accountManagerId: string, month: string): Promise<VisitFigures> {
  const from = `${month}-01`;
  const [row] = await context.dataSource.query(
    `SELECT
       count(*) FILTER (WHERE v.status <> 'CANCELLED')::int AS planned,
       count(*) FILTER (WHERE v.status = 'COMPLETED')::int AS made,
       count(*) FILTER (WHERE v.status = 'COMPLETED' AND NOT EXISTS (
         SELECT 1 FROM visit_flag f WHERE f.visit_id = v.id AND f.kind = ANY($3::flag_kind[])))::int AS verified,
       count(*) FILTER (WHERE v.status = 'COMPLETED' AND NOT EXISTS (
         SELECT 1 FROM visit_flag f WHERE f.visit_id = v.id AND f.kind = ANY($4::flag_kind[])))::int AS real_records,
       count(DISTINCT v.retailer_id) FILTER (WHERE v.status = 'COMPLETED')::int AS retailers_visited
     FROM visit v
     WHERE v.account_manager_id = $1 AND v.planned_for >= $2::date AND v.planned_for < ($2::date + interval '1 month')
`,
    [accountManagerId, from, ATTENDANCE_FLAGS, RECORD_FLAGS],
  );
  const territories: { retailers: number; frequency: number }[] = await context.dataSource
    .getRepository(RouteRetailer)
    .createQueryBuilder('retailer')
    .select('COUNT(*)::int', 'retailers')
    .addSelect('territory.visitFrequencyPerWeek', 'frequency')
    .innerJoin(RouteTerritory, 'territory', 'territory.id = retailer.territoryId')
    .where('territory.accountManagerId = :accountManagerId', { accountManagerId })
    .andWhere("retailer.status = 'ACTIVE'")
    .groupBy('territory.id')
    .getRawMany();
  const retailersInTerritory = territories.reduce((total, territory) => total + territory.retailers, 0);
  const weeks = getDaysInMonth(parseISO(from)) / 7;
  const requiredByFrequency = Math.round(
    territories.reduce((total, territory) => total + territory.retailers * territory.frequency, 0) * weeks,
  );
  return {
    month,
    planned: row.planned,
    made: row.made,
    verified: row.verified,
    retailersVisited: row.retailers_visited,
    retailersInTerritory,
    requiredByFrequency,
    frequencyAttainment: ratio(row.made, requiredByFrequency),
    coverage: ratio(row.retailers_visited, retailersInTerritory),
    realRecordShare: ratio(row.real_records, row.made),
  };
}
