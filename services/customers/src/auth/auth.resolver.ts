import { type Context, PUBLIC, UnauthenticatedError } from '@fieldloop/platform';
import { IsString, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { StaffMember } from '../staff/staff-member.entity';
import { AuthService } from './auth.service';

@InputType()
export class SignInInput {
  @Field()
  @Length(1, 64)
  username: string;

  @Field()
  @Length(1, 256)
  password: string;
}

@ObjectType({ description: 'A signed-in session: send the access token as `Authorization: Bearer …`' })
export class SessionPayload {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Trade it for a new session with refreshSession before the access token expires' })
  refreshToken: string;

  @Field(() => StaffMember)
  staffMember: StaffMember;
}

@InputType()
export class RefreshTokenInput {
  @Field()
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}

@Resolver()
export class AuthResolver {
  @Authorized(PUBLIC)
  @Mutation(() => SessionPayload, { description: 'Sign in with username and password' })
  signIn(@Arg('input') input: SignInInput, @Ctx() context: Context): Promise<SessionPayload> {
    return new AuthService(context).signIn(input.username, input.password);
  }

  @Authorized(PUBLIC)
  @Mutation(() => SessionPayload, { description: 'A new access token (and refresh token) for a refresh token, which stops working' })
  refreshSession(@Arg('input') input: RefreshTokenInput, @Ctx() context: Context): Promise<SessionPayload> {
    return new AuthService(context).refresh(input.refreshToken);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'End the session: the refresh token stops working' })
  signOut(@Arg('input') input: RefreshTokenInput, @Ctx() context: Context): Promise<boolean> {
    return new AuthService(context).signOut(input.refreshToken);
  }

  @Authorized()
  @Query(() => StaffMember, { description: 'The signed-in staff member' })
  async me(@Ctx() context: Context): Promise<StaffMember> {
    const staffMemberId = context.access.staffMemberId;
    const member = staffMemberId && (await context.loaders.byId(StaffMember).load(staffMemberId));
    if (!member) throw new UnauthenticatedError('Sign in as a staff member first');
    return member;
  }
}
