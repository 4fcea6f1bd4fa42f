import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  AccessTokenIssuer,
  loadConfig,
  publishEvent,
  SessionEnded,
  UnauthenticatedError,
  type Context,
  type TerritoryScope,
  ref,
} from '@fieldloop/platform';
import { hash, verify } from '@node-rs/argon2';
import { In, IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffRole } from '../staff/staff-member.enums';
import { Territory } from '../territory/territory.entity';
import { RefreshToken } from './refresh-token.entity';

const REFRESH_TOKEN_DAYS = 30;

const refreshConfig = z.object({ REFRESH_TOKEN_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30) });

/**
 * How long a refresh token just traded in may be presented again and get the same answer: a
 * phone that timed out waiting retries with the token it still holds (the reuse interval of
 * Auth0, Okta's grace period). Read at each use, like the signing key.
 */
const refreshGraceMs = () => loadConfig(refreshConfig).REFRESH_TOKEN_GRACE_SECONDS * 1000;

/**
 * A rotated token's successor is derived, not kept: the HMAC of the successor's id keyed by
 * the token traded in. The database alone cannot produce it (it holds hashes), nor the old
 * token alone (token ids are never shown), and no token is ever stored in clear, yet a
 * retry gets the very same successor, so a sign-in stays one line of tokens.
 */
const successorOf = (refreshToken: string, successorId: string) =>
  createHmac('sha256', refreshToken).update(successorId).digest('base64url');
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
export async function endSessions(
  manager: EntityManager,
  sessionIds: string[],
  staffMemberId: string,
  reason: 'SIGNED_OUT' | 'REFRESH_TOKEN_REUSED' | 'STAFF_DEACTIVATED',
) {
  if (!sessionIds.length) return;
  await manager.update(RefreshToken, { sessionId: In(sessionIds), revokedAt: IsNull() }, { revokedAt: new Date() });
  for (const sessionId of sessionIds) {
    await publishEvent(manager, SessionEnded, { refs: [ref('StaffMember', staffMemberId)], payload: { sessionId, reason } });
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
    return this.context.transaction((manager) => this.startSession(manager, member, randomUUID()));
  }

  /**
   * Trades a refresh token for a new session; the old token stops working. Within the grace
   * period the same token again (a retry) gets the same successor; after it, or once the
   * successor is itself used, a token already traded in means it was copied: the whole
   * sign-in is ended. The row lock makes concurrent trades of one token take turns, so the
   * second always sees the first's successor.
   */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.context.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored || stored.expiresAt <= new Date()) return undefined;
      if (stored.revokedAt) {
        const retried = await this.retried(manager, stored, refreshToken);
        if (retried) return retried;
        await endSessions(manager, [stored.sessionId], stored.staffMemberId, 'REFRESH_TOKEN_REUSED');
        return undefined;
      }
      const successorId = randomUUID();
      Object.assign(stored, { revokedAt: new Date(), replacedById: successorId });
      await manager.save(stored);
      const member = await manager.findOneBy(StaffMember, { id: stored.staffMemberId, active: true });
      return (
        member && this.startSession(manager, member, stored.sessionId, { id: successorId, token: successorOf(refreshToken, successorId) })
      );
    });
    // Thrown after the commit, so ending a reused token's session is not rolled back.
    if (!outcome) throw notSignedIn(SESSION_ENDED);
    return outcome;
  }

  signOut(refreshToken: string): Promise<boolean> {
    return this.context.transaction(async (manager) => {
      const stored = await manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken), revokedAt: IsNull() });
      if (!stored) return false;
      await endSessions(manager, [stored.sessionId], stored.staffMemberId, 'SIGNED_OUT');
      return true;
    });
  }

  /**
   * A retry within the grace period of a token traded in: its successor again, with a fresh
   * access token, while that successor is still the live end of the line.
   */
  private async retried(manager: EntityManager, stored: RefreshToken, refreshToken: string): Promise<Session | undefined> {
    if (!stored.replacedById || !stored.revokedAt || Date.now() - stored.revokedAt.getTime() >= refreshGraceMs()) return undefined;
    const successor = await manager.findOne(RefreshToken, { where: { id: stored.replacedById }, lock: { mode: 'pessimistic_write' } });
    const token = successorOf(refreshToken, stored.replacedById);
    if (!successor || successor.revokedAt || successor.expiresAt <= new Date() || successor.tokenHash !== sha256(token)) return undefined;
    const member = await manager.findOneBy(StaffMember, { id: stored.staffMemberId, active: true });
    return member ? this.session(manager, member, stored.sessionId, token) : undefined;
  }

  private async startSession(
    manager: EntityManager,
    member: StaffMember,
    sessionId: string,
    refresh = { id: randomUUID(), token: randomBytes(32).toString('base64url') },
  ): Promise<Session> {
    await manager.insert(RefreshToken, {
      id: refresh.id,
      sessionId,
      tokenHash: sha256(refresh.token),
      staffMemberId: member.id,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
      revokedAt: null,
      replacedById: null,
    });
    return this.session(manager, member, sessionId, refresh.token);
  }

  /** An access token for the session, beside the refresh token it goes with. */
  private async session(manager: EntityManager, member: StaffMember, sessionId: string, refreshToken: string): Promise<Session> {
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
