import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTerritoryWithManager, CREATE_RETAILER, GraphQLClient, retailerInput, startStack, type Stack } from '@fieldloop/testkit';
import { createHash } from 'node:crypto';
import { ALL_PERMISSION_NAMES } from '@fieldloop/platform';
import { importPKCS8, SignJWT } from 'jose';
import { customers, hashPassword } from '../src';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken accessTokenExpiresAt refreshToken staffMember { name role } } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { id name role } }`;

interface SessionData {
  accessToken: string;
  refreshToken: string;
  staffMember: { name: string; role: string };
}

/** Sign-in as staff meet it: through the gateway, which verifies the tokens. */
describe('sign-in', () => {
  let stack: Stack;
  let accountManager: { id: string; name: string };
  let territoryId: string;
  const as = (token: string) => new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${token}` });
  const signIn = (username: string, password: string) =>
    stack.gateway.execute<{ signIn: SessionData }>(SIGN_IN, { input: { username, password } });
  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.customers.database.dataSource.query(query, parameters);
  /** The refresh grace period for one test (customers reads it at each refresh). */
  const withGraceSeconds = async (seconds: number, test: () => Promise<void>) => {
    process.env.REFRESH_TOKEN_GRACE_SECONDS = String(seconds);
    try {
      await test();
    } finally {
      delete process.env.REFRESH_TOKEN_GRACE_SECONDS;
    }
  };

  beforeAll(async () => {
    stack = await startStack([customers]);
    const setup = await createTerritoryWithManager(stack.gateway, 'AUTH');
    accountManager = setup.accountManager;
    territoryId = setup.territory.id;
    await stack.subgraphs.customers.database.dataSource.query('UPDATE staff_member SET password_hash = $2 WHERE id = $1', [
      accountManager.id,
      await hashPassword('正确的密码 correct horse'),
    ]);
  });
  afterAll(() => stack?.stop());

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await signIn('uauth.acc', 'not it');
    const unknown = await signIn('nobody.here', 'not it');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('signs in, and the gateway passes the verified identity to the subgraphs', async () => {
    const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
    expect(data?.signIn.staffMember).toEqual({ name: accountManager.name, role: 'ACCOUNT_MANAGER' });
    const [header] = data!.signIn.accessToken.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'ES256', kid: process.env.JWT_KEY_ID });
    expect(await as(data!.signIn.accessToken).request(ME)).toEqual({
      me: { id: accountManager.id, name: accountManager.name, role: 'ACCOUNT_MANAGER' },
    });
    expect((await stack.anonymous.execute(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records the signed-in staff member as the actor of the events their mutations cause', async () => {
    const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
    const { createRetailer } = await as(data!.signIn.accessToken).request<{ createRetailer: { id: string } }>(CREATE_RETAILER, {
      input: retailerInput(territoryId),
    });
    await stack.subgraphs.customers.relay.kick();
    const [event] = await stack.subgraphs.customers.database.dataSource.query(
      `SELECT actor FROM events.event_log WHERE payload->>'retailerId' = $1`,
      [createRetailer.id],
    );
    expect(event.actor).toBe(accountManager.id);
  });

  it('refuses a tampered, an expired, or a foreign-signed token at the gateway', async () => {
    const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
    const [header, payload, signature] = data!.signIn.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const asAdmin = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const tampered = await as(`${header}.${asAdmin}.${signature}`).execute(ME);
    expect(tampered.data ?? null).toBeNull();
    expect(tampered.errors?.length).toBeGreaterThan(0);

    const key = await importPKCS8(process.env.JWT_PRIVATE_KEY!, 'ES256');
    const expired = await new SignJWT({ role: 'ACCOUNT_MANAGER', name: 'x' })
      .setProtectedHeader({ alg: 'ES256', kid: process.env.JWT_KEY_ID })
      .setSubject(accountManager.id)
      .setIssuer('fieldloop')
      .setAudience('fieldloop-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expect((await as(expired).execute(ME)).data ?? null).toBeNull();

    const { generateKeyPairSync } = await import('node:crypto');
    const foreignKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const forged = await new SignJWT({ role: 'ADMIN', name: 'x' })
      .setProtectedHeader({ alg: 'ES256', kid: process.env.JWT_KEY_ID })
      .setSubject(accountManager.id)
      .setIssuer('fieldloop')
      .setAudience('fieldloop-api')
      .setExpirationTime('5m')
      .sign(foreignKey);
    expect((await as(forged).execute(ME)).data ?? null).toBeNull();
  });

  /** Sessions end through the event log; wait until the subgraphs have read the ending. */
  const refusedSoon = async (token: string) => {
    await stack.subgraphs.customers.relay.kick();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { errors } = await as(token).execute(ME);
      if (errors?.[0].extensions?.code === 'UNAUTHENTICATED') return errors[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the access token still works');
  };

  // With no grace period, the second use below is past it.
  it('rotates refresh tokens; a refresh token used twice ends the whole sign-in', () =>
    withGraceSeconds(0, async () => {
      const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
      const first = data!.signIn.refreshToken;
      const { refreshSession } = await stack.anonymous.request<{ refreshSession: SessionData }>(REFRESH, {
        input: { refreshToken: first },
      });
      expect(refreshSession.refreshToken).not.toBe(first);
      expect(await as(refreshSession.accessToken).request(ME)).toMatchObject({ me: { id: accountManager.id } });

      // The first token again: someone copied it. Both tokens and the live access token stop.
      expect((await stack.anonymous.execute(REFRESH, { input: { refreshToken: first } })).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const afterReuse = await stack.anonymous.execute(REFRESH, { input: { refreshToken: refreshSession.refreshToken } });
      expect(afterReuse.errors?.[0]).toMatchObject({
        message: 'The session has ended: sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      await refusedSoon(refreshSession.accessToken);
    }));

  it('answers a refresh retried within the grace period with the same successor, however many arrive at once', async () => {
    const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
    const first = data!.signIn.refreshToken;
    const served = async () => Number((await sql(`SELECT count(*) FROM events.audit_log WHERE operation = 'refreshSession'`))[0].count);
    const before = await served();
    // A phone that timed out sends the same token again while the first answer is on its way
    // (distinct documents, so nothing between the phone and the service merges them).
    const answers = await Promise.all(
      [1, 2, 3].map((attempt) =>
        stack.anonymous.request<{ refreshSession: SessionData }>(REFRESH.replace('mutation(', `mutation Attempt${attempt}(`), {
          input: { refreshToken: first },
        }),
      ),
    );
    expect(await served()).toBe(before + 3);
    const successors = [...new Set(answers.map((answer) => answer.refreshSession.refreshToken))];
    expect(successors).toHaveLength(1);
    expect(successors[0]).not.toBe(first);
    for (const { refreshSession } of answers)
      expect(await as(refreshSession.accessToken).request(ME)).toMatchObject({ me: { id: accountManager.id } });

    // The sign-in is still one line of tokens: the successor rotates as usual and goes on.
    const next = (await stack.anonymous.request<{ refreshSession: SessionData }>(REFRESH, { input: { refreshToken: successors[0] } }))
      .refreshSession;
    expect(await as(next.accessToken).request(ME)).toMatchObject({ me: { id: accountManager.id } });
    const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
    const line = await sql(
      `SELECT token_hash, replaced_by_id, revoked_at IS NOT NULL AS revoked FROM refresh_token
        WHERE session_id = (SELECT session_id FROM refresh_token WHERE token_hash = $1) ORDER BY created_at`,
      [sha256(first)],
    );
    expect(line.map((row: { token_hash: string; revoked: boolean }) => [row.token_hash, row.revoked])).toEqual([
      [sha256(first), true],
      [sha256(successors[0]), true],
      [sha256(next.refreshToken), false],
    ]);
    expect(line.map((row: { replaced_by_id: string | null }) => row.replaced_by_id === null)).toEqual([false, false, true]);

    // The first token once its successor is used: that is a copy, and the sign-in ends.
    expect((await stack.anonymous.execute(REFRESH, { input: { refreshToken: first } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await refusedSoon(next.accessToken);
  });

  it('ends the whole sign-in when a traded-in token comes back after the grace period', () =>
    withGraceSeconds(1, async () => {
      const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
      const first = data!.signIn.refreshToken;
      const { refreshSession } = await stack.anonymous.request<{ refreshSession: SessionData }>(REFRESH, {
        input: { refreshToken: first },
      });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await stack.anonymous.execute(REFRESH, { input: { refreshToken: first } })).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const afterReuse = await stack.anonymous.execute(REFRESH, { input: { refreshToken: refreshSession.refreshToken } });
      expect(afterReuse.errors?.[0]).toMatchObject({
        message: 'The session has ended: sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      await refusedSoon(refreshSession.accessToken);
    }));

  it('refuses an API key scope that no service declares, naming the valid ones, and writes nothing', async () => {
    const result = await stack.gateway.execute(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { name: 'ERP', scopes: ['customers:read', 'everything:all'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const [error] = result.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes', rule: 'isIn' });
    // Every service's scopes, visits' too, though this stack serves customers only.
    for (const scope of ALL_PERMISSION_NAMES) expect(error?.message).toContain(scope);
    expect(ALL_PERMISSION_NAMES).toContain('visits:write');
    expect(await sql('SELECT count(*)::int AS count FROM api_key')).toEqual([{ count: 0 }]);
  });

  it('signing out ends the session: its refresh token and its access tokens stop working', async () => {
    const { data } = await signIn('uauth.acc', '正确的密码 correct horse');
    const other = (await signIn('uauth.acc', '正确的密码 correct horse')).data!.signIn;
    expect(
      await stack.anonymous.request(`mutation($input: RefreshTokenInput!) { signOut(input: $input) }`, {
        input: { refreshToken: data!.signIn.refreshToken },
      }),
    ).toEqual({ signOut: true });
    const afterSignOut = await stack.anonymous.execute(REFRESH, { input: { refreshToken: data!.signIn.refreshToken } });
    expect(afterSignOut.errors?.[0]).toMatchObject({
      message: 'The session has ended: sign in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await refusedSoon(data!.signIn.accessToken);
    // Another sign-in of the same person is another session, and goes on.
    expect(await as(other.accessToken).request(ME)).toMatchObject({ me: { id: accountManager.id } });
  });

  // Last: it leaves the account manager unable to sign in.
  it('making a staff member inactive ends every session of theirs at once', async () => {
    const session = (await signIn('uauth.acc', '正确的密码 correct horse')).data!.signIn;
    await stack.gateway.request(`mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { active } }`, {
      input: { id: accountManager.id, active: false },
    });
    await refusedSoon(session.accessToken);
    expect((await stack.anonymous.execute(REFRESH, { input: { refreshToken: session.refreshToken } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signIn('uauth.acc', '正确的密码 correct horse')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
