import { randomBytes, randomUUID } from 'node:crypto';
import {
  InvalidInputError,
  lockById,
  PARTNER_ROLE,
  publishEvent,
  SessionEnded,
  UnauthenticatedError,
  type Context,
} from '@fieldloop/platform';
import { In, IsNull } from 'typeorm';
import { Territory } from '../territory/territory.entity';
import { ApiKey } from './api-key.entity';
import type { CreateApiKeyInput } from './api-key.inputs';
import { issuer, sha256 } from './auth.service';

const MAX_LIFETIME_DAYS = 366;

export class ApiKeyService {
  constructor(private readonly context: Context) {}

  list(): Promise<ApiKey[]> {
    return this.context.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  async create(input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const now = Date.now();
    if (input.expiresAt.getTime() <= now) throw InvalidInputError.of('expiresAt', 'future', 'expiresAt must be in the future');
    if (input.expiresAt.getTime() > now + MAX_LIFETIME_DAYS * 86_400_000) {
      throw InvalidInputError.of('expiresAt', 'max_lifetime', `expiresAt must be within ${MAX_LIFETIME_DAYS} days`);
    }
    const territoryIds = input.territoryIds ? [...new Set(input.territoryIds)] : null;
    if (territoryIds?.length) {
      const known = await this.context.dataSource.getRepository(Territory).countBy({ id: In(territoryIds) });
      if (known !== territoryIds.length) throw InvalidInputError.of('territoryIds', 'exists', 'territoryIds must all be known territories');
    }
    const secret = `flk_${randomBytes(32).toString('base64url')}`;
    return this.context.transaction(async (manager) => {
      const apiKey = await manager.save(ApiKey, {
        id: randomUUID(),
        name: input.name,
        prefix: secret.slice(0, 12),
        secretHash: sha256(secret),
        scopes: [...new Set(input.scopes)].sort(),
        territoryIds,
        expiresAt: input.expiresAt,
        revokedAt: null,
        lastUsedAt: null,
        createdById: this.context.access.staffMemberId ?? null,
      });
      return { apiKey, secret };
    });
  }

  /** Ends the key: new sessions are refused and its live access tokens stop at once. */
  revoke(id: string): Promise<ApiKey> {
    return this.context.transaction(async (manager) => {
      const apiKey = await lockById(manager, ApiKey, id);
      if (apiKey.revokedAt) return apiKey;
      apiKey.revokedAt = new Date();
      await manager.save(apiKey);
      await publishEvent(manager, SessionEnded, { refs: [], payload: { sessionId: apiKey.id, reason: 'API_KEY_REVOKED' } });
      return apiKey;
    });
  }

  /** A short-lived access token for a valid key: the same kind of token staff get. */
  async startSession(secret: string) {
    const apiKey = await this.context.dataSource.getRepository(ApiKey).findOneBy({ secretHash: sha256(secret), revokedAt: IsNull() });
    if (!apiKey || apiKey.expiresAt <= new Date()) throw new UnauthenticatedError('The API key is unknown, revoked or expired');
    apiKey.lastUsedAt = new Date();
    await this.context.transaction(async (manager) => {
      await manager.update(ApiKey, apiKey.id, { lastUsedAt: apiKey.lastUsedAt });
      return apiKey;
    });
    const { token, expiresAt } = await issuer.issue(
      {
        sub: apiKey.id,
        kind: 'partner',
        role: PARTNER_ROLE,
        name: apiKey.name,
        sid: apiKey.id,
        scp: apiKey.scopes,
        terr: apiKey.territoryIds ?? '*',
      },
      apiKey.expiresAt,
    );
    return { accessToken: token, accessTokenExpiresAt: expiresAt, apiKey };
  }
}
