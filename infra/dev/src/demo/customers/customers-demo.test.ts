import { describe, expect, it } from '@jest/globals';
import { gradeCredit, StaffRole } from '@fieldloop/customers';
import { DEMO_REFERENCE_DATE } from '../reference';
import { generateCustomersDemo, summarizeDemo, type CustomersDemo } from '.';

const MOBILE = /^1[3-9]\d{9}$/;
// The customers service accepts a mobile or a landline with area code.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIME_RANGE = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

// Generated once and shared: the default demo is the one people will see.
const demo = generateCustomersDemo();

function latestAssessments(data: CustomersDemo) {
  const latest = new Map<string, CustomersDemo['creditAssessments'][number]>();
  for (const assessment of data.creditAssessments) {
    const current = latest.get(assessment.retailerId);
    if (!current || assessment.assessedAt > current.assessedAt) latest.set(assessment.retailerId, assessment);
  }
  return latest;
}

describe('customers demo data', () => {
  it('is the same for the same seed and different for another', () => {
    const again = generateCustomersDemo({ seed: 20261123, retailers: 2000 });
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = generateCustomersDemo({ seed: 7 });
    expect(other.retailers.map((r) => r.licenceNumber)).not.toEqual(demo.retailers.map((r) => r.licenceNumber));
  });

  it('has the default size and a complete organisation', () => {
    const summary = summarizeDemo(demo);
    expect(summary.retailers).toBeGreaterThanOrEqual(2000);
    expect(summary.territories).toBeGreaterThanOrEqual(12);
    expect(summary.staff).toBeGreaterThanOrEqual(25);
    expect(summary.regions).toBeGreaterThanOrEqual(2);
    expect(demo.regions.some((region) => !region.inCompanyArea)).toBe(true);
    for (const role of Object.values(StaffRole)) expect(summary.staffByRole[role]).toBeGreaterThan(0);
  });

  it('gives every territory an account manager and every non-admin a supervisor', () => {
    const staffById = new Map(demo.staff.map((member) => [member.id, member]));
    for (const territory of demo.territories) {
      expect(territory.code).toMatch(/^KM-[A-Z]{2}-\d{2,}$/);
      expect(staffById.get(territory.accountManagerId ?? '')?.role).toBe(StaffRole.ACCOUNT_MANAGER);
    }
    const routesPerManager = new Map<string, number>();
    for (const t of demo.territories)
      routesPerManager.set(t.accountManagerId ?? '', (routesPerManager.get(t.accountManagerId ?? '') ?? 0) + 1);
    for (const count of routesPerManager.values()) expect(count).toBeLessThanOrEqual(2);

    for (const member of demo.staff) {
      const boss = member.supervisorId ? staffById.get(member.supervisorId) : undefined;
      if (member.role === StaffRole.ADMIN) expect(member.supervisorId).toBeNull();
      else if (member.role === StaffRole.SUPERVISOR) expect(boss?.role).toBe(StaffRole.ADMIN);
      else expect(boss?.role).toBe(StaffRole.SUPERVISOR);
    }
    const teamSizes = demo.staff
      .filter((member) => member.role === StaffRole.SUPERVISOR)
      .map((supervisor) => demo.staff.filter((m) => m.role === StaffRole.ACCOUNT_MANAGER && m.supervisorId === supervisor.id).length);
    for (const size of teamSizes) {
      expect(size).toBeGreaterThanOrEqual(4);
      expect(size).toBeLessThanOrEqual(6);
    }
  });

  it('uses valid, unique identifiers and phone numbers', () => {
    const licences = demo.retailers.map((r) => r.licenceNumber);
    expect(new Set(licences).size).toBe(licences.length);
    for (const licence of licences) expect(licence).toMatch(/^\d{12}$/);

    const usernames = demo.staff.map((s) => s.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const member of demo.staff) {
      expect(member.username).toMatch(/^[a-z][a-z0-9._-]{2,31}$/);
      expect(member.employeeNumber).toMatch(/^[A-Z0-9-]{2,20}$/);
      expect(member.phone).toMatch(MOBILE);
    }
    for (const retailer of demo.retailers) expect(retailer.phone).toMatch(PHONE);

    const ids = [demo.regions, demo.staff, demo.territories, demo.retailers, demo.creditAssessments].flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('builds retailers a route can follow', () => {
    const referenceDay = '2026-11-01';
    for (const territory of demo.territories) {
      const sequence = demo.retailers
        .filter((r) => r.territoryId === territory.id)
        .map((r) => r.routeSequence)
        .sort((a, b) => a - b);
      expect(sequence).toEqual(sequence.map((_, i) => i + 1));
    }
    for (const retailer of demo.retailers) {
      expect(retailer.tier).toBeGreaterThanOrEqual(1);
      expect(retailer.tier).toBeLessThanOrEqual(30);
      expect(retailer.openedOn >= '2005-01-01' && retailer.openedOn < referenceDay).toBe(true);
      expect(retailer.statusReason === null).toBe(retailer.status === 'ACTIVE');
      // Within about 15 km of the city centre.
      expect(Math.abs(retailer.latitude - 25.04)).toBeLessThan(0.15);
      expect(Math.abs(retailer.longitude - 102.71)).toBeLessThan(0.16);
      if (retailer.business.tradingHours) expect(retailer.business.tradingHours).toMatch(TIME_RANGE);
      if (retailer.logistics.deliveryWindow) expect(retailer.logistics.deliveryWindow).toMatch(TIME_RANGE);
      const sixMonths = 183 * 24 * 60 * 60 * 1000;
      expect(retailer.profileUpdatedAt.getTime()).toBeLessThan(DEMO_REFERENCE_DATE.getTime());
      expect(retailer.profileUpdatedAt.getTime()).toBeGreaterThan(DEMO_REFERENCE_DATE.getTime() - sixMonths);
    }
    const suspended = demo.retailers.filter((r) => r.status === 'SUSPENDED').length / demo.retailers.length;
    expect(suspended).toBeGreaterThan(0.01);
    expect(suspended).toBeLessThan(0.06);
  });

  it("keeps each retailer's credit grade equal to its latest assessment", () => {
    const latest = latestAssessments(demo);
    for (const retailer of demo.retailers) {
      const assessment = latest.get(retailer.id);
      expect(retailer.creditGrade).toBe(assessment?.grade ?? null);
      expect(retailer.creditAssessedAt).toEqual(assessment?.assessedAt ?? null);
    }
    const assessedShare = latest.size / demo.retailers.length;
    expect(assessedShare).toBeGreaterThan(0.75);
    expect(assessedShare).toBeLessThan(0.9);

    const territoryManager = new Map(demo.territories.map((t) => [t.id, t.accountManagerId]));
    const retailerTerritory = new Map(demo.retailers.map((r) => [r.id, r.territoryId]));
    for (const assessment of demo.creditAssessments) {
      expect(gradeCredit(assessment)).toEqual({ score: assessment.score, grade: assessment.grade });
      expect(assessment.assessedById).toBe(territoryManager.get(retailerTerritory.get(assessment.retailerId) ?? ''));
      expect(assessment.assessedAt.getTime()).toBeLessThan(DEMO_REFERENCE_DATE.getTime());
    }
    // Most retailers are creditworthy; a few are not.
    const grades = summarizeDemo(demo).retailersByCreditGrade;
    expect(grades.A + grades.B).toBeGreaterThan(grades.C + grades.D);
    expect(grades.D).toBeGreaterThan(0);
  });

  it('scales with the retailers option', () => {
    const large = generateCustomersDemo({ retailers: 20000 });
    expect(large.retailers).toHaveLength(20000);
    expect(large.territories.length).toBeGreaterThan(demo.territories.length);
    expect(new Set(large.retailers.map((r) => r.licenceNumber)).size).toBe(20000);
    expect(large.territories.every((t) => t.accountManagerId !== null)).toBe(true);
  });
});
