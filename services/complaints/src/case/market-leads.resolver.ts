import { addDays, type Context, InvalidInputError, loadCompanyTime } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { TerritoryReference } from '../federated/territory.reference';
import { COMPLAINTS_READ } from '../permissions';
import { Case } from './case.entity';
import { CaseKind, CaseStatus } from './case.enums';

/** The longest range one request may count (a quarter), so a report never reads years of cases. */
export const MARKET_LEAD_MAX_DAYS = 92;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType({ description: 'The market leads (非渠道卷烟线索) raised in one territory on one day (company time)' })
export class MarketLeadDay {
  @Field(() => TerritoryReference)
  territory: TerritoryReference;

  @Field({ description: 'YYYY-MM-DD in company time' })
  day: string;

  @Field(() => Int)
  raised: number;

  @Field(() => Int, { description: 'Of those raised, not closed yet' })
  open: number;

  @Field(() => Int)
  closed: number;
}

function requireDay(value: string, field: string): string {
  // A day that does not round-trip (2026-02-30) is as wrong as a malformed one.
  if (!DAY.test(value) || Number.isNaN(Date.parse(value)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw InvalidInputError.of(field, 'format', `${field} must be a day, YYYY-MM-DD`);
  }
  return value;
}

@Resolver(() => MarketLeadDay)
export class MarketLeadsResolver {
  @Authorized(COMPLAINTS_READ)
  @Query(() => [MarketLeadDay], {
    description: `Non-channel sightings reported on visits, grouped by territory and day (company time), in the caller's territories; at most ${MARKET_LEAD_MAX_DAYS} days`,
  })
  async marketLeads(
    @Arg('from', { description: 'First day, YYYY-MM-DD' }) from: string,
    @Arg('to', { description: 'Last day (included), YYYY-MM-DD' }) to: string,
    @Arg('territoryId', () => ID, { nullable: true }) territoryId: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<MarketLeadDay[]> {
    requireDay(from, 'from');
    requireDay(to, 'to');
    if (to < from) throw InvalidInputError.of('to', 'after_from', 'to must not be before from');
    if (addDays(from, MARKET_LEAD_MAX_DAYS - 1) < to) {
      throw InvalidInputError.of('to', 'max_range', `from to to may span at most ${MARKET_LEAD_MAX_DAYS} days`);
    }
    const zone = loadCompanyTime().timeZone;
    const query = context.dataSource
      .getRepository(Case)
      .createQueryBuilder('c')
      .select('c.territory_id', 'territoryId')
      .addSelect(`to_char(c.created_at AT TIME ZONE :zone, 'YYYY-MM-DD')`, 'day')
      .addSelect('count(*)::int', 'raised')
      .addSelect('(count(*) FILTER (WHERE c.status <> :closed))::int', 'open')
      .addSelect('(count(*) FILTER (WHERE c.status = :closed))::int', 'closed')
      .where('c.kind = :kind', { kind: CaseKind.MARKET_LEAD, closed: CaseStatus.CLOSED, zone })
      .andWhere('c.territory_id IS NOT NULL')
      // The range's ends are midnights in company time.
      .andWhere('c.created_at >= (CAST(:from AS date)::timestamp AT TIME ZONE :zone)', { from })
      .andWhere('c.created_at < (CAST(:end AS date)::timestamp AT TIME ZONE :zone)', { end: addDays(to, 1) })
      .groupBy('1, 2')
      .orderBy('2', 'ASC')
      .addOrderBy('1', 'ASC');
    if (territoryId) query.andWhere('c.territory_id = :territoryId', { territoryId });
    // Counted by territory only: a lead is the territory's, whoever raised it.
    const rows: { territoryId: string; day: string; raised: number; open: number; closed: number }[] = await context.access
      .restrict(query, 'c.territory_id')
      .getRawMany();
    return rows.map(({ territoryId: id, ...counts }) => ({ territory: { id }, ...counts }));
  }
}
