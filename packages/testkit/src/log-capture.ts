import type { DestinationStream } from '@fieldloop/platform';

/** One pino line as JSON: level 30 is info, 40 warn, 50 error. */
export interface LogLine {
  level: number;
  msg: string;
  service?: string;
  err?: { message?: string; stack?: string };
  [key: string]: unknown;
}

export const ERROR_LEVEL = 50;

/**
 * What in-process services log, kept in memory: pass one to startStack's `logs` and read
 * what a request wrote, and at which level.
 */
export class LogCapture implements DestinationStream {
  readonly lines: LogLine[] = [];

  write(line: string): void {
    this.lines.push(JSON.parse(line) as LogLine);
  }

  /** The lines written since `mark` (an earlier `lines.length`). */
  since(mark: number): LogLine[] {
    return this.lines.slice(mark);
  }
}
