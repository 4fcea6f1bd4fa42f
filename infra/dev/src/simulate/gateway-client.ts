import type { Pace } from './pace';

/** One GraphQL error as the gateway formats it. */
export interface GatewayError {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number; field?: string; rule?: string; [key: string]: unknown };
}

export class GatewayRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly GatewayError[],
  ) {
    super(`${operation}: ${errors.map((error) => `${error.message} (${error.extensions?.code ?? 'no code'})`).join('; ')}`);
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Whether a mutation may simply be sent again when its answer was lost. */
export type RetrySafety =
  /** A query, or a mutation carrying an idempotency key: the service answers a repeat with the first result. */
  | 'repeatable'
  /** Not safe to repeat blindly: `confirm` asks the gateway whether it was done, and only if not is it sent again. */
  | { confirm: () => Promise<boolean> };

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  staffMemberId: string;
}

const SIGN_IN = `mutation SimSignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken accessTokenExpiresAt staffMember { id } }
}`;
const REFRESH = `mutation SimRefresh($input: RefreshTokenInput!) {
  refreshSession(input: $input) { accessToken refreshToken accessTokenExpiresAt staffMember { id } }
}`;
const SIGN_OUT = `mutation SimSignOut($input: RefreshTokenInput!) { signOut(input: $input) }`;

/** How many times a request lost on the network is tried again before the person gives up. */
const NETWORK_ATTEMPTS = 5;
/** Refresh the session this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;

/**
 * One person's connection to the gateway's public API, as a phone or the portal has it: signs
 * in with a username and password, refreshes the session before it expires, waits out
 * RATE_LIMITED for the `retryAfterSeconds` the gateway names, and resends a request whose answer
 * was lost only when that cannot do it twice.
 */
export class GatewayClient {
  private session?: Session;
  private credentials?: { username: string; password: string };

  constructor(
    readonly url: string,
    private readonly pace: Pace,
    /** What the person sends as `x-request-id`'s prefix, to find the simulator in the logs. */
    private readonly requestTag: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  get staffMemberId(): string {
    if (!this.session) throw new Error('not signed in');
    return this.session.staffMemberId;
  }

  async signIn(username: string, password: string): Promise<string> {
    const { signIn } = await this.send<{ signIn: SessionAnswer }>(
      'signIn',
      SIGN_IN,
      { input: { username, password } },
      'repeatable',
      false,
    );
    this.session = sessionOf(signIn);
    this.credentials = { username, password };
    return this.session.staffMemberId;
  }

  /** Ends the session; answers its id (the `auth.session.ended` event's), or undefined if it could not. */
  async signOut(): Promise<string | undefined> {
    if (!this.session) return undefined;
    const { refreshToken, accessToken } = this.session;
    const ended = await this.send('signOut', SIGN_OUT, { input: { refreshToken } }, 'repeatable').then(
      () => true,
      () => false,
    );
    this.session = undefined;
    // The session id is the access token's `sid` claim.
    return ended ? (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid : undefined;
  }

  /** A query, or a mutation with its retry safety. */
  async request<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown> = {},
    safety: RetrySafety = 'repeatable',
  ): Promise<T> {
    if (this.session && Date.now() > this.session.expiresAt - REFRESH_AHEAD_MS) await this.refresh();
    try {
      return await this.send<T>(operation, query, variables, safety, true);
    } catch (error) {
      // The session ended under us (the services restarted with new keys, say): sign in again, once.
      if (!(error instanceof GatewayRequestError && error.code === 'UNAUTHENTICATED' && this.credentials)) throw error;
      await this.signIn(this.credentials.username, this.credentials.password);
      return this.send<T>(operation, query, variables, safety, true);
    }
  }

  private async refresh(): Promise<void> {
    const { refreshSession } = await this.send<{ refreshSession: SessionAnswer }>(
      'refreshSession',
      REFRESH,
      { input: { refreshToken: this.session!.refreshToken } },
      // A repeat within the grace period gets the same new pair (README: refreshSession).
      'repeatable',
      true,
    );
    this.session = sessionOf(refreshSession);
  }

  private async send<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    safety: RetrySafety,
    authorized = true,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let body: { data?: T | null; errors?: GatewayError[] };
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'x-request-id': `${this.requestTag}-${operation}-${attempt}`.slice(0, 64),
            ...(authorized && this.session ? { authorization: `Bearer ${this.session.accessToken}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        body = (await response.json()) as typeof body;
      } catch (error) {
        // The answer was lost: the request may or may not have been done.
        if (attempt >= NETWORK_ATTEMPTS) throw error;
        await this.pace.backOff(attempt);
        if (safety !== 'repeatable' && (await safety.confirm())) return undefined as T;
        continue;
      }
      const limited = body.errors?.find((error) => error.extensions?.code === 'RATE_LIMITED');
      if (limited) {
        // Refused before any service saw it, so sending it again cannot do it twice.
        const seconds = limited.extensions?.retryAfterSeconds ?? 1;
        this.log(`${this.requestTag} ${operation}: RATE_LIMITED, waiting ${seconds} s as the gateway asks`);
        await this.pace.waitOutRateLimit(seconds);
        attempt = 0;
        continue;
      }
      if (body.errors?.length) throw new GatewayRequestError(operation, body.errors);
      if (!body.data) throw new GatewayRequestError(operation, [{ message: 'an answer with neither data nor errors' }]);
      return body.data;
    }
  }
}

interface SessionAnswer {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  staffMember: { id: string };
}

const sessionOf = (answer: SessionAnswer): Session => ({
  accessToken: answer.accessToken,
  refreshToken: answer.refreshToken,
  expiresAt: Date.parse(answer.accessTokenExpiresAt),
  staffMemberId: answer.staffMember.id,
});
