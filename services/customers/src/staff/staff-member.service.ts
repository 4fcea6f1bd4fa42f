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
import { Brackets, type EntityManager } from 'typeorm';
import { endSessions, openSessionsOf } from '../auth/auth.service';
import { Region } from '../region/region.entity';
import { likePattern } from '../retailer/retailer.rules';
import { StaffMember } from './staff-member.entity';
import { StaffMemberChanged, StaffMemberCreated } from './staff-member.events';
import type { CreateStaffMemberInput, StaffMembersArgs, UpdateStaffMemberInput } from './staff-member.inputs';
import { StaffRole } from './staff-member.enums';

export class StaffMemberService {
  constructor(private readonly context: Context) {}

  get(id: string): Promise<StaffMember> {
    return this.context.loaders.loadOrFail(StaffMember, id);
  }

  list({ filter = {}, ...page }: StaffMembersArgs, selection: ListSelection): Promise<Connection<StaffMember>> {
    const query = this.context.dataSource.getRepository(StaffMember).createQueryBuilder('staff');
    if (filter.roles?.length) query.andWhere('staff.role IN (:...roles)', { roles: filter.roles });
    if (filter.supervisorId) query.andWhere('staff.supervisorId = :supervisorId', { supervisorId: filter.supervisorId });
    if (filter.active !== undefined) query.andWhere('staff.active = :active', { active: filter.active });
    if (filter.search) {
      const pattern = likePattern(filter.search.trim());
      query.andWhere(
        new Brackets((any) =>
          any
            .where('staff.name ILIKE :pattern', { pattern })
            .orWhere('staff.employeeNumber ILIKE :pattern')
            .orWhere('staff.username ILIKE :pattern'),
        ),
      );
    }
    return paginate(query, page, { property: 'employeeNumber', direction: SortDirection.ASC }, selection);
  }

  create(input: CreateStaffMemberInput): Promise<StaffMember> {
    return this.context.transaction(async (manager) => {
      await this.checkSupervisor(manager, input.supervisorId);
      await this.checkRegion(manager, input.regionId);
      const member = await manager.save(
        manager.create(StaffMember, {
          ...input,
          id: randomUUID(),
          supervisorId: input.supervisorId ?? null,
          regionId: input.regionId ?? null,
          active: true,
        }),
      );
      await publishEvent(manager, StaffMemberCreated, { refs: [ref('StaffMember', member.id)], payload: snapshot(member) });
      return member;
    });
  }

  update({ id, ...changes }: UpdateStaffMemberInput): Promise<StaffMember> {
    return this.context.transaction(async (manager) => {
      const member = await lockById(manager, StaffMember, id);
      if (changes.supervisorId === id) throw InvalidInputError.of('supervisorId', 'not_self', 'supervisorId cannot be the member themself');
      await this.checkSupervisor(manager, changes.supervisorId);
      await this.checkRegion(manager, changes.regionId);
      const deactivated = member.active && changes.active === false;
      const saved = await manager.save(Object.assign(member, changes));
      if (deactivated) await endSessions(manager, await openSessionsOf(manager, id), id, 'STAFF_DEACTIVATED');
      await publishEvent(manager, StaffMemberChanged, { refs: [ref('StaffMember', saved.id)], payload: snapshot(saved) });
      return saved;
    });
  }

  private async checkRegion(manager: EntityManager, regionId: string | undefined): Promise<void> {
    if (regionId && !(await manager.existsBy(Region, { id: regionId }))) {
      throw InvalidInputError.of('regionId', 'exists', `regionId ${regionId} is not a known region`);
    }
  }

  private async checkSupervisor(manager: EntityManager, supervisorId: string | undefined): Promise<void> {
    if (!supervisorId) return;
    const supervisor = await manager.findOneBy(StaffMember, { id: supervisorId });
    if (!supervisor) throw InvalidInputError.of('supervisorId', 'exists', `supervisorId ${supervisorId} is not a known staff member`);
    if (supervisor.role !== StaffRole.SUPERVISOR && supervisor.role !== StaffRole.ADMIN) {
      throw InvalidInputError.of('supervisorId', 'role', `supervisorId must be a SUPERVISOR or ADMIN, not ${supervisor.role}`);
    }
  }
}

const snapshot = ({ id, employeeNumber, name, role, supervisorId, active }: StaffMember) => ({
  staffMemberId: id,
  employeeNumber,
  name,
  role,
  supervisorId,
  active,
});
