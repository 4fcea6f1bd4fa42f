import pino, { type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger };

/** JSON lines to stdout, or to `destination` (a test reading what a service logged). */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
