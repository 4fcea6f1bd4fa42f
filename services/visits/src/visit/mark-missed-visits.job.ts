import { companyToday, publishEvent, type JobDefinition, ref } from '@fieldloop/platform';
import { LessThan } from 'typeorm';
import { Visit } from './visit.entity';
import { VisitStatus } from './visit.enums';
import { VisitMissed } from './visit.events';

/** A planned visit not started by the end of its day (company time) becomes MISSED. */
export const markMissedVisits: JobDefinition = {
  name: 'visits.mark-missed',
  description: 'Marks PLANNED visits of past days MISSED and publishes visits.visit.missed',
  everyMs: 60_000,
  async run(manager, now) {
    const today = companyToday(now);
    const overdue = await manager.find(Visit, {
      where: { status: VisitStatus.PLANNED, plannedFor: LessThan(today) },
      lock: { mode: 'pessimistic_write' },
      take: 1000,
    });
    for (const visit of overdue) {
      visit.status = VisitStatus.MISSED;
      await manager.save(visit);
      await publishEvent(manager, VisitMissed, {
        refs: [ref('Retailer', visit.retailerId), ref('Territory', visit.territoryId), ref('StaffMember', visit.accountManagerId)],
        payload: {
          visitId: visit.id,
          retailerId: visit.retailerId,
          territoryId: visit.territoryId,
          accountManagerId: visit.accountManagerId,
          plannedFor: visit.plannedFor,
        },
      });
    }
  },
};
