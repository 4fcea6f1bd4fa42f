import { describe, expect, it } from '@jest/globals';
import { fenTransformer, formatYuan, toSafeFen } from './money';

describe('money in fen', () => {
  it('reads bigint strings as safe integers and writes them back as strings', () => {
    expect(fenTransformer.from('123456789012')).toBe(123456789012);
    expect(fenTransformer.to(2650)).toBe('2650');
    expect(fenTransformer.from(null)).toBeNull();
  });

  it('refuses values past 2^53 rather than rounding them', () => {
    expect(() => toSafeFen('9007199254740993')).toThrow(RangeError);
    expect(() => fenTransformer.to(2 ** 53)).toThrow(RangeError);
    expect(() => toSafeFen(1.5)).toThrow(RangeError);
  });

  it('formats yuan without float arithmetic', () => {
    expect(formatYuan(265000)).toBe('2650.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-1230)).toBe('-12.30');
  });

  it('groups the yuan by thousands when asked', () => {
    expect(formatYuan(480000, { grouped: true })).toBe('4,800.00');
    expect(formatYuan(123456789, { grouped: true })).toBe('1,234,567.89');
    expect(formatYuan(-123456, { grouped: true })).toBe('-1,234.56');
    expect(formatYuan(480000)).toBe('4800.00');
  });
});
