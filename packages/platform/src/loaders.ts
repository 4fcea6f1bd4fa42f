import DataLoader from 'dataloader';
import { NotFoundError } from './errors';
import {
  In,
  type DataSource,
  type EntityMetadata,
  type EntityTarget,
  type FindOptionsOrder,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer';

/** Per entity: its read of rows by id, built once (the statement and what hydrates its rows). */
const byIdReads = new WeakMap<EntityMetadata, { sql: string; query: SelectQueryBuilder<ObjectLiteral> }>();

/**
 * The rows with these ids, as `findBy({ id: In(ids) })` reads them, by one statement per
 * entity built once: TypeORM built the SQL anew for every batch, 7 % of the subgraph's
 * CPU (profiled) on requests for one row by id. Entities that need more than their columns (load
 * listeners, eager relations, relation ids) take findBy.
 */
async function rowsWithIds<T extends ObjectLiteral>(repository: Repository<T>, ids: readonly string[]): Promise<T[]> {
  const { metadata, manager } = repository;
  const plain =
    metadata.afterLoadListeners.length + metadata.eagerRelations.length + metadata.relationIds.length === 0 &&
    manager.connection.subscribers.length === 0;
  if (!plain) return repository.findBy({ id: In([...ids]) } as never);
  let read = byIdReads.get(metadata);
  if (!read) {
    const query = repository.createQueryBuilder('row').where('row.id = ANY(:ids)', { ids: [] }) as SelectQueryBuilder<ObjectLiteral>;
    read = { sql: query.getQueryAndParameters()[0], query };
    byIdReads.set(metadata, read);
  }
  const raw = await manager.query(read.sql, [ids]);
  const hydrate = new RawSqlResultsToEntityTransformer(read.query.expressionMap, manager.connection.driver, []);
  return hydrate.transform(raw, read.query.expressionMap.mainAlias!) as T[];
}

/**
 * Per-request DataLoaders. Every reference (`_entities`, a foreign key) and every to-many
 * field goes through here, so N parents cost one `WHERE … IN (…)` per entity type and
 * relation, not N queries. A new instance per request keeps caches from leaking across users.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  /**
   * `cache: false` for long-lived contexts (a subscription): batching stays, but every event
   * reads entities as they are now, not as they were when the subscription started.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { cache: boolean } = { cache: true },
  ) {}

  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | undefined> {
    const repository = this.dataSource.getRepository(entity);
    return this.memo(`${repository.metadata.name}#id`, async (ids) => {
      const rows = await rowsWithIds(repository, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
  }

  /**
   * One entity by id through the batching loader, or NOT_FOUND naming its type and id. A row
   * outside the caller's scope (`inScope` false) is NOT_FOUND too: its existence is not told.
   */
  async loadOrFail<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    id: string,
    inScope: (row: T) => boolean | Promise<boolean> = () => true,
  ): Promise<T> {
    const row = await this.byId(entity).load(id);
    if (!row || !(await inScope(row))) throw new NotFoundError(this.dataSource.getMetadata(entity).name, id);
    return row;
  }

  /** All rows whose `column` equals the key: a to-many relation for many parents at once. */
  manyBy<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string, order?: FindOptionsOrder<T>): DataLoader<string, T[]> {
    const repository = this.dataSource.getRepository(entity);
    return this.memo(`${repository.metadata.name}#${column}#${JSON.stringify(order ?? {})}`, async (keys) => {
      const rows = await repository.find({ where: { [column]: In([...keys]) } as never, order });
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(String(row[column]))?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /** The newest row (by `orderBy`, descending) whose `column` equals the key, for many keys at once. */
  latestBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: keyof T & string,
    where?: string,
  ): DataLoader<string, T | undefined> {
    const repository = this.dataSource.getRepository(entity);
    return this.memo(`${repository.metadata.name}#latest#${column}#${orderBy}#${where ?? ''}`, async (keys) => {
      const query = repository
        .createQueryBuilder('row')
        .distinctOn([`row.${column}`])
        .where(`row.${column} IN (:...keys)`, { keys })
        .orderBy(`row.${column}`)
        .addOrderBy(`row.${orderBy}`, 'DESC', 'NULLS LAST');
      if (where) query.andWhere(where);
      const rows = await query.getMany();
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(key));
    });
  }

  /** How many rows have `column` equal to the key, for many keys in one GROUP BY. */
  countBy<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string): DataLoader<string, number> {
    const repository = this.dataSource.getRepository(entity);
    return this.memo(`${repository.metadata.name}#count#${column}`, async (keys) => {
      const rows = await repository
        .createQueryBuilder('row')
        .select(`row.${column}`, 'key')
        .addSelect('COUNT(*)::int', 'count')
        .where(`row.${column} IN (:...keys)`, { keys })
        .groupBy(`row.${column}`)
        .getRawMany<{ key: string; count: number }>();
      const counts = new Map(rows.map((row) => [String(row.key), row.count]));
      return keys.map((key) => counts.get(key) ?? 0);
    });
  }

  /**
   * A loader of the caller's own making, one per `name` and request: for figures computed for
   * many keys by one grouped statement (a team's scorecards), not one statement per key.
   */
  batch<V>(name: string, load: DataLoader.BatchLoadFn<string, V>): DataLoader<string, V> {
    return this.memo(`batch#${name}`, load);
  }

  private memo<V>(key: string, batch: DataLoader.BatchLoadFn<string, V>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000, cache: this.options.cache });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
