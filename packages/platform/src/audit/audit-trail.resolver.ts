import { IsIn, IsISO8601, IsOptional, Length } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { InvalidInputError } from '../errors';
import { type ListSelection, Selection } from '../list-selection';
import { ConnectionType, PageArgs, type Connection } from '../pagination';

export const AUDIT_READ = 'audit:read';

/** The permission to spread into the permissions of the service that serves the trail. */
export const auditPermissions = { [AUDIT_READ]: { description: 'Read the audit trail of every service', roles: ['ADMIN'] } };

@ObjectType({ description: 'One mutation served by a service, with its outcome' })
export class AuditRecord {
  @Field(() => ID, { description: 'Also the cursor: records are numbered in the order they were written' })
  id: string;

  @Field()
  at: Date;

  @Field()
  service: string;

  @Field(() => String, { nullable: true, description: 'A staff member id, `apikey:<id>` for a partner, or null before sign-in' })
  actor: string | null;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field({ description: 'The mutation field(s), e.g. approveVisitPlan' })
  operation: string;

  @Field(() => [ID])
  targetIds: string[];

  @Field({ description: 'OK or FAILED' })
  outcome: string;

  @Field(() => String, { nullable: true, description: 'The error code of a failed attempt, e.g. FORBIDDEN' })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

const AuditRecordConnection = ConnectionType(AuditRecord, 'AuditRecord');

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 80)
  actor?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  operation?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  service?: string;

  @Field(() => String, { nullable: true, description: 'OK or FAILED' })
  @IsOptional()
  @IsIn(['OK', 'FAILED'])
  outcome?: string;

  @Field(() => ID, { nullable: true, description: 'Records about this id' })
  targetId?: string;

  @Field(() => String, { nullable: true, description: 'From this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Before this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}

@ArgsType()
class AuditTrailArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter;
}

interface AuditRow extends Omit<AuditRecord, 'id'> {
  position: string;
}

/** The audit trail of all services (they write to one table), newest first. Admins only. */
@Resolver()
export class AuditTrailResolver {
  @Authorized(AUDIT_READ)
  @Query(() => AuditRecordConnection, {
    description: 'Every mutation of every service with actor, role, targets, time and outcome, newest first',
  })
  async auditTrail(
    @Args() { first, after, filter = {} }: AuditTrailArgs,
    @Selection() selection: ListSelection,
    @Ctx() context: Context,
  ): Promise<Connection<AuditRecord>> {
    if (after !== undefined && !/^\d{1,19}$/.test(after))
      throw InvalidInputError.of('after', 'cursor', 'after must be the id of an audit record');
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => conditions.push(sql(`$${parameters.push(value)}`));
    if (filter.actor) add((p) => `actor = ${p}`, filter.actor);
    if (filter.operation) add((p) => `${p} = ANY(string_to_array(operation, ','))`, filter.operation);
    if (filter.service) add((p) => `service = ${p}`, filter.service);
    if (filter.outcome) add((p) => `outcome = ${p}`, filter.outcome);
    if (filter.targetId) add((p) => `${p} = ANY(target_ids)`, filter.targetId);
    if (filter.from) add((p) => `at >= ${p}`, filter.from);
    if (filter.to) add((p) => `at < ${p}`, filter.to);
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const count = selection.totalCount
      ? context.dataSource
          .query(`SELECT COUNT(*)::int AS count FROM events.audit_log ${where(conditions)}`, parameters)
          .then(([row]: { count: number }[]) => row.count)
      : 0;
    const pageConditions = after ? [...conditions, `position < $${parameters.length + 1}`] : conditions;
    const rows: AuditRow[] = selection.page
      ? await context.dataSource.query(
          `SELECT position, at, service, actor, role, operation, target_ids AS "targetIds", outcome, error_code AS "errorCode", request_id AS "requestId"
             FROM events.audit_log ${where(pageConditions)} ORDER BY position DESC LIMIT ${first + 1}`,
          after ? [...parameters, after] : parameters,
        )
      : [];
    const page = rows.slice(0, first).map(({ position, ...row }) => ({ cursor: String(position), node: { id: String(position), ...row } }));
    return { edges: page, pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.cursor }, totalCount: await count };
  }
}
