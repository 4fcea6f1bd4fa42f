import { territoryScoped } from '@fieldloop/platform';
import { Territory } from './territory.entity';

/** A territory is in scope when it is one of the caller's. */
export const territoryScope = territoryScoped(Territory, 'id');
