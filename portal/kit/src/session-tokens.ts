import type { SessionFieldsFragment, SignInMutation, SignInMutationVariables } from './gql/graphql';
import { errorCodeOf, postGraphQL, UnreachableError } from './graphql-request';

/*
 * Signing in and the stored session, with nothing but fetch and localStorage: the shell paints
 * its sign-in form from these before React, Apollo or i18next have loaded, and stores the
 * tokens exactly where Session (which loads after) reads them. The documents are plain text,
 * checked against the supergraph by codegen like every other (the GraphQL comment marks them).
 */

export type SessionTokens = SessionFieldsFragment;
export type StaffIdentity = SessionTokens['staffMember'];

export type SignInFailure = 'wrong-credentials' | 'unreachable' | 'failed';

export class SignInError extends Error {
  constructor(readonly reason: SignInFailure) {
    super(reason);
  }
}

export const SESSION_FIELDS = /* GraphQL */ `
  fragment SessionFields on SessionPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    staffMember {
      id
      name
      role
      username
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;

/** The browser's one session: every tab reads and writes this key. */
export const SESSION_STORAGE_KEY = 'fieldloop.session';

export function readStoredSession(storage: Storage): SessionTokens | null {
  try {
    const stored = JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? 'null') as SessionTokens | null;
    return stored?.refreshToken && stored.staffMember ? stored : null;
  } catch {
    return null;
  }
}

export function storeSession(storage: Storage, tokens: SessionTokens | null): void {
  if (tokens) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(tokens));
  else storage.removeItem(SESSION_STORAGE_KEY);
}

/** The tokens for this username and password, or a SignInError saying why not. */
export async function requestSignIn(gatewayUrl: string, username: string, password: string): Promise<SessionTokens> {
  let reply;
  try {
    reply = await postGraphQL<SignInMutation, SignInMutationVariables>(gatewayUrl, SIGN_IN, { input: { username, password } });
  } catch (error) {
    throw new SignInError(error instanceof UnreachableError ? 'unreachable' : 'failed');
  }
  if (reply.data?.signIn) return reply.data.signIn;
  throw new SignInError(errorCodeOf(reply) === 'UNAUTHENTICATED' ? 'wrong-credentials' : 'failed');
}
