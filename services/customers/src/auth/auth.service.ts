import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccessTokenIssuer, publishEvent, SessionEnded, UnauthenticatedError, type Context, type TerritoryScope } from '@fieldloop/platform';
import { hash, verify } from '@node-rs/argon2';
import { In, IsNull, type EntityManager } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffRole } from '../staff/staff-role';
import { Territory } from '../territory/territory.entity';
import { RefreshToken } from './refresh-token.entity';

const REFRESH_TOKEN_DAYS = 30;
export const issuer = new AccessTokenIssuer();
export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** One answer for every failed sign-in, so a caller cannot tell a wrong name from a wrong password. */
const notSignedIn = (message = 'Wrong username or password') => new UnauthenticatedError(message);
const SESSION_ENDED = 'The session has ended: sign in again';

/** Verified against when the username is unknown, so the time taken gives nothing away. */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hash('not a real password'));

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  staffMember: StaffMember;
}

export const hashPassword = (password: string) => hash(password);

/**
 * The territories a staff member sees, fixed into the access token at sign-in and refresh:
 * an account manager their own, a supervisor their team's (and own), inspectors, drivers and
 * order clerks their region's, an administrator all. A reassignment reaches the token at the
 * next refresh (at most ACCESS_TOKEN_SECONDS later).
 */
export async function territoryScopeOf(manager: EntityManager, member: StaffMember): Promise<TerritoryScope> {
  const territories = manager.getRepository(Territory).createQueryBuilder('territory').select('territory.id', 'id');
  switch (member.role) {
    case StaffRole.ADMIN:
      return '*';
    case StaffRole.ACCOUNT_MANAGER:
      territories.where('territory.accountManagerId = :id', { id: member.id });
      break;
    case StaffRole.SUPERVISOR:
      territories
        .leftJoin(StaffMember, 'manager', 'manager.id = territory.accountManagerId')
        .where('territory.accountManagerId = :id OR manager.supervisorId = :id', { id: member.id });
      break;
    default:
      if (!member.regionId) return [];
      territories.where('territory.regionId = :regionId', { regionId: member.regionId });
  }
  const rows = await territories.orderBy('territory.id').getRawMany<{ id: string }>();
  return rows.map(({ id }) => id);
}

/** Ends sessions: their refresh tokens stop working and every subgraph drops their access tokens. */
export async function endSessions(manager: EntityManager, sessionIds: string[], staffMemberId: string, reason: 'SIGNED_OUT' | 'REFRESH_TOKEN_REUSED' | 'STAFF_DEACTIVATED') {
  if (!sessionIds.length) return;
  await manager.update(RefreshToken, { sessionId: In(sessionIds), revokedAt: IsNull() }, { revokedAt: new Date() });
  for (const sessionId of sessionIds) {
    await publishEvent(manager, SessionEnded, { refs: [{ type: 'StaffMember', id: staffMemberId }], payload: { sessionId, reason } });
  }
}

/** Every open session of a staff member (when they are made inactive). */
export async function openSessionsOf(manager: EntityManager, staffMemberId: string): Promise<string[]> {
  const rows = await manager
    .getRepository(RefreshToken)
    .createQueryBuilder('token')
    .select('DISTINCT token.sessionId', 'sessionId')
    .where('token.staffMemberId = :staffMemberId AND token.revokedAt IS NULL AND token.expiresAt > now()', { staffMemberId })
    .getRawMany<{ sessionId: string }>();
  return rows.map(({ sessionId }) => sessionId);
}

export class AuthService {
  constructor(private readonly context: Context) {}

  async signIn(username: string, password: string): Promise<Session> {
    const member = await this.context.dataSource
      .getRepository(StaffMember)
      .createQueryBuilder('staff')
      .addSelect('staff.passwordHash')
      .where('staff.username = :username', { username })
      .getOne();
    const ok = await verify(member?.passwordHash ?? (await dummy()), password);
    if (!member || !member.passwordHash || !ok || !member.active) throw notSignedIn();
    return this.context.dataSource.transaction((manager) => this.startSession(manager, member, randomUUID()));
  }

  /**
   * Trades a refresh token for a new session; the old token stops working at once. A token
   * that was already traded in means it was copied: the whole sign-in is ended.
   */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.context.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, { where: { tokenHash: sha256(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!stored || stored.expiresAt <= new Date()) return undefined;
      if (stored.revokedAt) {
        await endSessions(manager, [stored.sessionId], stored.staffMemberId, 'REFRESH_TOKEN_REUSED');
        return undefined;
      }
      stored.revokedAt = new Date();
      await manager.save(stored);
      const member = await manager.findOneBy(StaffMember, { id: stored.staffMemberId, active: true });
      return member && this.startSession(manager, member, stored.sessionId);
    });
    // Thrown after the commit, so ending a reused token's session is not rolled back.
    if (!outcome) throw notSignedIn(SESSION_ENDED);
    return outcome;
  }

  signOut(refreshToken: string): Promise<boolean> {
    return this.context.dataSource.transaction(async (manager) => {
      const stored = await manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken), revokedAt: IsNull() });
      if (!stored) return false;
      await endSessions(manager, [stored.sessionId], stored.staffMemberId, 'SIGNED_OUT');
      return true;
    });
  }

  private async startSession(manager: EntityManager, member: StaffMember, sessionId: string): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, {
      id: randomUUID(),
      sessionId,
      tokenHash: sha256(refreshToken),
      staffMemberId: member.id,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
      revokedAt: null,
    });
    const { token, expiresAt } = await issuer.issue({
      sub: member.id,
      kind: 'staff',
      role: member.role,
      name: member.name,
      sid: sessionId,
      scp: [],
      terr: await territoryScopeOf(manager, member),
    });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, staffMember: member };
  }
}
