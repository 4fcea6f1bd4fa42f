import { StaffRole } from '@fieldloop/customers';
import { type SeededRandom } from '../random';
import { type DemoStaffMember, type DemoTerritory } from './customers-demo';
import { PhoneBook, personName } from './names';

// The organisation: admins, supervisors and their account managers, one to a territory.

export function buildStaff(
  random: SeededRandom,
  territories: DemoTerritory[],
  retailerCount: number,
  wantedAccountManagers?: number,
): DemoStaffMember[] {
  const phones = new PhoneBook(random.fork('staff-phones'));
  const takenNames = new Set<string>();
  const takenUsernames = new Set<string>();
  const staff: DemoStaffMember[] = [];

  const hire = (role: StaffRole, supervisorId: string | null, regionId: string | null = null): DemoStaffMember => {
    let person = personName(random);
    // Namesakes happen in real companies but make a demo confusing to click through.
    while (takenNames.has(person.name)) person = personName(random);
    takenNames.add(person.name);
    const base = `${person.pinyin.surname}.${person.pinyin.given}`;
    let username = base;
    for (let n = 2; takenUsernames.has(username); n++) username = `${base}${n}`;
    takenUsernames.add(username);
    const member: DemoStaffMember = {
      id: random.uuid(),
      employeeNumber: `KM${String(staff.length + 1).padStart(4, '0')}`,
      username,
      name: person.name,
      role,
      phone: phones.mobile(),
      supervisorId,
      regionId,
      active: true,
    };
    staff.push(member);
    return member;
  };

  // Most account managers run one route; with many routes some take two, never more.
  const accountManagerCount = Math.min(territories.length, wantedAccountManagers ?? Math.max(12, Math.ceil(territories.length / 1.5)));
  // About five account managers per supervisor keeps every team at four to six.
  const supervisorCount = Math.max(3, Math.round(accountManagerCount / 5));

  const admins = [hire(StaffRole.ADMIN, null), hire(StaffRole.ADMIN, null)];
  const supervisors = Array.from({ length: supervisorCount }, () => hire(StaffRole.SUPERVISOR, admins[0].id));
  // Consecutive account managers share a supervisor; their routes are neighbours, so teams are local.
  const accountManagers = Array.from({ length: accountManagerCount }, (_, i) =>
    hire(StaffRole.ACCOUNT_MANAGER, supervisors[Math.floor((i * supervisorCount) / accountManagerCount)].id),
  );
  const supportRoles: Array<[StaffRole, number]> = [
    [StaffRole.ORDER_CLERK, Math.max(3, Math.ceil(retailerCount / 600))],
    [StaffRole.DELIVERY_DRIVER, Math.max(4, Math.ceil(retailerCount / 400))],
    [StaffRole.MARKET_INSPECTOR, Math.max(2, Math.ceil(territories.length / 6))],
  ];
  // Clerks, drivers and inspectors each cover a region: that is what they see.
  const regions = [...new Set(territories.map((territory) => territory.regionId))];
  for (const [role, count] of supportRoles) {
    for (let i = 0; i < count; i++) hire(role, supervisors[i % supervisorCount].id, regions[i % regions.length]);
  }

  const routesPerManager = random.shuffle(accountManagers.map((_, i) => (i < territories.length - accountManagerCount ? 2 : 1)));
  let next = 0;
  accountManagers.forEach((manager, i) => {
    for (let r = 0; r < routesPerManager[i]; r++) territories[next++].accountManagerId = manager.id;
  });
  return staff;
}
