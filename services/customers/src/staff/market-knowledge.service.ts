import { accountManagerTeamOf, FigureOutlier, flagOutliers, type Context, type OutlierRule } from '@fieldloop/platform';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { StaffMember } from './staff-member.entity';

/** A customer file counts as kept up to date when it changed within this many months before the month's end. */
export const FILE_FRESH_MONTHS = 6;
/** A credit grade counts as current when it was assessed within this many months before the month's end. */
export const CREDIT_FRESH_MONTHS = 12;

@ObjectType({ description: "An account manager's knowledge of the market at a month's end (the scorecard's 看了解市场)" })
export class MarketKnowledgeFigures {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: "Active retailers on the account manager's territories now" })
  retailers: number;

  @Field(() => Int, {
    description: `Of those, retailers whose customer file was changed within ${FILE_FRESH_MONTHS} months before the month's end or since (a file keeps only its latest change)`,
  })
  filesUpToDate: number;

  @Field(() => Float, { description: 'filesUpToDate ÷ retailers (0 without retailers)' })
  filesUpToDateShare: number;

  @Field(() => Int, {
    description: `Of those, retailers with a credit assessment in the ${CREDIT_FRESH_MONTHS} months up to the month's end`,
  })
  creditAssessed: number;

  @Field(() => Float, { description: 'creditAssessed ÷ retailers (0 without retailers)' })
  creditAssessedShare: number;

  @Field(() => [FigureOutlier], {
    description:
      "These figures where the account manager stands out from their supervisor's team (teams of three or more): a share 30 points under the team's median",
  })
  outliers: FigureOutlier[];
}

type Counted = Omit<MarketKnowledgeFigures, 'outliers'>;

const under = (points: number) => (value: number, teamMedian: number) => value < teamMedian - points;
const RULES: OutlierRule<Counted>[] = [
  {
    figure: 'filesUpToDateShare',
    code: 'FILES_STALE',
    outlier: under(0.3),
    reason: (value, teamMedian) => `Kept ${value} of the customer files up to date, against the team's median of ${teamMedian}`,
  },
  {
    figure: 'creditAssessedShare',
    code: 'CREDIT_STALE',
    outlier: under(0.3),
    reason: (value, teamMedian) => `Assessed the credit of ${value} of the retailers, against the team's median of ${teamMedian}`,
  },
];

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Every account manager's month in one grouped statement, whatever their number. */
async function figuresOfMany(context: Context, accountManagerIds: readonly string[], month: string): Promise<Counted[]> {
  // The end of the company month (Asia/Shanghai): the first moment of the next.
  const end = `${month}-01T00:00:00+08:00`;
  const rows: { id: string; retailers: number; fresh: number; assessed: number }[] = await context.dataSource.query(
    `SELECT t.account_manager_id AS id, count(*)::int AS retailers,
       count(*) FILTER (WHERE r.profile_updated_at >= $2::timestamptz + interval '1 month' - make_interval(months => $3))::int AS fresh,
       count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM credit_assessment a WHERE a.retailer_id = r.id
            AND a.assessed_at >= $2::timestamptz + interval '1 month' - make_interval(months => $4)
            AND a.assessed_at < $2::timestamptz + interval '1 month'))::int AS assessed
     FROM retailer r JOIN territory t ON t.id = r.territory_id
     WHERE t.account_manager_id = ANY($1::uuid[]) AND r.status = 'ACTIVE'
     GROUP BY t.account_manager_id`,
    [accountManagerIds, end, FILE_FRESH_MONTHS, CREDIT_FRESH_MONTHS],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return accountManagerIds.map((id) => {
    const { retailers = 0, fresh = 0, assessed = 0 } = byId.get(id) ?? {};
    return {
      month,
      retailers,
      filesUpToDate: fresh,
      filesUpToDateShare: ratio(fresh, retailers),
      creditAssessed: assessed,
      creditAssessedShare: ratio(assessed, retailers),
    };
  });
}

const figuresLoader = (context: Context, month: string) =>
  context.loaders.batch(`marketKnowledge#${month}`, (ids) => figuresOfMany(context, ids, month));

export async function marketKnowledge(context: Context, accountManagerId: string, month: string): Promise<MarketKnowledgeFigures> {
  const [own, teamIds] = await Promise.all([
    figuresLoader(context, month).load(accountManagerId),
    accountManagerTeamOf(context, StaffMember, accountManagerId),
  ]);
  const team = (await figuresLoader(context, month).loadMany(teamIds)).filter(
    (figures): figures is Counted => !(figures instanceof Error) && figures.retailers > 0,
  );
  return { ...own, outliers: flagOutliers(RULES, own, team) };
}
