import { registerEnumType } from 'type-graphql';

export enum ProductStrategy {
  PROMOTE = 'PROMOTE',
  MAINTAIN = 'MAINTAIN',
  PHASE_OUT = 'PHASE_OUT',
}

/** 货源: SCARCE products (货源紧缺) have a per-retailer limit per order cycle. */
export enum SupplyStatus {
  AMPLE = 'AMPLE',
  TIGHT = 'TIGHT',
  SCARCE = 'SCARCE',
}

registerEnumType(ProductStrategy, { name: 'ProductStrategy' });
registerEnumType(SupplyStatus, { name: 'SupplyStatus', description: '货源: AMPLE, TIGHT, SCARCE (货源紧缺)' });
