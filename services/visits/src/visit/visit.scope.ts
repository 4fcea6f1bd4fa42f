import { territoryScoped } from '@fieldloop/platform';
import { Visit } from './visit.entity';

/** A visit belongs to its retailer's territory. */
export const visitScope = territoryScoped(Visit, 'territoryId');
