import type { Context } from '@fieldloop/platform';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { businessMinutesBetween } from '../calendar/business-time';
import { requestCalendar } from '../calendar/request-calendars';
import { StaffMemberReference } from '../federated/federated-types';
import { COMPLAINTS_READ } from '../permissions';
import { Case } from './case.entity';
import { CaseStatus, OwnerRole } from './case.enums';
import { CaseService } from './case.service';

/** Business minutes before a deadline that count as "due soon" on the board. */
export const DUE_SOON_MINUTES = 120;
/** More open cases than this, or this many late ones, and a person is overloaded. */
export const OVERLOAD_OPEN = 8;
export const OVERLOAD_LATE = 3;

export const isOverloaded = (open: number, late: number) => open > OVERLOAD_OPEN || late >= OVERLOAD_LATE;

@ObjectType({ description: 'One owner’s open cases on the loop board: a person, or a post’s queue when nobody is assigned' })
export class LoopLane {
  @Field(() => StaffMemberReference, { nullable: true, description: 'null: the cases wait in the post’s queue' })
  owner: StaffMemberReference | null;

  @Field(() => OwnerRole)
  ownerRole: OwnerRole;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  late: number;

  @Field()
  overloaded: boolean;

  @Field(() => [Case], { description: 'Late first, then by business time left' })
  cases: Case[];
}

@ObjectType({
  description: 'The supervisor’s loop board: every open case of the team with business time left, grouped by owner, late first',
})
export class LoopBoard {
  @Field(() => Int)
  late: number;

  @Field(() => Int, { description: `Due within ${DUE_SOON_MINUTES} business minutes` })
  dueSoon: number;

  @Field(() => Int)
  waiting: number;

  @Field(() => [LoopLane], { description: 'Most late first' })
  lanes: LoopLane[];
}

@Resolver(() => LoopBoard)
export class LoopBoardResolver {
  @Authorized(COMPLAINTS_READ)
  @Query(() => LoopBoard)
  async loopBoard(@Ctx() context: Context): Promise<LoopBoard> {
    const now = new Date();
    const open = await new CaseService(context).openCases();
    const left = new Map<string, number>();
    for (const row of open) {
      const calendar = await requestCalendar(context, row.regionId);
      const due = row.answeredAt ? row.resolveDueAt : row.respondDueAt;
      left.set(
        row.id,
        row.status === CaseStatus.WAITING_ON_RETAILER && row.answeredAt ? Infinity : businessMinutesBetween(calendar, now, due),
      );
    }
    const lanes = new Map<string, Case[]>();
    for (const row of open) {
      const key = row.assigneeId ?? `queue:${row.ownerRole}`;
      lanes.set(key, [...(lanes.get(key) ?? []), row]);
    }
    const board = [...lanes.values()].map((cases): LoopLane => {
      const sorted = [...cases].sort((a, b) => left.get(a.id)! - left.get(b.id)!);
      const late = sorted.filter((row) => left.get(row.id)! <= 0).length;
      return {
        owner: sorted[0].assigneeId ? { id: sorted[0].assigneeId } : null,
        ownerRole: sorted[0].ownerRole,
        open: sorted.length,
        late,
        overloaded: isOverloaded(sorted.length, late),
        cases: sorted,
      };
    });
    const minutes = [...left.values()];
    return {
      late: minutes.filter((value) => value <= 0).length,
      dueSoon: minutes.filter((value) => value > 0 && value <= DUE_SOON_MINUTES).length,
      waiting: open.filter((row) => row.status === CaseStatus.WAITING_ON_RETAILER).length,
      lanes: board.sort((a, b) => b.late - a.late || b.open - a.open),
    };
  }
}
