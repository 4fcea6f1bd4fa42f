import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import { AccessTokenIssuer, gatewaySignature, REQUEST_ID_SHAPE } from '@fieldloop/platform';
import { GraphQLClient, staffClaims, startStack, type Stack } from '@fieldloop/testkit';
import { corsOrigins } from '../cors-origins';

const CORS_ORIGINS = 'https://portal.example.com,http://localhost:5174';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`;

/**
 * The gateway's request path as clients meet it (issues 11 and 12): bounded bodies and slow
 * clients, CORS from an allow-list, request ids of a safe shape, the sign-in rate limit,
 * verified tokens kept until they expire, and the query planner's cache.
 */
describe('the gateway edge', () => {
  let stack: Stack;
  let port: number;
  let admin: Record<string, string>;
  const sql = (query: string, parameters: unknown[] = []) => stack.subgraphs.customers.database.dataSource.query(query, parameters);
  const regionsWithCode = async (code: string) =>
    Number((await sql('SELECT count(*) FROM customers.region WHERE code = $1', [code]))[0].count);

  beforeAll(async () => {
    stack = await startStack([customers], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: CORS_ORIGINS,
        GATEWAY_HEADERS_TIMEOUT_MS: '1500',
        GATEWAY_REQUEST_TIMEOUT_MS: '3000',
        GATEWAY_PLAN_CACHE_STATS: 'true',
        RATE_LIMIT_SIGN_INS_PER_MINUTE: '3',
      },
    });
    port = Number(new URL(stack.gateway.url).port);
    const { token } = await new AccessTokenIssuer().issue(staffClaims({ role: 'ADMIN' }));
    admin = { authorization: `Bearer ${token}` };
  });
  afterAll(() => stack?.stop());

  /** A POST with a chunked body (no Content-Length) of these parts; `end: false` leaves it open. */
  const chunked = (parts: string[], { end = true } = {}) =>
    new Promise<{ status: number; body: string; stillSending: boolean }>((resolve, reject) => {
      let ended = false;
      const call = httpRequest(
        stack.gateway.url,
        { method: 'POST', headers: { 'content-type': 'application/json', ...admin } },
        (response: IncomingMessage) => {
          const stillSending = !ended;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            call.destroy();
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), stillSending });
          });
        },
      );
      // The server may close the connection while this side is still writing.
      call.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
      for (const part of parts) call.write(part);
      if (end) {
        ended = true;
        call.end();
      }
    });

  /** Raw bytes on a fresh connection, then silence: what the server sends before it closes. */
  const stall = (bytes: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      const received: Buffer[] = [];
      socket.on('data', (chunk) => received.push(chunk));
      socket.on('close', () => resolve(Buffer.concat(received).toString()));
      socket.on('error', reject);
    });

  describe('bounded requests', () => {
    it('refuses a chunked body over the limit with 413 as soon as it passes the limit, and forwards nothing', async () => {
      const code = 'CHUNKED-BIG';
      const start = JSON.stringify({ query: CREATE_REGION, variables: { input: { code, name: '大', inCompanyArea: true } } }).slice(0, -1);
      const padding = Array.from({ length: 300 }, () => ` ${'x'.repeat(1023)}`);
      const refused = await chunked([start, ', "pad": "', ...padding], { end: false });
      expect(refused.status).toBe(413);
      expect(refused.stillSending).toBe(true);
      expect(JSON.parse(refused.body)).toEqual({
        errors: [{ message: 'Request body over 262144 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      expect(await regionsWithCode(code)).toBe(0);
    });

    it('serves a chunked body within the limit', async () => {
      const code = 'CHUNKED-OK';
      const body = JSON.stringify({ query: CREATE_REGION, variables: { input: { code, name: '小', inCompanyArea: true } } });
      const served = await chunked([body.slice(0, 10), body.slice(10)]);
      expect(served.status).toBe(200);
      expect(JSON.parse(served.body)).toEqual({ data: { createRegion: { id: expect.any(String) } } });
      expect(await regionsWithCode(code)).toBe(1);
    });

    it('cuts off a client that is too slow to send its headers, with 408', async () => {
      expect(await stall('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n')).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('cuts off a client that is too slow to send its body, with 408, and forwards nothing', async () => {
      const code = 'SLOW-BODY';
      const body = JSON.stringify({ query: CREATE_REGION, variables: { input: { code, name: '慢', inCompanyArea: true } } });
      const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      expect(await stall(head + body.slice(0, 20))).toMatch(/^HTTP\/1\.1 408 /);
      expect(await regionsWithCode(code)).toBe(0);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(stack.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });

    it('answers an allowed origin with that origin and no credentials', async () => {
      for (const origin of CORS_ORIGINS.split(',')) {
        const response = await preflight(origin);
        expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([204, origin]);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
        expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
        expect(response.headers.get('vary')).toContain('Origin');
      }
      const answer = await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { origin: 'https://portal.example.com', 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
      expect(answer.headers.get('access-control-expose-headers')).toContain('retry-after');
    });

    it('gives any other origin no CORS headers, so browsers refuse it', async () => {
      for (const origin of ['https://evil.example', 'null', 'http://localhost:5173', 'https://portal.example.com.evil.example']) {
        const response = await preflight(origin);
        expect([
          origin,
          response.headers.get('access-control-allow-origin'),
          response.headers.get('access-control-allow-credentials'),
        ]).toEqual([origin, null, null]);
        const answer = await fetch(stack.gateway.url, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('takes only origins in GATEWAY_CORS_ORIGINS, never a wildcard; the portal’s by default in development, none in production', () => {
      expect(corsOrigins({ GATEWAY_CORS_ORIGINS: ' https://a.example.com , http://localhost:8080 ' })).toEqual([
        'https://a.example.com',
        'http://localhost:8080',
      ]);
      for (const bad of ['*', 'https://*.example.com', 'https://a.example.com/portal', 'a.example.com', 'ftp://a.example.com']) {
        expect(() => corsOrigins({ GATEWAY_CORS_ORIGINS: bad })).toThrow(`GATEWAY_CORS_ORIGINS: "${bad}" is not an origin`);
      }
      expect(corsOrigins({ NODE_ENV: 'development' })).toEqual(
        expect.arrayContaining(['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:5175']),
      );
      expect(corsOrigins({ NODE_ENV: 'production' })).toEqual([]);
    });
  });

  describe('request ids', () => {
    const auditedIds = async (requestId: string) =>
      (await sql('SELECT request_id FROM events.audit_log WHERE request_id = $1', [requestId])).length;
    const mutate = (requestId: string) =>
      fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...admin },
        body: JSON.stringify({ query: CREATE_REGION, variables: { input: { code: 'x', name: 'x', inCompanyArea: true } } }),
      });

    it('keeps a client’s request id of the safe shape, in the response and the audit trail', async () => {
      const requestId = `partner-7.${randomUUID().slice(0, 8)}_A`;
      const response = await mutate(requestId);
      expect(response.headers.get('x-request-id')).toBe(requestId);
      expect(await auditedIds(requestId)).toBe(1);
    });

    it('replaces any other with a fresh UUID, which the subgraphs and the audit trail get instead', async () => {
      for (const unsafe of ['a b', '<script>alert(1)</script>', 'x'.repeat(65), "'; DROP TABLE x; --", 'tab\there']) {
        const response = await mutate(unsafe);
        const replaced = response.headers.get('x-request-id')!;
        expect(replaced).toMatch(UUID);
        expect(await auditedIds(replaced)).toBe(1);
        expect(await auditedIds(unsafe)).toBe(0);
      }
    });

    it('is checked by the subgraphs too, for a request that reaches one without the gateway’s checks', async () => {
      const payload = staffClaims({ role: 'ADMIN' });
      const body = {
        query: CREATE_REGION,
        variables: { input: { code: 'x', name: 'x', inCompanyArea: true } },
        extensions: { jwt: { payload } },
      };
      const signed = { ...body, extensions: { ...body.extensions, 'hmac-signature': gatewaySignature(stack.gatewaySecret, body) } };
      const unsafe = 'not safe: <b>';
      const response = await fetch(stack.subgraphs.customers.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': unsafe },
        body: JSON.stringify(signed),
      });
      const replaced = response.headers.get('x-request-id')!;
      expect(replaced).toMatch(UUID);
      expect(await auditedIds(replaced)).toBe(1);
      expect(await auditedIds(unsafe)).toBe(0);
      expect(REQUEST_ID_SHAPE.test(unsafe)).toBe(false);
    });
  });

  describe('rate limits', () => {
    it('limits sign-in attempts per client, with code, retry time, 429 and Retry-After, while other operations go on', async () => {
      const attempt = () =>
        fetch(stack.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: SIGN_IN, variables: { input: { username: 'nobody', password: 'guess' } } }),
        });
      const codes = [];
      for (let i = 0; i < 3; i += 1)
        codes.push(((await (await attempt()).json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      const { errors } = (await refused.json()) as {
        errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
      };
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toMatch(/^Rate limit of 3 sign-ins per minute exceeded; retry in \d+ s$/);
      const { code, retryAfterSeconds } = errors[0].extensions;
      expect(code).toBe('RATE_LIMITED');
      expect(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 1 && retryAfterSeconds <= 60).toBe(true);
      expect(refused.headers.get('retry-after')).toBe(String(retryAfterSeconds));
      expect(Object.keys(errors[0].extensions)).toEqual(['code', 'retryAfterSeconds']);
      // Other groups and callers are not held up: a query and a mutation by an administrator.
      expect((await stack.gateway.execute('{ regions { id } }')).errors).toBeUndefined();
      expect(
        (await stack.gateway.execute(CREATE_REGION, { input: { code: 'RL-OK', name: '限', inCompanyArea: true } })).errors,
      ).toBeUndefined();
    });
  });

  describe('verified tokens', () => {
    const REGIONS = '{ regions { id } }';
    const bearer = (token: string) => new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${token}` });
    const issue = (notAfter?: Date) => new AccessTokenIssuer().issue(staffClaims({ role: 'ADMIN' }), notAfter);
    const refused = async (token: string) => {
      const result = await bearer(token).execute(REGIONS);
      return (result.data ?? null) === null && (result.errors?.length ?? 0) > 0;
    };

    it('serves a token again and again, and refuses it once it expires', async () => {
      const { token, expiresAt } = await issue(new Date(Date.now() + 3000));
      for (let i = 0; i < 3; i += 1) expect(await refused(token)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()) + 200));
      expect(await refused(token)).toBe(true);
    });

    it('verifies afresh a token with another signature, or with the claims of a token it knows changed', async () => {
      const { token } = await issue();
      expect(await refused(token)).toBe(false);
      const [header, payload, signature] = token.split('.');
      const other = (await issue()).token.split('.')[2];
      expect(await refused(`${header}.${payload}.${other}`)).toBe(true);
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const changed = Buffer.from(JSON.stringify({ ...claims, sub: randomUUID() })).toString('base64url');
      expect(await refused(`${header}.${changed}.${signature}`)).toBe(true);
      expect(await refused(token)).toBe(false);
    });
  });

  it('plans a query once and serves every later request of it, whatever its variables, from the planner’s cache', async () => {
    const stats = async () =>
      (await (await fetch(new URL('/plan-cache-stats', stack.gateway.url))).json()) as { hits: number; misses: number };
    const query = `query($id: ID!) { retailer(id: $id) { id shopName } } # ${randomUUID()}`;
    const before = await stats();
    for (let i = 0; i < 5; i += 1) await stack.gateway.execute(query, { id: randomUUID() });
    const after = await stats();
    expect({ misses: after.misses - before.misses, hits: after.hits - before.hits }).toEqual({ misses: 1, hits: 4 });
  });
});
