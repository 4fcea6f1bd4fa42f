import { PUBLIC, type Context } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { API_KEYS_MANAGE } from '../permissions';
import { ApiKey } from './api-key.entity';
import { CreatedApiKey, CreateApiKeyInput, PartnerSession, PartnerSessionInput } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(API_KEYS_MANAGE)
  @Query(() => [ApiKey], { description: 'Every partner API key, newest first' })
  apiKeys(@Ctx() context: Context): Promise<ApiKey[]> {
    return new ApiKeyService(context).list();
  }

  @Authorized(API_KEYS_MANAGE)
  @Mutation(() => CreatedApiKey, { description: 'Issue a partner API key; its secret is in this answer only' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() context: Context): Promise<CreatedApiKey> {
    return new ApiKeyService(context).create(input);
  }

  @Authorized(API_KEYS_MANAGE)
  @Mutation(() => ApiKey, { description: 'Revoke a key: its sessions end at once, everywhere' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ApiKey> {
    return new ApiKeyService(context).revoke(id);
  }

  @Authorized(PUBLIC)
  @Mutation(() => PartnerSession, { description: 'A partner system trades its API key for a short-lived access token' })
  partnerSession(@Arg('input') input: PartnerSessionInput, @Ctx() context: Context): Promise<PartnerSession> {
    return new ApiKeyService(context).startSession(input.apiKey);
  }
}
