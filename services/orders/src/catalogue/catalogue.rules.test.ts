import { describe, expect, it } from '@jest/globals';
import { DEMO_CATALOGUE } from './product.catalogue';
import { ean13CheckDigit, isValidEan13 } from './ean13.rules';

describe('EAN-13', () => {
  it('computes the check digit of known barcodes', () => {
    expect(ean13CheckDigit('690123456789')).toBe(2);
    expect(isValidEan13('6901234567892')).toBe(true);
    expect(isValidEan13('4006381333931')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidEan13('6901234567893')).toBe(false);
    expect(isValidEan13('690123456789')).toBe(false);
    expect(isValidEan13('69012345678X2')).toBe(false);
  });

  it('holds for every demo product, and codes and barcodes are unique', () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(80);
    expect(DEMO_CATALOGUE.filter((product) => !isValidEan13(product.barcode))).toEqual([]);
    expect(new Set(DEMO_CATALOGUE.map((product) => product.barcode)).size).toBe(DEMO_CATALOGUE.length);
    expect(new Set(DEMO_CATALOGUE.map((product) => product.code)).size).toBe(DEMO_CATALOGUE.length);
  });

  it('prices every demo product in whole fen with retail above wholesale', () => {
    for (const product of DEMO_CATALOGUE) {
      expect(Number.isSafeInteger(product.wholesalePriceFen)).toBe(true);
      expect(product.retailPriceFen).toBeGreaterThan(product.wholesalePriceFen);
    }
  });
});
