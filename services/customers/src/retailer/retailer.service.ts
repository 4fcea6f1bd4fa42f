import { randomUUID } from 'node:crypto';
import {
  companyToday,
  ConflictError,
  type Connection,
  type Context,
  InvalidInputError,
  type ListSelection,
  NotFoundError,
  paginate,
  publishEvent,
  SortDirection,
  ref,
} from '@fieldloop/platform';
import { Brackets, type EntityManager } from 'typeorm';
import { Territory } from '../territory/territory.entity';
import { Retailer } from './retailer.entity';
import type { RetailerPositions } from './retailer-position.types';
import {
  RetailerSortField,
  type ChangeRetailerStatusInput,
  type CreateRetailerInput,
  type RetailerFilter,
  type RetailerPositionsArgs,
  type RetailersArgs,
  type UpdateRetailerInput,
} from './retailer.inputs';
import { likePattern, openingDateViolation, statusChangeNeedsReason } from './retailer.rules';
import { RetailerStatus } from './retailer.enums';
import { RETAILER_BASIC_FIELDS, RetailerChanged, RetailerCreated, RetailerStatusChanged } from './retailer.events';
import { territoryScope } from '../territory/territory.scope';
import { retailerScope } from './retailer.scope';

const SORT_PROPERTY: Record<RetailerSortField, keyof Retailer & string> = {
  SHOP_NAME: 'shopName',
  LICENCE_NUMBER: 'licenceNumber',
  TIER: 'tier',
  ROUTE_SEQUENCE: 'routeSequence',
  OPENED_ON: 'openedOn',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
};

export class RetailerService {
  constructor(private readonly context: Context) {}

  private get repository() {
    return this.context.dataSource.getRepository(Retailer);
  }

  get(id: string): Promise<Retailer> {
    return retailerScope.load(this.context, id);
  }

  async getByLicence(licenceNumber: string): Promise<Retailer> {
    const retailer = await this.repository.findOneBy({ licenceNumber });
    if (!retailer || !retailerScope.visible(retailer, this.context)) throw new NotFoundError('Retailer', licenceNumber);
    return retailer;
  }

  async list({ filter = {}, orderBy, ...page }: RetailersArgs, selection: ListSelection): Promise<Connection<Retailer>> {
    const query = this.matching(filter);
    const field = orderBy?.field ?? RetailerSortField.SHOP_NAME;
    return paginate(query, page, { property: SORT_PROPERTY[field], direction: orderBy?.direction ?? SortDirection.ASC }, selection);
  }

  /** Only the columns a map draws, walking the primary key, with the count of all that match. */
  async positions({ filter = {}, first }: RetailerPositionsArgs): Promise<RetailerPositions> {
    const query = this.matching(filter);
    const [positions, totalCount] = await Promise.all([
      query
        .clone()
        .select(['retailer.id', 'retailer.latitude', 'retailer.longitude', 'retailer.creditGrade', 'retailer.territoryId'])
        .orderBy('retailer.id', 'ASC')
        .limit(first)
        .getMany(),
      query.getCount(),
    ]);
    return { totalCount, positions };
  }

  /** The caller's visible retailers that match the filter. */
  private matching(filter: RetailerFilter) {
    const query = retailerScope.restrict(this.repository.createQueryBuilder('retailer'), this.context);
    if (filter.territoryIds) {
      if (filter.territoryIds.length === 0) query.andWhere('FALSE');
      else query.andWhere('retailer.territoryId IN (:...territoryIds)', { territoryIds: filter.territoryIds });
    }
    if (filter.regionId || filter.accountManagerId) {
      const territories = this.context.dataSource.getRepository(Territory).createQueryBuilder('territory').select('territory.id');
      if (filter.regionId) territories.andWhere('territory.regionId = :regionId');
      if (filter.accountManagerId) territories.andWhere('territory.accountManagerId = :accountManagerId');
      query.andWhere(`retailer.territoryId IN (${territories.getQuery()})`, {
        regionId: filter.regionId,
        accountManagerId: filter.accountManagerId,
      });
    }
    if (filter.statuses?.length) query.andWhere('retailer.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.businessTypes?.length)
      query.andWhere('retailer.businessType IN (:...businessTypes)', { businessTypes: filter.businessTypes });
    if (filter.creditGrades?.length) query.andWhere('retailer.creditGrade IN (:...creditGrades)', { creditGrades: filter.creditGrades });
    if (filter.tierMin !== undefined) query.andWhere('retailer.tier >= :tierMin', { tierMin: filter.tierMin });
    if (filter.tierMax !== undefined) query.andWhere('retailer.tier <= :tierMax', { tierMax: filter.tierMax });
    if (filter.search) {
      const pattern = likePattern(filter.search.trim());
      query.andWhere(
        new Brackets((any) =>
          any
            .where('retailer.shopName ILIKE :pattern', { pattern })
            .orWhere('retailer.ownerName ILIKE :pattern')
            .orWhere('retailer.licenceNumber LIKE :pattern'),
        ),
      );
    }
    return query;
  }

  async create(input: CreateRetailerInput): Promise<Retailer> {
    InvalidInputError.throwIfAny(openingDateViolation(input.openedOn, companyToday()));
    return this.context.transaction(async (manager) => {
      await this.requireTerritory(manager, input.territoryId);
      const routeSequence = input.routeSequence ?? (await this.nextRouteSequence(manager, input.territoryId));
      const retailer = manager.create(Retailer, {
        ...input,
        id: randomUUID(),
        routeSequence,
        status: RetailerStatus.ACTIVE,
        business: { plan: null, tradingHours: null, shopAreaSqm: null, monthlyTurnoverBand: null, ...input.business },
        personal: { ownerBirthday: null, interests: null, preferences: null, personalityType: null, ...input.personal },
        logistics: { deliveryWindow: null, priorityDelivery: false, instructions: null, ...input.logistics },
        profileUpdatedAt: new Date(),
      });
      const saved = await manager.save(retailer);
      await publishEvent(manager, RetailerCreated, {
        refs: refsOf(saved),
        payload: { retailerId: saved.id, ...pick(saved, RETAILER_BASIC_FIELDS) },
      });
      return saved;
    });
  }

  async update({ id, expectedVersion, business, personal, logistics, ...changes }: UpdateRetailerInput): Promise<Retailer> {
    InvalidInputError.throwIfAny(openingDateViolation(changes.openedOn, companyToday()));
    return this.context.transaction(async (manager) => {
      const retailer = await retailerScope.lock(manager, this.context, id);
      const previousTerritoryId = retailer.territoryId;
      if (expectedVersion !== undefined && expectedVersion !== retailer.version) {
        throw new ConflictError(`Retailer ${id} changed since version ${expectedVersion} (now ${retailer.version}); read it again`, {
          field: 'expectedVersion',
          rule: 'version',
        });
      }
      if (changes.territoryId && changes.territoryId !== retailer.territoryId) {
        await this.requireTerritory(manager, changes.territoryId);
        changes.routeSequence ??= await this.nextRouteSequence(manager, changes.territoryId);
      }
      const changedFields = [
        ...Object.entries(changes)
          .filter(([key, value]) => value !== undefined && value !== retailer[key as keyof Retailer])
          .map(([key]) => key),
        ...groupChanges('business', retailer.business, business),
        ...groupChanges('personal', retailer.personal, personal),
        ...groupChanges('logistics', retailer.logistics, logistics),
      ];
      if (changedFields.length === 0) return retailer;
      Object.assign(retailer, changes);
      Object.assign(retailer.business, business);
      Object.assign(retailer.personal, personal);
      Object.assign(retailer.logistics, logistics);
      retailer.profileUpdatedAt = new Date();
      const saved = await manager.save(retailer);
      const basics = RETAILER_BASIC_FIELDS.filter((field) => changedFields.includes(field));
      await publishEvent(manager, RetailerChanged, {
        // A move names both territories, so each side's subscribers see it.
        refs: previousTerritoryId === saved.territoryId ? refsOf(saved) : [...refsOf(saved), ref('Territory', previousTerritoryId)],
        payload: { retailerId: saved.id, ...pick(saved, basics), territoryId: saved.territoryId, changedFields },
      });
      return saved;
    });
  }

  async changeStatus({ id, status, reason }: ChangeRetailerStatusInput): Promise<Retailer> {
    if (statusChangeNeedsReason(status) && !reason.trim()) {
      throw InvalidInputError.of('reason', 'required', `reason is required when the status becomes ${status}`);
    }
    return this.context.transaction(async (manager) => {
      const retailer = await retailerScope.lock(manager, this.context, id);
      const previousStatus = retailer.status;
      if (previousStatus === status) return retailer;
      retailer.status = status;
      retailer.statusReason = reason.trim() || null;
      const saved = await manager.save(retailer);
      await publishEvent(manager, RetailerStatusChanged, {
        refs: refsOf(saved),
        payload: { retailerId: saved.id, territoryId: saved.territoryId, status, previousStatus, reason: saved.statusReason },
      });
      return saved;
    });
  }

  private async requireTerritory(manager: EntityManager, territoryId: string): Promise<void> {
    const territory = await manager.findOneBy(Territory, { id: territoryId });
    if (!territory || !territoryScope.visible(territory, this.context)) {
      throw InvalidInputError.of('territoryId', 'exists', `territoryId ${territoryId} is not a known territory`);
    }
  }

  private async nextRouteSequence(manager: EntityManager, territoryId: string): Promise<number> {
    const { max } = (await manager
      .createQueryBuilder(Retailer, 'retailer')
      .select('MAX(retailer.routeSequence)', 'max')
      .where('retailer.territoryId = :territoryId', { territoryId })
      .getRawOne<{ max: number | null }>()) ?? { max: null };
    return (max ?? 0) + 1;
  }
}

const refsOf = (retailer: Retailer) => [ref('Retailer', retailer.id), ref('Territory', retailer.territoryId)];

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}

/** `group.field` names of the customer-file fields an update really changes. */
function groupChanges<T extends object>(group: string, current: T, update: Partial<T> | undefined): string[] {
  return Object.entries(update ?? {})
    .filter(([key, value]) => value !== undefined && value !== current[key as keyof T])
    .map(([key]) => `${group}.${key}`);
}
