import { z } from 'zod';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './events/stream';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads typed configuration from environment variables. Every variable of the schema is
 * checked at once so a bad deployment lists all its mistakes in one start, each by name.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    input[key] = value === '' ? undefined : value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = input[name];
        return `${name}: ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
      }),
    );
  }
  return result.data;
}

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// connection URL');

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

const isTimeZone = (name: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/**
 * The company's clock: the zone its calendar days are counted in, and how far a time a
 * device sends (a check-in dated by the phone) may be from now. Phones sync late, after a
 * day without signal; a clock may be a little fast. Every service reads the same variables.
 */
const companyTimeShape = {
  FIELDLOOP_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai').default('Asia/Shanghai'),
  FIELDLOOP_DEVICE_TIME_MAX_AHEAD_HOURS: z.coerce.number().min(0).default(1),
  FIELDLOOP_DEVICE_TIME_MAX_LATE_DAYS: z.coerce.number().min(0).default(2),
};

export interface CompanyTime {
  timeZone: string;
  /** How far ahead of now a device's time may be, hours. */
  deviceTimeMaxAheadHours: number;
  /** How long after the fact a device may report a time, days. */
  deviceTimeMaxLateDays: number;
}

export function loadCompanyTime(env: NodeJS.ProcessEnv = process.env): CompanyTime {
  const raw = loadConfig(z.object(companyTimeShape), env);
  return {
    timeZone: raw.FIELDLOOP_TIME_ZONE,
    deviceTimeMaxAheadHours: raw.FIELDLOOP_DEVICE_TIME_MAX_AHEAD_HOURS,
    deviceTimeMaxLateDays: raw.FIELDLOOP_DEVICE_TIME_MAX_LATE_DAYS,
  };
}

/** The settings every subgraph reads; a service adds its own by extending this shape. */
export function subgraphConfigSchema(serviceName: string, defaultPort: number) {
  const prefix = serviceName.toUpperCase();
  return z.object({
    [`${prefix}_PORT`]: port(defaultPort),
    [`${prefix}_DATABASE_URL`]: postgresUrl.optional(),
    DATABASE_URL: postgresUrl.optional(),
    LOG_LEVEL: logLevel,
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // Read again where it is used (loadCompanyTime); named here so a bad value stops the start.
    ...companyTimeShape,
    GATEWAY_HMAC_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    EVENTS_REPLAY_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_STREAM_LIMITS.replayPageSize),
    EVENTS_SUBSCRIBER_BUFFER: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_STREAM_LIMITS.subscriberBuffer),
  });
}

export interface SubgraphConfig {
  port: number;
  databaseUrl: string;
  logLevel: z.infer<typeof logLevel>;
  environment: 'development' | 'production' | 'test';
  timeZone: string;
  /** Shared with the gateway, which signs every request; without it nothing is checked. */
  gatewaySecret?: string;
  streamLimits: StreamLimits;
}

export function loadSubgraphConfig(serviceName: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = serviceName.toUpperCase();
  const raw = loadConfig(subgraphConfigSchema(serviceName, defaultPort), env) as Record<string, unknown>;
  const databaseUrl = (raw[`${prefix}_DATABASE_URL`] ?? raw.DATABASE_URL) as string | undefined;
  if (!databaseUrl) {
    throw new ConfigError([`${prefix}_DATABASE_URL: required (or DATABASE_URL for all services)`]);
  }
  const gatewaySecret = raw.GATEWAY_HMAC_SECRET as string | undefined;
  if (!gatewaySecret && raw.NODE_ENV === 'production') {
    throw new ConfigError(['GATEWAY_HMAC_SECRET: required in production, so that only the gateway can call the subgraph']);
  }
  return {
    gatewaySecret,
    port: raw[`${prefix}_PORT`] as number,
    databaseUrl,
    logLevel: raw.LOG_LEVEL as SubgraphConfig['logLevel'],
    environment: raw.NODE_ENV as SubgraphConfig['environment'],
    timeZone: raw.FIELDLOOP_TIME_ZONE as string,
    streamLimits: { replayPageSize: raw.EVENTS_REPLAY_PAGE_SIZE as number, subscriberBuffer: raw.EVENTS_SUBSCRIBER_BUFFER as number },
  };
}
