import type { Context } from '@fieldloop/platform';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { businessMinutesBetween } from '../calendar/business-time.rules';
import { requestCalendar } from '../calendar/calendar.service';
import { COMPLAINTS_READ } from '../permissions';
import { Case } from './case.entity';
import { CaseStatus } from './case.enums';
import { CaseService } from './case.service';
import { DUE_SOON_MINUTES, isOverloaded, LoopBoard, LoopLane } from './loop-board.types';

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
