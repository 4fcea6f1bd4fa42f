import type { RefreshSessionMutation, RefreshSessionMutationVariables, SignOutMutation, SignOutMutationVariables } from './gql/graphql';
import { errorCodeOf, postGraphQL } from './graphql-request';
import { readStoredSession, requestSignIn, SESSION_FIELDS, SESSION_STORAGE_KEY, storeSession, type SessionTokens } from './session-tokens';

/** Why there is no session: never signed in, signed out, or ended by the server. */
export type SessionEnd = 'none' | 'signed-out' | 'expired';

const REFRESH = /* GraphQL */ `
  mutation RefreshSession($input: RefreshTokenInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;
const SIGN_OUT = /* GraphQL */ `
  mutation SignOut($input: RefreshTokenInput!) {
    signOut(input: $input)
  }
`;

/** Held by the one tab rotating the refresh token (Web Locks: across every tab of the origin). */
const REFRESH_LOCK = 'fieldloop.session.refresh';
/** Refresh this long before the access token expires, so no request goes out with a dead one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The signed-in staff member's tokens, one per browser: kept in localStorage, so a new tab or
 * a deep link opens signed in, and followed by every tab through the storage event, so a
 * refresh or a sign-out in one is at once every tab's. Only one tab at a time trades the
 * refresh token in (a refresh token works once; a second trade would end the sign-in): the
 * trade runs under a Web Lock, and a tab that waited for it takes the tokens the other tab
 * stored instead of trading the old ones again. The tokens are as exposed to the page's own
 * scripts as they were in sessionStorage; what changes is that they outlive a closed tab,
 * until signing out or the refresh token's expiry.
 */
export class Session {
  private tokens: SessionTokens | null;
  private refreshing: Promise<string | null> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private ended: SessionEnd = 'none';

  constructor(
    private readonly gatewayUrl: string,
    private readonly storage: Storage = window.localStorage,
  ) {
    this.tokens = this.read();
    this.schedule();
    // Another tab signed in, refreshed or signed out (or storage was cleared): follow it.
    window.addEventListener('storage', (event) => {
      if (event.storageArea !== this.storage || (event.key !== SESSION_STORAGE_KEY && event.key !== null)) return;
      const stored = this.read();
      if (stored?.refreshToken !== this.tokens?.refreshToken) this.apply(stored, stored ? 'none' : 'signed-out');
    });
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
    this.set(await requestSignIn(this.gatewayUrl, username, password), 'none');
  }

  /** A valid access token, refreshed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.tokens;
    if (!tokens) return null;
    if (Date.parse(tokens.accessTokenExpiresAt) - Date.now() > REFRESH_MARGIN_MS / 2) return tokens.accessToken;
    return this.refresh();
  }

  /** One refresh at a time: concurrent callers share it, and other tabs wait for it (a refresh token works only once). */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.rotateHoldingLock().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private rotateHoldingLock(): Promise<string | null> {
    if (!navigator.locks) return this.rotate();
    // The lock is held until the rotation settles.
    return new Promise((resolve, reject) => void navigator.locks.request(REFRESH_LOCK, () => this.rotate().then(resolve, reject)));
  }

  async signOut(): Promise<void> {
    const tokens = this.tokens;
    this.set(null, 'signed-out');
    // Revoke the refresh token; if the server cannot be reached it expires on its own.
    if (tokens)
      await postGraphQL<SignOutMutation, SignOutMutationVariables>(this.gatewayUrl, SIGN_OUT, {
        input: { refreshToken: tokens.refreshToken },
      }).catch(() => undefined);
  }

  /** The server no longer accepts this session (UNAUTHENTICATED): back to the sign-in page. */
  expire(): void {
    if (this.tokens) this.set(null, 'expired');
  }

  private async rotate(): Promise<string | null> {
    // Another tab may have traded the token in while this one waited for the lock: take its pair.
    const stored = this.read();
    if (stored?.refreshToken !== this.tokens?.refreshToken) this.apply(stored, stored ? 'none' : 'signed-out');
    const tokens = this.tokens;
    if (!tokens) return null;
    // Not due (another tab has just refreshed): nothing to trade.
    if (Date.parse(tokens.accessTokenExpiresAt) - Date.now() > REFRESH_MARGIN_MS) return tokens.accessToken;
    try {
      const reply = await postGraphQL<RefreshSessionMutation, RefreshSessionMutationVariables>(this.gatewayUrl, REFRESH, {
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

  /** Changes the session in this tab and, through storage, in every other. */
  private set(tokens: SessionTokens | null, ended: SessionEnd): void {
    storeSession(this.storage, tokens);
    this.apply(tokens, ended);
  }

  private apply(tokens: SessionTokens | null, ended: SessionEnd): void {
    this.tokens = tokens;
    this.ended = ended;
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
    return readStoredSession(this.storage);
  }
}
