import type { Context } from '@fieldloop/platform';
import type { Visit } from './visit.entity';

/** A visit belongs to its retailer's territory. */
export const visitInScope = (context: Context) => (visit: Visit) => context.access.allowsTerritory(visit.territoryId);
