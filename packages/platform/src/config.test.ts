import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadCompanyTime, loadSubgraphConfig } from './config';

describe('loadSubgraphConfig', () => {
  it('reads the service-specific variables first', () => {
    const config = loadSubgraphConfig('customers', 4001, {
      CUSTOMERS_DATABASE_URL: 'postgres://a@localhost/one',
      DATABASE_URL: 'postgres://b@localhost/all',
      CUSTOMERS_PORT: '4100',
    });
    expect(config).toMatchObject({ port: 4100, databaseUrl: 'postgres://a@localhost/one', logLevel: 'info', timeZone: 'Asia/Shanghai' });
  });

  it('falls back to DATABASE_URL and the default port', () => {
    expect(loadSubgraphConfig('customers', 4001, { DATABASE_URL: 'postgresql://b@localhost/all' })).toMatchObject({
      port: 4001,
      databaseUrl: 'postgresql://b@localhost/all',
    });
  });

  it('reads the subscription limits, with defaults', () => {
    const env = { DATABASE_URL: 'postgres://b@localhost/all' };
    expect(loadSubgraphConfig('customers', 4001, env).streamLimits).toEqual({ replayPageSize: 500, subscriberBuffer: 20000 });
    expect(
      loadSubgraphConfig('customers', 4001, { ...env, EVENTS_REPLAY_PAGE_SIZE: '50', EVENTS_SUBSCRIBER_BUFFER: '300' }).streamLimits,
    ).toEqual({ replayPageSize: 50, subscriberBuffer: 300 });
    expect(() => loadSubgraphConfig('customers', 4001, { ...env, EVENTS_REPLAY_PAGE_SIZE: '0' })).toThrow(
      /EVENTS_REPLAY_PAGE_SIZE: .*\(got "0"\)/,
    );
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadSubgraphConfig('customers', 4001, { CUSTOMERS_PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^CUSTOMERS_PORT: .*\(got "abc"\)/m);
    expect(problems).toMatch(/^DATABASE_URL: must be a postgres:\/\/ connection URL/m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  });

  it('says which variable is missing', () => {
    expect(() => loadSubgraphConfig('customers', 4001, {})).toThrow(/CUSTOMERS_DATABASE_URL: required \(or DATABASE_URL/);
  });
});

describe('loadCompanyTime', () => {
  it('defaults to Kunming time and a device clock an hour fast or two days late', () => {
    expect(loadCompanyTime({})).toEqual({ timeZone: 'Asia/Shanghai', deviceTimeMaxAheadHours: 1, deviceTimeMaxLateDays: 2 });
  });

  it('refuses a zone that does not exist, at the start of a subgraph too', () => {
    expect(() => loadCompanyTime({ FIELDLOOP_TIME_ZONE: 'Asia/Kunmingg' })).toThrow(/FIELDLOOP_TIME_ZONE: must be an IANA time zone/);
    expect(() =>
      loadSubgraphConfig('customers', 4001, { DATABASE_URL: 'postgres://a@localhost/x', FIELDLOOP_DEVICE_TIME_MAX_LATE_DAYS: '-1' }),
    ).toThrow(/FIELDLOOP_DEVICE_TIME_MAX_LATE_DAYS/);
  });
});
