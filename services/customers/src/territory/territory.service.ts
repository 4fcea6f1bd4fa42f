import { randomUUID } from 'node:crypto';
import {
  type Connection,
  type Context,
  InvalidInputError,
  type ListSelection,
  lockById,
  paginate,
  publishEvent,
  SortDirection,
  ref,
} from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { Region } from '../region/region.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffRole } from '../staff/staff-member.enums';
import { Territory } from './territory.entity';
import { TerritoryChanged, TerritoryCreated } from './territory.events';
import type { CreateTerritoryInput, TerritoriesArgs, UpdateTerritoryInput } from './territory.inputs';
import { territoryScope } from './territory.scope';

export class TerritoryService {
  constructor(private readonly context: Context) {}

  get(id: string): Promise<Territory> {
    return territoryScope.load(this.context, id);
  }

  list({ filter = {}, ...page }: TerritoriesArgs, selection: ListSelection): Promise<Connection<Territory>> {
    const query = territoryScope.restrict(this.context.dataSource.getRepository(Territory).createQueryBuilder('territory'), this.context);
    if (filter.regionId) query.andWhere('territory.regionId = :regionId', { regionId: filter.regionId });
    if (filter.accountManagerId)
      query.andWhere('territory.accountManagerId = :accountManagerId', { accountManagerId: filter.accountManagerId });
    if (filter.supervisorId) {
      query.andWhere(
        `territory.accountManagerId IN (${this.context.dataSource
          .getRepository(StaffMember)
          .createQueryBuilder('staff')
          .select('staff.id')
          .where('staff.supervisorId = :supervisorId')
          .getQuery()})`,
        { supervisorId: filter.supervisorId },
      );
    }
    return paginate(query, page, { property: 'code', direction: SortDirection.ASC }, selection);
  }

  create(input: CreateTerritoryInput): Promise<Territory> {
    return this.context.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const territory = await manager.save(
        manager.create(Territory, { ...input, id: randomUUID(), accountManagerId: input.accountManagerId ?? null }),
      );
      await publishEvent(manager, TerritoryCreated, { refs: [ref('Territory', territory.id)], payload: snapshot(territory) });
      return territory;
    });
  }

  update({ id, ...changes }: UpdateTerritoryInput): Promise<Territory> {
    return this.context.transaction(async (manager) => {
      const territory = await lockById(manager, Territory, id);
      await this.checkReferences(manager, changes);
      const saved = await manager.save(Object.assign(territory, changes));
      await publishEvent(manager, TerritoryChanged, { refs: [ref('Territory', saved.id)], payload: snapshot(saved) });
      return saved;
    });
  }

  private async checkReferences(manager: EntityManager, input: { regionId?: string; accountManagerId?: string }) {
    if (input.regionId && !(await manager.existsBy(Region, { id: input.regionId }))) {
      throw InvalidInputError.of('regionId', 'exists', `regionId ${input.regionId} is not a known region`);
    }
    if (input.accountManagerId) {
      const manager_ = await manager.findOneBy(StaffMember, { id: input.accountManagerId });
      if (!manager_)
        throw InvalidInputError.of('accountManagerId', 'exists', `accountManagerId ${input.accountManagerId} is not a known staff member`);
      if (manager_.role !== StaffRole.ACCOUNT_MANAGER) {
        throw InvalidInputError.of('accountManagerId', 'role', `accountManagerId must be an ACCOUNT_MANAGER, not ${manager_.role}`);
      }
    }
  }
}

const snapshot = ({ id, code, name, regionId, accountManagerId, visitFrequencyPerWeek }: Territory) => ({
  territoryId: id,
  code,
  name,
  regionId,
  accountManagerId,
  visitFrequencyPerWeek,
});
