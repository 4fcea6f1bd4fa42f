import { describe, expect, it } from '@jest/globals';
import { generateCustomersDemo } from '../demo/customers';
import { SeededRandom } from '../demo/random';
import { ACTORS, type StaffRole } from './actors';
import { findings, visitNote } from './actors/field-talk';
import { chooseCast } from './simulation';

const { staff } = generateCustomersDemo({ seed: 20261123, retailers: 0 });
const FIELD_ROLES = new Set<StaffRole>(['ACCOUNT_MANAGER', 'SUPERVISOR']);
const cast = (seed: number, count: number) => chooseCast(staff, count, 'xu.xue', new SeededRandom(seed), FIELD_ROLES);

describe("the simulator's choices", () => {
  it('are the same for the same seed, and another seed draws others', () => {
    expect(cast(1, 6)).toEqual(cast(1, 6));
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return findings(random, '2026-12-02', visitNote(random, '春城便利店'));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("sends the README's supervisor's team out first, each supervisor before their account managers", () => {
    const lead = staff.find((member) => member.username === 'xu.xue')!;
    const team = staff.filter((member) => member.supervisorId === lead.id && member.role === 'ACCOUNT_MANAGER');
    const chosen = cast(1, team.length);
    expect(chosen[0].username).toBe('xu.xue');
    expect(new Set(chosen.slice(1).map((member) => member.id))).toEqual(new Set(team.map((member) => member.id)));
    const more = cast(1, team.length + 2);
    for (const [index, member] of more.entries()) {
      if (member.role === 'ACCOUNT_MANAGER') expect(more.slice(0, index).some((earlier) => earlier.id === member.supervisorId)).toBe(true);
    }
  });

  it('brings every role the actors play, orders and cases included, the same for the same seed', () => {
    const roles = new Set<StaffRole>(Object.values(ACTORS).flatMap((actor) => actor.plays));
    expect([...roles].sort()).toEqual(['ACCOUNT_MANAGER', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'ORDER_CLERK', 'SUPERVISOR']);
    const everyone = (seed: number) => chooseCast(staff, 4, 'xu.xue', new SeededRandom(seed), roles);
    expect(everyone(3)).toEqual(everyone(3));
    expect(new Set(everyone(3).map((member) => member.role))).toEqual(roles);
    // Each clerk has a driver of their region to send orders out with.
    const drivers = everyone(3).filter((member) => member.role === 'DELIVERY_DRIVER');
    for (const clerk of everyone(3).filter((member) => member.role === 'ORDER_CLERK')) {
      expect(drivers.some((driver) => driver.regionId === clerk.regionId)).toBe(true);
    }
  });
});
