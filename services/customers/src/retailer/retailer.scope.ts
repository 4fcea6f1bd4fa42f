import { territoryScoped } from '@fieldloop/platform';
import { Retailer } from './retailer.entity';

/** A retailer belongs to its territory. */
export const retailerScope = territoryScoped(Retailer, 'territoryId');
