// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1795433751110-initial';

export const migrations: Function[] = [...Object.values(m0)];
