import { outboxRow, ref, type OutboxEvent } from '@fieldloop/platform';
import {
  CreditAssessed,
  RegionCreated,
  RETAILER_BASIC_FIELDS,
  RetailerCreated,
  StaffMemberCreated,
  TerritoryCreated,
  type CreditGrade,
} from '@fieldloop/customers';
import { DEMO_REFERENCE_DATE } from '../reference';
import type { CustomersDemo } from './customers-demo';

/**
 * The events the demo company would have published had it been entered through the API, so
 * other services' projections fill from the log exactly as they would in production.
 */
export function customersDemoEvents(demo: CustomersDemo): OutboxEvent[] {
  const at = DEMO_REFERENCE_DATE;
  const events: OutboxEvent[] = [];
  for (const region of demo.regions) {
    events.push(
      outboxRow(RegionCreated, {
        occurredAt: at,
        refs: [],
        payload: { regionId: region.id, code: region.code, name: region.name, inCompanyArea: region.inCompanyArea },
      }),
    );
  }
  for (const member of demo.staff) {
    events.push(
      outboxRow(StaffMemberCreated, {
        occurredAt: at,
        refs: [ref('StaffMember', member.id)],
        payload: {
          staffMemberId: member.id,
          employeeNumber: member.employeeNumber,
          name: member.name,
          role: member.role,
          supervisorId: member.supervisorId,
          active: member.active,
        },
      }),
    );
  }
  for (const territory of demo.territories) {
    events.push(
      outboxRow(TerritoryCreated, {
        occurredAt: at,
        refs: [ref('Territory', territory.id)],
        payload: {
          territoryId: territory.id,
          code: territory.code,
          name: territory.name,
          regionId: territory.regionId,
          accountManagerId: territory.accountManagerId,
          visitFrequencyPerWeek: territory.visitFrequencyPerWeek,
        },
      }),
    );
  }
  for (const retailer of demo.retailers) {
    const basics = Object.fromEntries(RETAILER_BASIC_FIELDS.map((field) => [field, retailer[field]]));
    events.push(
      outboxRow(RetailerCreated, {
        occurredAt: at,
        refs: [ref('Retailer', retailer.id), ref('Territory', retailer.territoryId)],
        payload: { retailerId: retailer.id, ...basics } as never,
      }),
    );
  }
  // As customers' startAssessment names them: the retailer, its territory, the assessor.
  const territoryOf = new Map(demo.retailers.map((retailer) => [retailer.id, retailer.territoryId]));
  const assessmentRefs = ({ retailerId, assessedById }: { retailerId: string; assessedById: string }) => [
    ref('Retailer', retailerId),
    ref('Territory', territoryOf.get(retailerId) ?? ''),
    ref('StaffMember', assessedById),
  ];
  const previousGrade = new Map<string, CreditGrade>();
  for (const assessment of [...demo.creditAssessments].sort((a, b) => a.assessedAt.getTime() - b.assessedAt.getTime())) {
    events.push(
      outboxRow(CreditAssessed, {
        occurredAt: assessment.assessedAt,
        refs: assessmentRefs(assessment),
        payload: {
          retailerId: assessment.retailerId,
          assessmentId: assessment.id,
          grade: assessment.grade,
          score: assessment.score,
          previousGrade: previousGrade.get(assessment.retailerId) ?? null,
        },
      }),
    );
    previousGrade.set(assessment.retailerId, assessment.grade);
  }
  return events;
}
