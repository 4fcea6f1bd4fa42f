import type { ValueTransformer } from 'typeorm';

/**
 * Money is integer fen (1 yuan = 100 fen), stored as bigint. PostgreSQL hands bigint back as a
 * string; it becomes a number only while it is a safe integer, so a sum can never silently
 * lose a fen. Beyond 2^53 fen (90 trillion yuan) something is wrong: refuse rather than round.
 */
export function toSafeFen(value: string | number | bigint): number {
  const fen = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${String(value)} fen is not a safe integer`);
  return fen;
}

export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : String(toSafeFen(value))),
  from: (value: string | null) => (value === null ? null : toSafeFen(value)),
};

/**
 * 12345 fen → "123.45" (yuan, two decimals, no float arithmetic); grouped, 1234500 fen →
 * "12,345.00", for figures read in a table or a sentence.
 */
export function formatYuan(fen: number, { grouped = false }: { grouped?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(toSafeFen(fen));
  const whole = Math.floor(abs / 100);
  return `${sign}${grouped ? whole.toLocaleString('en') : whole}.${String(abs % 100).padStart(2, '0')}`;
}
