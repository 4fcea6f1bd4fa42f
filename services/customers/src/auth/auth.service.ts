import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccessTokenIssuer, type Context } from '@fieldloop/platform';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import { IsNull, MoreThan } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';
import { RefreshToken } from './refresh-token.entity';

const REFRESH_TOKEN_DAYS = 30;
const issuer = new AccessTokenIssuer();
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** One answer for every failed sign-in, so a caller cannot tell a wrong name from a wrong password. */
const notSignedIn = (message = 'Wrong username or password') => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

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
    return this.startSession(member);
  }

  /** Trades a refresh token for a new session; the old token stops working at once. */
  refresh(refreshToken: string): Promise<Session> {
    return this.context.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, {
        where: { tokenHash: digest(refreshToken), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored) throw notSignedIn('The session has ended: sign in again');
      stored.revokedAt = new Date();
      await manager.save(stored);
      const member = await manager.findOneBy(StaffMember, { id: stored.staffMemberId, active: true });
      if (!member) throw notSignedIn('The session has ended: sign in again');
      return this.startSession(member);
    });
  }

  async signOut(refreshToken: string): Promise<boolean> {
    const result = await this.context.dataSource.getRepository(RefreshToken).update({ tokenHash: digest(refreshToken), revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  private async startSession(member: StaffMember): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.context.dataSource.getRepository(RefreshToken).insert({
      id: randomUUID(),
      tokenHash: digest(refreshToken),
      staffMemberId: member.id,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
      revokedAt: null,
    });
    const { token, expiresAt } = await issuer.issue({ sub: member.id, role: member.role, name: member.name });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, staffMember: member };
  }
}
