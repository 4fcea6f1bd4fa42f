import { describe, expect, it } from '@jest/globals';
import { addMonths } from './calendar';

describe('addMonths', () => {
  it('moves across year ends both ways', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(addMonths('2026-07', 0)).toBe('2026-07');
  });
});
