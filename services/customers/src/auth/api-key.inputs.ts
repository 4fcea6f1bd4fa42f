import { ALL_PERMISSION_NAMES } from '@fieldloop/platform';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsIn, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@InputType()
export class CreateApiKeyInput implements Partial<ApiKey> {
  @Field({ description: 'Who it is for, e.g. "ERP order import"' })
  @Length(1, 100)
  name: string;

  @Field(() => [String], { description: 'Permissions it carries, `<service>:<action>` (docs/access.md), e.g. customers:read' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsIn(ALL_PERMISSION_NAMES, {
    each: true,
    message: `each scope must be a permission a service declares: ${ALL_PERMISSION_NAMES.join(', ')}`,
  })
  scopes: string[];

  @Field(() => [ID], { nullable: true, description: 'The territories it may see; omit for every territory' })
  @IsOptional()
  @ArrayMaxSize(500)
  territoryIds?: string[];

  @Field({ description: 'When it stops working (at most a year ahead)' })
  @IsDate()
  expiresAt: Date;
}

@ObjectType({ description: 'A new key: the secret is shown this once' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Keep it safe: only its hash is stored' })
  secret: string;
}

@InputType()
export class PartnerSessionInput {
  @Field({ description: 'The secret of an API key' })
  @Length(20, 200)
  apiKey: string;
}

@ObjectType({ description: 'A partner session: send the access token as `Authorization: Bearer …`; ask for a new one when it expires' })
export class PartnerSession {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => ApiKey)
  apiKey: ApiKey;
}
