import { graphql } from './gql';
import type { SessionFieldsFragment } from './gql/graphql';
import { errorCodeOf, postGraphQL, UnreachableError } from './graphql-request';

export type SessionTokens = SessionFieldsFragment;
export type StaffIdentity = SessionTokens['staffMember'];

export type SignInFailure = 'wrong-credentials' | 'unreachable' | 'failed';

export class SignInError extends Error {
  constructor(readonly reason: SignInFailure) {
    super(reason);
  }
}

/** Why there is no session: never signed in, signed out, or ended by the server. */
export type SessionEnd = 'none' | 'signed-out' | 'expired';

graphql(`
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
`);
const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
`);
const REFRESH = graphql(`
  mutation RefreshSession($input: RefreshTokenInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
`);
const SIGN_OUT = graphql(`
  mutation SignOut($input: RefreshTokenInput!) {
    signOut(input: $input)
  }
`);

const STORAGE_KEY = 'fieldloop.session';
/** Refresh this long before the access token expires, so no request goes out with a dead one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The signed-in staff member's tokens. Kept in sessionStorage: a reload keeps the session, a
 * closed tab ends it, and each tab rotates its own refresh token (two tabs sharing one would
 * race to rotate it and one would be signed out).
 */
export class Session {
  private tokens: SessionTokens | null;
  private refreshing: Promise<string | null> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private ended: SessionEnd = 'none';

  constructor(
    private readonly gatewayUrl: string,
    private readonly storage: Storage = window.sessionStorage,
  ) {
    this.tokens = this.read();
    this.schedule();
  }

  get current(): SessionTokens | null {
    return this.tokens;
  }

  get endReason(): SessionEnd {
    return this.ended;
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.tokens;

  async signIn(username: string, password: string): Promise<void> {
    let reply;
    try {
      reply = await postGraphQL(this.gatewayUrl, SIGN_IN, { input: { username, password } });
    } catch (error) {
      throw new SignInError(error instanceof UnreachableError ? 'unreachable' : 'failed');
    }
    if (reply.data?.signIn) return this.set(reply.data.signIn, 'none');
    throw new SignInError(errorCodeOf(reply) === 'UNAUTHENTICATED' ? 'wrong-credentials' : 'failed');
  }

  /** A valid access token, refreshed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.tokens;
    if (!tokens) return null;
    if (Date.parse(tokens.accessTokenExpiresAt) - Date.now() > REFRESH_MARGIN_MS / 2) return tokens.accessToken;
    return this.refresh();
  }

  /** One refresh at a time: concurrent callers share it (a refresh token works only once). */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.rotate().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    const tokens = this.tokens;
    this.set(null, 'signed-out');
    // Revoke the refresh token; if the server cannot be reached it expires on its own.
    if (tokens) await postGraphQL(this.gatewayUrl, SIGN_OUT, { input: { refreshToken: tokens.refreshToken } }).catch(() => undefined);
  }

  /** The server no longer accepts this session (UNAUTHENTICATED): back to the sign-in page. */
  expire(): void {
    if (this.tokens) this.set(null, 'expired');
  }

  private async rotate(): Promise<string | null> {
    const tokens = this.tokens;
    if (!tokens) return null;
    try {
      const reply = await postGraphQL(this.gatewayUrl, REFRESH, {
        input: { refreshToken: tokens.refreshToken },
      });
      if (reply.data?.refreshSession) {
        this.set(reply.data.refreshSession, 'none');
        return reply.data.refreshSession.accessToken;
      }
      if (errorCodeOf(reply) === 'UNAUTHENTICATED') this.expire();
    } catch {
      // Unreachable: keep the current token while it lasts and try again shortly.
      if (this.tokens === tokens) this.timer = setTimeout(() => void this.refresh(), 5_000);
    }
    return this.tokens?.accessToken ?? null;
  }

  private set(tokens: SessionTokens | null, ended: SessionEnd): void {
    this.tokens = tokens;
    this.ended = ended;
    if (tokens) this.storage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else this.storage.removeItem(STORAGE_KEY);
    this.schedule();
    for (const listener of this.listeners) listener();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.tokens) return;
    const due = Date.parse(this.tokens.accessTokenExpiresAt) - REFRESH_MARGIN_MS - Date.now();
    this.timer = setTimeout(() => void this.refresh(), Math.max(1_000, due));
  }

  private read(): SessionTokens | null {
    try {
      const stored = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? 'null') as SessionTokens | null;
      return stored?.refreshToken && stored.staffMember ? stored : null;
    } catch {
      return null;
    }
  }
}
