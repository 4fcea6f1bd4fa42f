import { accountManagerTeamOf, FigureOutlier, flagOutliers, type Context, type OutlierRule } from '@fieldloop/platform';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CaseStaff } from '../federated/case-staff.entity';
import { Case } from './case.entity';
import { caseScope } from './case.scope';

@ObjectType({ description: "A staff member's month in the communication loop (the scorecard's 看市场规范程度 and 看市场评价)" })
export class LoopFigures {
  @Field(() => Int, { description: 'Cases they raised this month' })
  raised: number;

  @Field(() => Int, { description: 'Cases assigned to them that were first answered this month' })
  answered: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Complaint deadline compliance: of the cases answered this month, the share answered within the respond deadline (null: none answered)',
  })
  answeredWithinDeadlineShare: number | null;

  @Field(() => Int, { description: 'Escalations (level 1 and up) fired this month on cases assigned to them' })
  escalations: number;

  @Field(() => Float, { nullable: true, description: 'Satisfaction (1-5) averaged over their cases closed this month (null: none rated)' })
  averageSatisfaction: number | null;

  @Field(() => Int, { description: 'Market leads (non-channel sightings and the like) they raised this month' })
  marketLeadsRaised: number;

  @Field(() => Int, { description: "Of this month's market leads they raised, those closed (followed up by the inspector)" })
  marketLeadsClosed: number;

  @Field(() => [FigureOutlier], {
    description:
      "These figures where an account manager stands out from their supervisor's team (teams of three or more): deadline compliance 30 points under the team's median",
  })
  outliers: FigureOutlier[];
}

type Counted = Omit<LoopFigures, 'outliers'>;

const RULES: OutlierRule<Counted>[] = [
  {
    figure: 'answeredWithinDeadlineShare',
    code: 'LATE_ANSWERS',
    outlier: (value, teamMedian) => value < teamMedian - 0.3,
    reason: (value, teamMedian) => `Answered ${value} of the cases within the deadline, against the team's median of ${teamMedian}`,
  },
];

/** Every member's month in one grouped statement (cases they raised or own, in the caller's scope). */
async function figuresOfMany(context: Context, memberIds: readonly string[], month: string): Promise<Counted[]> {
  // Months are company months (Asia/Shanghai).
  const from = `${month}-01T00:00:00+08:00`;
  const inMonth = (column: string) => `${column} >= :from::timestamptz AND ${column} < :from::timestamptz + interval '1 month'`;
  const mine = 'c.assignee_id = m.id';
  const raisedByThem = 'c.reporter_id = m.id';
  const rows: Record<string, string | null>[] = await caseScope
    .restrict(context.dataSource.getRepository(Case).createQueryBuilder('c'), context)
    .innerJoin('(SELECT unnest(CAST(:ids AS uuid[])) AS id)', 'm', `${mine} OR ${raisedByThem}`)
    .select('m.id', 'id')
    .addSelect(`count(*) FILTER (WHERE ${raisedByThem} AND ${inMonth('c.created_at')})`, 'raised')
    .addSelect(`count(*) FILTER (WHERE ${mine} AND ${inMonth('c.first_answered_at')})`, 'answered')
    .addSelect(`count(*) FILTER (WHERE ${mine} AND ${inMonth('c.first_answered_at')} AND c.respond_breached_at IS NULL)`, 'intime')
    .addSelect(`avg(c.satisfaction) FILTER (WHERE ${mine} AND ${inMonth('c.closed_at')})`, 'satisfaction')
    .addSelect(`count(*) FILTER (WHERE ${raisedByThem} AND c.kind = 'MARKET_LEAD' AND ${inMonth('c.created_at')})`, 'leads')
    .addSelect(
      `count(*) FILTER (WHERE ${raisedByThem} AND c.kind = 'MARKET_LEAD' AND c.status = 'CLOSED' AND ${inMonth('c.created_at')})`,
      'leadsclosed',
    )
    .addSelect(
      `(SELECT count(*) FROM escalation e WHERE e.case_id IN (SELECT id FROM loop_case WHERE assignee_id = m.id) AND e.level > 0 AND ${inMonth('e.fired_at')})`,
      'escalations',
    )
    .groupBy('m.id')
    .setParameters({ ids: memberIds, from })
    .getRawMany();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return memberIds.map((id) => {
    const figures = byId.get(id);
    const answered = Number(figures?.answered ?? 0);
    return {
      raised: Number(figures?.raised ?? 0),
      answered,
      answeredWithinDeadlineShare: answered ? Number(figures!.intime) / answered : null,
      escalations: Number(figures?.escalations ?? 0),
      averageSatisfaction:
        figures?.satisfaction === undefined || figures.satisfaction === null ? null : Math.round(Number(figures.satisfaction) * 100) / 100,
      marketLeadsRaised: Number(figures?.leads ?? 0),
      marketLeadsClosed: Number(figures?.leadsclosed ?? 0),
    };
  });
}

/** One batch per month and request: a whole team's loop figures cost one statement, not one per member. */
const figuresLoader = (context: Context, month: string) =>
  context.loaders.batch(`loopFigures#${month}`, (ids) => figuresOfMany(context, ids, month));

export async function loopFigures(context: Context, memberId: string, month: string): Promise<LoopFigures> {
  const [own, teamIds] = await Promise.all([
    figuresLoader(context, month).load(memberId),
    accountManagerTeamOf(context, CaseStaff, memberId),
  ]);
  const team = (await figuresLoader(context, month).loadMany(teamIds)).filter((figures): figures is Counted => !(figures instanceof Error));
  return { ...own, outliers: flagOutliers(RULES, own, team) };
}
