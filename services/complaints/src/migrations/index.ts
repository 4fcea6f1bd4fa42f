// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1796191761457-initial';

export const migrations: Function[] = [...Object.values(m0)];
