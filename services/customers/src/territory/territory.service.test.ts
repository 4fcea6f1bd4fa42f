import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertRegion, insertStaffMember, startServiceTest, type ServiceTest } from '@fieldloop/testkit';
import { customers, StaffRole, Territory, TerritoryChanged, TerritoryCreated } from '..';
import { TerritoryService } from './territory.service';

describe('TerritoryService (createTerritory, updateTerritory)', () => {
  let test: ServiceTest;
  let service: TerritoryService;
  let regionId: string;
  let accountManagerId: string;

  beforeAll(async () => {
    test = await startServiceTest(customers);
    service = new TerritoryService(test.as({ role: StaffRole.ADMIN }));
    regionId = (await insertRegion(test.dataSource)).id;
    accountManagerId = (await insertStaffMember(test.dataSource)).id;
  });
  afterAll(() => test.stop());

  it('creates a territory and publishes TerritoryCreated with its snapshot', async () => {
    const territory = await service.create({ code: 'KM-WH-01', name: '五华一线', regionId, accountManagerId, visitFrequencyPerWeek: 2 });
    expect(await test.dataSource.getRepository(Territory).findOneByOrFail({ id: territory.id })).toMatchObject({
      code: 'KM-WH-01',
      accountManagerId,
      visitFrequencyPerWeek: 2,
    });
    const [created] = await test.published(TerritoryCreated);
    expect(created.refs).toEqual([{ type: 'Territory', id: territory.id }]);
    expect(created.payload).toEqual({
      territoryId: territory.id,
      code: 'KM-WH-01',
      name: '五华一线',
      regionId,
      accountManagerId,
      visitFrequencyPerWeek: 2,
    });
  });

  it('creates one without an account manager', async () => {
    const territory = await service.create({ code: 'KM-WH-02', name: '五华二线', regionId, visitFrequencyPerWeek: 1 });
    expect(territory.accountManagerId).toBeNull();
  });

  it('refuses an unknown region or a manager who is not an account manager, writing nothing', async () => {
    const supervisor = await insertStaffMember(test.dataSource, { role: StaffRole.SUPERVISOR });
    const before = await test.published();
    await expect(
      service.create({ code: 'KM-X-01', name: '无', regionId: accountManagerId, visitFrequencyPerWeek: 1 }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'regionId', rule: 'exists' } });
    await expect(
      service.create({ code: 'KM-X-02', name: '无', regionId, accountManagerId: supervisor.id, visitFrequencyPerWeek: 1 }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'accountManagerId', rule: 'role' } });
    expect(await test.dataSource.getRepository(Territory).existsBy([{ code: 'KM-X-01' }, { code: 'KM-X-02' }])).toBe(false);
    expect(await test.published()).toEqual(before);
  });

  it('updates a territory and publishes TerritoryChanged with the new snapshot', async () => {
    const territory = await service.create({ code: 'KM-WH-03', name: '五华三线', regionId, visitFrequencyPerWeek: 1 });
    const updated = await service.update({ id: territory.id, name: '五华三线(新)', accountManagerId, visitFrequencyPerWeek: 2 });
    expect(updated).toMatchObject({ code: 'KM-WH-03', name: '五华三线(新)', accountManagerId, visitFrequencyPerWeek: 2 });
    const changed = (await test.published(TerritoryChanged)).at(-1)!;
    expect(changed.payload).toMatchObject({ territoryId: territory.id, name: '五华三线(新)', accountManagerId, visitFrequencyPerWeek: 2 });
  });

  it('refuses an update naming an unknown territory or region, leaving the territory as it was', async () => {
    const territory = await service.create({ code: 'KM-WH-04', name: '五华四线', regionId, visitFrequencyPerWeek: 1 });
    await expect(service.update({ id: accountManagerId, name: '无' })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(service.update({ id: territory.id, name: '改', regionId: territory.id })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'regionId', rule: 'exists' },
    });
    expect(await test.dataSource.getRepository(Territory).findOneByOrFail({ id: territory.id })).toMatchObject({
      name: '五华四线',
      regionId,
    });
  });
});
